/** The tag index view's title and description (page-title.ts: one module a view, so each stays in its view's chunk). */
import type { SiteInfo } from '../content/model.ts';
import { titled, type PageTitle } from './page-title.ts';

export function tagIndexTitle(site: SiteInfo): PageTitle {
  return {
    title: titled('Tags', site),
    description: `Every subject ${site.title} covers, with its number of articles.`,
  };
}
