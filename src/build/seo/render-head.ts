/**
 * A PageHead as HTML for a prerendered page's <head>. Every value is
 * escaped: content can contain quotes, `<` and `</script>`, and none of it
 * may end an attribute or the JSON-LD script.
 */
import type { SiteInfo } from '../../lib/content/model.ts';
import { pageUrl } from '../../lib/site-url.ts';
import type { PageHead } from './page-head.ts';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/**
 * JSON that is safe inside <script>: `<`, `>` and `&` become \u escapes (so
 * `</script>` and `<!--` cannot appear), as do the two line separators that
 * older parsers reject.
 */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

function meta(attribute: 'name' | 'property', key: string, content: string): string {
  return `<meta ${attribute}="${key}" content="${escapeHtml(content)}">`;
}

export type HeadLinks = {
  /** Feeds offered on this page, as absolute URLs with titles. */
  feeds: { title: string; href: string }[];
};

export function renderHead(head: PageHead, site: SiteInfo, links: HeadLinks): string {
  const canonical = pageUrl(site, head.path);
  const tags = [
    `<title>${escapeHtml(head.title)}</title>`,
    ...(head.preloadImage === null
      ? []
      : [
          `<link rel="preload" as="image" type="${head.preloadImage.type}" imagesrcset="${escapeHtml(head.preloadImage.srcset)}" imagesizes="${escapeHtml(head.preloadImage.sizes)}" fetchpriority="high">`,
        ]),
    meta('name', 'description', head.description),
    head.noindex ? meta('name', 'robots', 'noindex') : `<link rel="canonical" href="${escapeHtml(canonical)}">`,
    meta('property', 'og:site_name', site.title),
    meta('property', 'og:type', head.type),
    meta('property', 'og:title', head.title),
    meta('property', 'og:description', head.description),
    meta('property', 'og:url', canonical),
    // X reads og:title, og:description and og:image where its own tags are missing: only the card's kind is its own.
    meta('name', 'twitter:card', head.image === null ? 'summary' : 'summary_large_image'),
  ];
  if (head.image !== null) {
    tags.push(
      meta('property', 'og:image', head.image.src),
      meta('property', 'og:image:alt', head.image.alt),
      meta('property', 'og:image:width', String(head.image.width)),
      meta('property', 'og:image:height', String(head.image.height)),
    );
  }
  if (head.article !== null) {
    tags.push(meta('property', 'article:published_time', head.article.publishedTime));
    if (head.article.modifiedTime !== null)
      tags.push(meta('property', 'article:modified_time', head.article.modifiedTime));
    for (const path of head.article.authorPaths) tags.push(meta('property', 'article:author', pageUrl(site, path)));
    if (head.article.section !== null) tags.push(meta('property', 'article:section', head.article.section));
    for (const tag of head.article.tags) tags.push(meta('property', 'article:tag', tag));
  }
  for (const feed of links.feeds) {
    tags.push(
      `<link rel="alternate" type="application/rss+xml" title="${escapeHtml(feed.title)}" href="${escapeHtml(feed.href)}">`,
    );
  }
  for (const data of head.jsonLd) tags.push(`<script type="application/ld+json">${scriptSafeJson(data)}</script>`);
  return tags.join('\n    ');
}
