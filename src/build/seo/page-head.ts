/**
 * What each view tells browsers, search engines and feed readers about
 * itself: title, description, canonical address, Open Graph and JSON-LD.
 * Views render only the title and description (page-title.ts); the
 * prerender writes all of it into each page's <head> (render-head.ts), so
 * this module never ships to the browser.
 */
import type {
  ArticleListPage,
  ArticleView,
  AuthorIndexData,
  AuthorPageData,
  ImageFile,
  ImageView,
  PageView,
  SiteInfo,
  TagIndexData,
  TagPageData,
} from '../../lib/content/model.ts';
import { IMAGE_SIZES } from '../../lib/images/image-sizes.ts';
import { imageSrc, modernSources, socialImage } from '../../lib/images/variant-urls.ts';
import { paths } from '../../lib/paths.ts';
import { pageUrl } from '../../lib/site-url.ts';
import { type PageTitle, notFoundTitle, withPage } from '../../lib/seo/page-title.ts';
import { articleTitle } from '../../lib/seo/article-title.ts';
import { authorIndexTitle } from '../../lib/seo/author-index-title.ts';
import { authorTitle } from '../../lib/seo/author-title.ts';
import { latestTitle } from '../../lib/seo/latest-title.ts';
import { searchTitle } from '../../lib/seo/search-title.ts';
import { standalonePageTitle } from '../../lib/seo/standalone-page-title.ts';
import { tagIndexTitle } from '../../lib/seo/tag-index-title.ts';
import { tagTitle } from '../../lib/seo/tag-title.ts';

export type JsonLd = Record<string, unknown>;

export type PageHead = PageTitle & {
  /** The address inside the site (`/articles/x`), for the canonical URL. */
  path: string;
  type: 'website' | 'article' | 'profile';
  noindex: boolean;
  /** The social card (og:image, twitter:image). */
  image: { src: string; alt: string; width: number; height: number } | null;
  /**
   * The photo the page opens with, to fetch before the stylesheet and scripts are read: the article's lead photo
   * (`<link rel="preload" as="image">` with the AVIF `srcset` and the `sizes` it is drawn at).
   */
  preloadImage: { type: string; srcset: string; sizes: string } | null;
  article: {
    publishedTime: string;
    modifiedTime: string | null;
    authorPaths: string[];
    section: string | null;
    tags: string[];
  } | null;
  jsonLd: JsonLd[];
};

/** An asset or image address (root-relative, base included, or absolute) made absolute. */
export function assetUrl(site: SiteInfo, src: string): string {
  return new URL(src, new URL(site.url).origin).href;
}

function breadcrumbs(site: SiteInfo, trail: readonly { name: string; path: string }[]): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: [{ name: site.title, path: paths.home.href() }, ...trail].map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.name,
      item: pageUrl(site, crumb.path),
    })),
  };
}

function publisher(site: SiteInfo): JsonLd {
  return { '@type': 'NewsMediaOrganization', name: site.title, url: pageUrl(site, '/') };
}

const base = { type: 'website', noindex: false, image: null, preloadImage: null, article: null } as const;

/** A 1200-wide JPEG of a photo from the content folder; a remote one as it is. */
function socialCard(site: SiteInfo, image: ImageView, file: ImageFile): NonNullable<PageHead['image']> {
  const { alt, width, height } = image;
  if (file.kind === 'single') return { src: assetUrl(site, file.src), alt, width, height };
  const card = socialImage(file);
  return { src: assetUrl(site, card.src), alt, width: card.width, height: Math.round((card.width * height) / width) };
}

/** Browsers that cannot show AVIF skip this preload, as they skip the `<source>` it matches. */
function preloadOf(file: ImageFile | null): PageHead['preloadImage'] {
  if (file?.kind !== 'variants') return null;
  const [first] = modernSources(file);
  return first === undefined ? null : { ...first, sizes: IMAGE_SIZES.lead };
}

/** The home view; filtered by tags (`/?tags=…`), it is rendered only in the browser, with its title alone (page-title.ts). */
export function latestHead(list: ArticleListPage, site: SiteInfo): PageHead {
  const path = paths.home.href(list.page);
  return {
    ...base,
    ...latestTitle(list, site),
    path,
    jsonLd: [
      {
        '@context': 'https://schema.org',
        '@type': list.page === 1 ? 'WebSite' : 'CollectionPage',
        name: list.page === 1 ? site.title : withPage('Latest', list.page),
        url: pageUrl(site, path),
        inLanguage: site.language,
        publisher: publisher(site),
      },
      breadcrumbs(site, list.page === 1 ? [] : [{ name: withPage('Latest', list.page), path }]),
    ],
  };
}

