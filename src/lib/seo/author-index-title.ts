/** The author index view's title and description (page-title.ts: one module a view, so each stays in its view's chunk). */
import type { SiteInfo } from '../content/model.ts';
import { titled, type PageTitle } from './page-title.ts';

export function authorIndexTitle(site: SiteInfo): PageTitle {
  return { title: titled('Authors', site), description: `The people who write for ${site.title}.` };
}
