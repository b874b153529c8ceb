/**
 * The address of each page of the site, for the prerender (one HTML file per
 * address), the sitemap and anything else that walks PageData.pages.
 */
import { paths } from '../paths.ts';
import type { SitePage } from './page-data.ts';

/** The page's address inside the site (`/`, `/page/2`, `/articles/x`, `/tags/y/page/3`…), as paths.ts builds it. */
export function pathnameOf(page: SitePage): string {
  switch (page.kind) {
    case 'latest':
      return paths.home.href(page.data.page);
    case 'article':
      return paths.article.href(page.data.slug);
    case 'tag':
      return paths.tag.href(page.data.tag.slug, page.data.list.page);
    case 'author':
      return paths.author.href(page.data.author.slug, page.data.list.page);
    case 'tag-index':
      return paths.tags.href();
    case 'author-index':
      return paths.authors.href();
  }
}
