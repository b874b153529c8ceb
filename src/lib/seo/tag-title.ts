/** The tag view's title and description (page-title.ts: one module a view, so each stays in its view's chunk). */
import type { ArticleListPage, SiteInfo, TagPageData } from '../content/model.ts';
import { titled, withPage, type PageTitle } from './page-title.ts';

export function tagTitle({ tag, list }: TagPageData<Pick<ArticleListPage, 'page'>>, site: SiteInfo): PageTitle {
  return {
    title: titled(withPage(tag.name, list.page), site),
    description: tag.description ?? `Articles about ${tag.name} from ${site.title}.`,
  };
}
