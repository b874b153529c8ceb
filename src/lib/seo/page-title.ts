/**
 * Each view's document title and meta description: the part of the head
 * that views render, and so the only part that ships to the browser. Each
 * view's own is in its own module (`<kind>-title.ts`), so that it loads with
 * that view and not with every view; the app's own (not found, error) are here.
 * page-head.ts builds the rest (canonical, Open Graph, JSON-LD) at build time.
 */
import type { SiteInfo } from '../content/model.ts';

export type PageTitle = {
  /** The whole document title, publication name included. */
  title: string;
  description: string;
};

export function titled(title: string, site: SiteInfo): string {
  return `${title} · ${site.title}`;
}

export function withPage(title: string, page: number): string {
  return page > 1 ? `${title}, page ${page}` : title;
}

export function notFoundTitle(site: SiteInfo): PageTitle {
  return { title: titled('Not found', site), description: 'There is no page at this address.' };
}

export function errorTitle(site: SiteInfo): PageTitle {
  return { title: titled('Something went wrong', site), description: site.description };
}
