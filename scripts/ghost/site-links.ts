/**
 * Links in Ghost's content, as the new site has them. Links to the site's own posts, pages, tags and authors,
 * written `__GHOST_URL__/…` (Ghost's placeholder for its own address, in exports) or as the site's absolute URL,
 * become Broadsheet paths; Ghost's `?ref=` parameter (outbound link tagging) is removed; a link the format does not
 * allow (`javascript:`, `data:`, …) keeps only its text.
 */
import { paths } from '../../src/lib/paths.ts';
import { isSafeLink } from '../../src/lib/content/link.ts';

/** What Ghost writes for its own address in exported html and image URLs. */
export const GHOST_URL = '__GHOST_URL__';

export type SiteIndex = {
  /** The site's address, `https://example.org` or `https://example.org/news`, when known. */
  siteUrl: URL | null;
  /** Ghost slug → the slug it has in the content folder, for what was imported. */
  posts: ReadonlyMap<string, string>;
  pages: ReadonlyMap<string, string>;
  tags: ReadonlyMap<string, string>;
  authors: ReadonlyMap<string, string>;
};

export type LinkResult =
  | { kind: 'external'; href: string }
  | { kind: 'internal'; href: string }
  /** A path of the old site that Broadsheet has no page for: kept as an absolute link to it. */
  | { kind: 'old-site'; href: string }
  | { kind: 'dropped'; reason: string };

function hostKey(url: URL): string {
  return url.hostname.toLowerCase().replace(/^www\./, '');
}

/** The site's own path prefix, without a trailing slash: "" or "/news". */
function sitePath(siteUrl: URL): string {
  return siteUrl.pathname.replace(/\/+$/, '');
}

/** The path inside the site for an absolute URL of the site, or null for another site. */
function pathInSite(url: URL, siteUrl: URL | null): string | null {
  if (siteUrl === null || (url.protocol !== 'https:' && url.protocol !== 'http:')) return null;
  if (hostKey(url) !== hostKey(siteUrl)) return null;
  const prefix = sitePath(siteUrl);
  if (prefix !== '' && url.pathname !== prefix && !url.pathname.startsWith(`${prefix}/`)) return null;
  return url.pathname.slice(prefix.length) + url.search + url.hash;
}

function withoutRef(url: URL): URL {
  const copy = new URL(url);
  copy.searchParams.delete('ref');
  return copy;
}

/** A path segment decoded, or null when its percent-encoding is broken (`sale-50%`): decoding it would throw. */
function decodeSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

/** A path of Ghost's site (`tag/rail`, `my-post`), decoded segments, as a Broadsheet path, or null if there is none. */
function broadsheetPath(segments: string[], hash: string, site: SiteIndex): string | null {
  const [first, second] = segments;
  if (first === undefined) return '/';
  if ((first === 'tag' || first === 'author') && second !== undefined) {
    const slug = (first === 'tag' ? site.tags : site.authors).get(second);
    if (slug === undefined) return null;
    return first === 'tag' ? paths.tag.href(slug) : paths.author.href(slug);
  }
  // Ghost's permalink is /:slug/ by default; dated permalinks (/2024/05/:slug/) end with the slug too.
  const last = segments.at(-1) ?? '';
  const article = site.posts.get(last);
  if (article !== undefined) return paths.article.href(article) + hash;
  const page = segments.length === 1 ? site.pages.get(last) : undefined;
  if (page !== undefined) return paths.page.href(page) + hash;
  return null;
}

/** A path of Ghost's site (`/tag/rail/`, `/my-post/?ref=x#top`) as the new site links it. */
function internal(path: string, site: SiteIndex): LinkResult {
  const url = new URL(path, 'https://site.invalid');
  const segments = url.pathname
    .split('/')
    .filter((segment) => segment !== '')
    .map(decodeSegment);
  if (!segments.every((segment) => segment !== null))
    return { kind: 'dropped', reason: `link ${JSON.stringify(path.slice(0, 80))} has a broken %-escape: kept as text` };
  const rewritten = broadsheetPath(segments, url.hash, site);
  if (rewritten !== null) return { kind: 'internal', href: rewritten };
  if (site.siteUrl === null)
    return { kind: 'dropped', reason: `link to the old site's ${path} kept as text (no --site-url to point it to)` };
  const absolute = withoutRef(new URL(sitePath(site.siteUrl) + path, site.siteUrl.origin));
  return { kind: 'old-site', href: absolute.href };
}

export function rewriteLink(raw: string, site: SiteIndex): LinkResult {
  const href = raw.trim();
  if (href === '') return { kind: 'dropped', reason: 'link without a target kept as text' };
  if (href.startsWith(GHOST_URL)) {
    const rest = href.slice(GHOST_URL.length);
    return internal(rest.startsWith('/') ? rest : `/${rest}`, site);
  }
  if (href.startsWith('#'))
    return { kind: 'dropped', reason: `link to ${JSON.stringify(href)} inside the old page kept as text` };
  if (href.startsWith('/') && !href.startsWith('//') && !href.startsWith('/\\')) return internal(href, site);
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return { kind: 'dropped', reason: `link ${JSON.stringify(href)} is not an absolute URL: kept as text` };
  }
  const inSite = pathInSite(url, site.siteUrl);
  if (inSite !== null) return internal(inSite === '' ? '/' : inSite, site);
  if (url.protocol === 'http:' || url.protocol === 'https:' || url.protocol === 'mailto:') {
    const cleaned = url.protocol === 'mailto:' ? href : withoutRef(url).href;
    if (isSafeLink(cleaned)) return { kind: 'external', href: cleaned };
  }
  return { kind: 'dropped', reason: `unsafe link ${JSON.stringify(href.slice(0, 80))} kept as text` };
}
