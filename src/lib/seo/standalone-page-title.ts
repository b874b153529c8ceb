/** The standalone page view's title and description (page-title.ts: one module a view, so each stays in its view's chunk). */
import type { PageView, SiteInfo } from '../content/model.ts';
import { titled, type PageTitle } from './page-title.ts';

/** (1.1) A standalone page: its title, and its standfirst or first paragraph. */
export function standalonePageTitle(page: Pick<PageView, 'title' | 'excerpt'>, site: SiteInfo): PageTitle {
  return { title: titled(page.title, site), description: page.excerpt === '' ? site.description : page.excerpt };
}
