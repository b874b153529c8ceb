/** The search view's title and description (page-title.ts: one module a view, so each stays in its view's chunk). */
import type { SiteInfo } from '../content/model.ts';
import { titled, type PageTitle } from './page-title.ts';

export function searchTitle(query: string, site: SiteInfo): PageTitle {
  return {
    title: titled(query === '' ? 'Search' : `“${query}”: search`, site),
    description: `Search every article of ${site.title}: headlines, stories, tags and authors.`,
  };
}
