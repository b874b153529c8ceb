import type { SiteInfo } from './content/model.ts';

/** An absolute URL on the site: `site.url` is where the site is served, sub-path included. */
export function siteUrl(site: SiteInfo, path: string): string {
  return `${site.url.replace(/\/+$/, '')}${path}`;
}
