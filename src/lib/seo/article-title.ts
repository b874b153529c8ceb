/** The article view's title and description (page-title.ts: one module a view, so each stays in its view's chunk). */
import type { ArticleView, SiteInfo } from '../content/model.ts';
import { titled, type PageTitle } from './page-title.ts';

export function articleTitle(article: Pick<ArticleView, 'title' | 'excerpt'>, site: SiteInfo): PageTitle {
  return { title: titled(article.title, site), description: article.excerpt };
}
