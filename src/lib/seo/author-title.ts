/** The author view's title and description (page-title.ts: one module a view, so each stays in its view's chunk). */
import type { ArticleListPage, AuthorPageData, SiteInfo } from '../content/model.ts';
import { titled, withPage, type PageTitle } from './page-title.ts';

export function authorTitle(
  { author, list }: AuthorPageData<Pick<ArticleListPage, 'page'>>,
  site: SiteInfo,
): PageTitle {
  return {
    title: titled(withPage(author.name, list.page), site),
    description: author.bio[0] ?? `Articles by ${author.name} for ${site.title}.`,
  };
}
