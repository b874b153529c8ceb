/**
 * Where each piece of data the client reads lives, and what it holds. The
 * build writes it (src/build/view-model/page-data.ts, scripts/prerender.ts)
 * and the client reads it (api.ts), both through this one module: a path
 * carries the type of its data, so writer and reader cannot disagree.
 *
 * A page's own data is in its HTML file's island (page-island.ts), found by
 * the page's address; data shared by many addresses (the tag filter, the
 * summaries the filter and search show, the search index) is in files under
 * `data/`, and so are the indexes' lists, for navigations to them
 * (docs/decisions/012-one-file-per-address.md).
 */
import {
  fileKey,
  type DictionaryPart,
  type PostingsShard,
  type SearchManifest,
  type TypoPart,
} from '../search/index-format.ts';
import type {
  ListIsland,
  ArticleSummary,
  ArticleIsland,
  ArticleView,
  AuthorIndexData,
  AuthorPageData,
  PageIsland,
  PageView,
  TagFilterData,
  TagIndexData,
  TagPageData,
} from './model.ts';
import { paths } from '../paths.ts';

export const DATA_DIR = 'data';

declare const fileType: unique symbol;
/** A data file's path, typed by what the build writes there. */
export type DataPath<T> = string & { readonly [fileType]?: T };

/** A page's address inside the site (paths.ts), typed by the data its island holds. */
export type PageAddress<T> = string & { readonly [fileType]?: T };

/** paths.ts's own builders, typed by the data each address's island holds (no wrappers: every byte is shipped). */
export const pageAddresses: {
  latest: (page: number) => PageAddress<ListIsland>;
  article: (slug: string) => PageAddress<ArticleIsland | ArticleView>;
  page: (slug: string) => PageAddress<PageIsland | PageView>;
  tag: (slug: string, page: number) => PageAddress<TagPageData<ListIsland>>;
  author: (slug: string, page: number) => PageAddress<AuthorPageData<ListIsland>>;
  tagIndex: () => PageAddress<TagIndexData>;
  authorIndex: () => PageAddress<AuthorIndexData>;
} = {
  latest: paths.home.href,
  article: paths.article.href,
  page: paths.page.href,
  tag: paths.tag.href,
  author: paths.author.href,
  tagIndex: paths.tags.href,
  authorIndex: paths.authors.href,
};

/** Where the HTML file of the page at `address` is served, relative to the base URL: `articles/x/`, `` for the home. */
export function pageFileUrl(address: string): string {
  return address === '/' ? '' : `${address.slice(1)}/`;
}

export const dataPaths = {
  /**
   * The summaries of articles numbered 20 × `file` to 20 × `file` + 19 (pagination.ts: summaryPosition): what the
   * tag filter and search results show, twenty articles
   * at a time, without the weight of a whole page.
   */
  summaries: (file: number): DataPath<ArticleSummary[]> => `${DATA_DIR}/summaries-by-number/${file}.json`,
  /**
   * The tag index's and the author index's data, which their pages' islands also hold: a navigation to an index
   * fetches this instead of the page, whose HTML lists every tag or author a second time.
   */
  tagIndex: (): DataPath<TagIndexData> => `${DATA_DIR}/tags.json`,
  authorIndex: (): DataPath<AuthorIndexData> => `${DATA_DIR}/authors.json`,
  /** Every article's tags, as indexes: the home view's tag filter (one file, not one per address). */
  tagFilter: (): DataPath<TagFilterData> => `${DATA_DIR}/tag-filter.json`,
  /** The search index (lib/search/index-format.ts): the manifest, dictionary and typo parts by key, each part's postings shards. */
  searchManifest: (): DataPath<SearchManifest> => `${DATA_DIR}/search/terms.json`,
  searchPart: (key: string): DataPath<DictionaryPart> => `${DATA_DIR}/search/terms-${fileKey(key)}.json`,
  searchTypoPart: (key: string): DataPath<TypoPart> => `${DATA_DIR}/search/typos-${fileKey(key)}.json`,
  searchShard: (key: string, index: number): DataPath<PostingsShard> =>
    `${DATA_DIR}/search/postings-${fileKey(key)}-${index}.json`,
};

/** Whether a data file (its path relative to the base URL) is one of the search index's, above. */
export function isSearchFile(path: string): boolean {
  return path.startsWith(`${DATA_DIR}/search/`);
}
