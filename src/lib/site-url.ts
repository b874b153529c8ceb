import type { SiteInfo } from './content/model.ts';
import { pageFileUrl } from './content/data-paths.ts';

/** An absolute URL on the site: `site.url` is where the site is served, sub-path included. */
export function siteUrl(site: SiteInfo, path: string): string {
  return `${site.url.replace(/\/+$/, '')}${path}`;
}

/**
 * The absolute URL of the page at `address` (paths.ts), as canonical links, feeds and the sitemap name it: with
 * its trailing slash, the folder its `index.html` is in, which is what static hosts serve. Without it, GitHub
 * Pages, Netlify and Cloudflare Pages answer with a redirect, and a search engine files the address under "page
 * with redirect" instead of indexing it. Readers may type either form (product.md).
 */
export function pageUrl(site: SiteInfo, address: string): string {
  return siteUrl(site, `/${pageFileUrl(address)}`);
}
