/**
 * What the islands of the pages that tell a story carry: their views without the parts that their HTML holds and
 * the browser takes from it (lib/content/page-markup.ts, docs/decisions/012-one-file-per-address.md).
 */
import type {
  ArticleIsland,
  ArticleListPage,
  ArticleView,
  AuthorPageData,
  ListIsland,
  PageIsland,
  PageView,
  TagPageData,
} from '../../lib/content/model.ts';

/** An article's island: all but its body, related reading and author cards; its authors as the byline names them. */
export function articleIsland({ body: _body, related: _related, authors, ...island }: ArticleView): ArticleIsland {
  return { ...island, authors: authors.map(({ slug, name, avatar }) => ({ slug, name, avatar })) };
}

/** A standalone page's island: all but its body. */
export function pageIsland({ body: _body, ...island }: PageView): PageIsland {
  return island;
}

/** A list page's island: its place in the list, without the entries its HTML holds. */
export function listIsland({ items: _items, ...list }: ArticleListPage): ListIsland {
  return list;
}

export function tagPageIsland({ tag, list }: TagPageData): TagPageData<ListIsland> {
  return { tag, list: listIsland(list) };
}

export function authorPageIsland({ author, list }: AuthorPageData): AuthorPageData<ListIsland> {
  return { author, list: listIsland(list) };
}