export function articleHead(article: ArticleView, site: SiteInfo): PageHead {
  const path = paths.article.href(article.slug);
  const section = article.tags[0] ?? null;
  const lead = article.image;
  const image = lead?.file == null ? null : socialCard(site, lead, lead.file);
  return {
    ...articleTitle(article, site),
    path,
    type: 'article',
    noindex: false,
    image,
    preloadImage: preloadOf(lead?.file ?? null),
    article: {
      publishedTime: article.publishedAt,
      modifiedTime: article.updatedAt,
      authorPaths: article.authors.map((author) => paths.author.href(author.slug)),
      section: section?.name ?? null,
      tags: article.tags.map((tag) => tag.name),
    },
    jsonLd: [
      {
        '@context': 'https://schema.org',
        '@type': 'NewsArticle',
        headline: article.title,
        // No description: the page's meta description and og:description already say it (issue 16: nothing twice).
        datePublished: article.publishedAt,
        dateModified: article.updatedAt ?? article.publishedAt,
        inLanguage: site.language,
        mainEntityOfPage: pageUrl(site, path),
        author: article.authors.map((author) => ({
          '@type': 'Person',
          name: author.name,
          url: pageUrl(site, paths.author.href(author.slug)),
        })),
        ...(image === null ? {} : { image: [image.src] }),
        ...(section === null ? {} : { articleSection: section.name }),
        keywords: article.tags.map((tag) => tag.name),
        publisher: publisher(site),
      },
      breadcrumbs(site, [
        ...(section === null ? [] : [{ name: section.name, path: paths.tag.href(section.slug) }]),
        { name: article.title, path },
      ]),
    ],
  };
}

export function tagHead({ tag, list }: TagPageData, site: SiteInfo): PageHead {
  const path = paths.tag.href(tag.slug, list.page);
  const name = withPage(tag.name, list.page);
  return {
    ...base,
    ...tagTitle({ tag, list }, site),
    path,
    jsonLd: [
      {
        '@context': 'https://schema.org',
        '@type': 'CollectionPage',
        name,
        url: pageUrl(site, path),
        inLanguage: site.language,
      },
      breadcrumbs(site, [
        { name: 'Tags', path: paths.tags.href() },
        { name, path },
      ]),
    ],
  };
}

export function authorHead({ author, list }: AuthorPageData, site: SiteInfo): PageHead {
  const path = paths.author.href(author.slug, list.page);
  const name = withPage(author.name, list.page);
  const profileUrl = pageUrl(site, paths.author.href(author.slug));
  return {
    ...base,
    type: 'profile',
    ...authorTitle({ author, list }, site),
    path,
    jsonLd: [
      {
        '@context': 'https://schema.org',
        '@type': 'ProfilePage',
        url: pageUrl(site, path),
        mainEntity: {
          '@type': 'Person',
          name: author.name,
          url: profileUrl,
          ...(author.role === null ? {} : { jobTitle: author.role }),
          ...(author.bio.length === 0 ? {} : { description: author.bio.join('\n\n') }),
          ...(author.avatar?.file == null ? {} : { image: assetUrl(site, imageSrc(author.avatar.file)) }),
          sameAs: author.links.filter((link) => /^https?:/.test(link.url)).map((link) => link.url),
        },
      },
      breadcrumbs(site, [
        { name: 'Authors', path: paths.authors.href() },
        { name, path },
      ]),
    ],
  };
}

/** (1.1) A standalone page: a WebPage with its photo as the card, preloaded like an article's. */
export function standalonePageHead(page: PageView, site: SiteInfo): PageHead {
  const path = paths.page.href(page.slug);
  const lead = page.image;
  return {
    ...base,
    ...standalonePageTitle(page, site),
    path,
    image: lead?.file == null ? null : socialCard(site, lead, lead.file),
    preloadImage: preloadOf(lead?.file ?? null),
    jsonLd: [
      {
        '@context': 'https://schema.org',
        '@type': 'WebPage',
        name: page.title,
        url: pageUrl(site, path),
        inLanguage: site.language,
        ...(page.updatedAt === null ? {} : { dateModified: page.updatedAt }),
        publisher: publisher(site),
      },
      breadcrumbs(site, [{ name: page.title, path }]),
    ],
  };
}

export function tagIndexHead(_data: TagIndexData, site: SiteInfo): PageHead {
  const path = paths.tags.href();
  return {
    ...base,
    ...tagIndexTitle(site),
    path,
    jsonLd: [
      { '@context': 'https://schema.org', '@type': 'CollectionPage', name: 'Tags', url: pageUrl(site, path) },
      breadcrumbs(site, [{ name: 'Tags', path }]),
    ],
  };
}

export function authorIndexHead(_data: AuthorIndexData, site: SiteInfo): PageHead {
  const path = paths.authors.href();
  return {
    ...base,
    ...authorIndexTitle(site),
    path,
    jsonLd: [
      { '@context': 'https://schema.org', '@type': 'CollectionPage', name: 'Authors', url: pageUrl(site, path) },
      breadcrumbs(site, [{ name: 'Authors', path }]),
    ],
  };
}

export function notFoundHead(site: SiteInfo): PageHead {
  return {
    ...base,
    ...notFoundTitle(site),
    path: '/404',
    noindex: true,
    jsonLd: [],
  };
}

/**
 * The search page, prerendered empty. Results are a reader's query, not
 * pages of their own: the empty search page is their canonical.
 */
export function searchHead(site: SiteInfo): PageHead {
  const path = paths.search.href();
  return {
    ...base,
    ...searchTitle('', site),
    path,
    jsonLd: [breadcrumbs(site, [{ name: 'Search', path }])],
  };
}
