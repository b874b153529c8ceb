/** A standalone page of the content format (1.1) → what its view renders, and the footer's links. */
import type { PageRef, PageView } from '../../lib/content/model.ts';
import type { Page, Site } from '../content/schema.ts';
import { excerpt } from './derive.ts';
import { enhanceBody } from './enhance-body.ts';
import { enhanceImage, type ImageResolver } from './enhance-image.ts';

export function enhancePage(page: Page, resolveImage: ImageResolver): PageView {
  const standfirst = page.standfirst ?? null;
  const body = enhanceBody(page.body, resolveImage);
  return {
    slug: page.slug,
    title: page.title,
    standfirst,
    excerpt: excerpt(standfirst, body),
    updatedAt: page.updatedAt ?? null,
    image: page.image === undefined ? null : enhanceImage(page.image, resolveImage),
    body,
  };
}

/**
 * The footer's links: site.json's `footerPages` in its order (the content check has found each one), else every
 * page by title.
 */
export function footerPages(
  site: Pick<Site, 'footerPages'>,
  pages: readonly Pick<Page, 'slug' | 'title'>[],
): PageRef[] {
  const refs = new Map(pages.map(({ slug, title }) => [slug, { slug, title }]));
  if (site.footerPages !== undefined) return site.footerPages.flatMap((slug) => refs.get(slug) ?? []);
  return [...refs.values()].sort((a, b) => a.title.localeCompare(b.title, 'en') || a.slug.localeCompare(b.slug));
}
