/** The latest view's title and description (page-title.ts: one module a view, so each stays in its view's chunk). */
import type { ArticleListPage, SiteInfo, TagRef } from '../content/model.ts';
import { nameList } from '../name-list.ts';
import { titled, withPage, type PageTitle } from './page-title.ts';

/** The home view; with `chosen` tags, the home view filtered by them. */
export function latestTitle(
  list: Pick<ArticleListPage, 'page'>,
  site: SiteInfo,
  chosen: readonly TagRef[] = [],
): PageTitle {
  if (chosen.length > 0) {
    const names = chosen.map((tag) => tag.name);
    return {
      title: titled(withPage(names.join(' + '), list.page), site),
      description: `Articles tagged ${nameList(names, site.language)} from ${site.title}.`,
    };
  }
  return {
    title: list.page === 1 ? site.title : titled(withPage('Latest', list.page), site),
    description: site.description,
  };
}
