/**
 * Where each data file lives, relative to the site's base URL, and what it
 * holds. The build writes these files (src/build/view-model/data-files.ts)
 * and the client fetches them (api.ts), both through this one module: a
 * path carries the type of its file, so writer and reader cannot disagree.
 */
import {
  fileKey,
  type DictionaryPart,
  type PostingsShard,
  type SearchManifest,
  type TypoPart,
} from '../search/index-format.ts';
import type {
  ArticleListPage,
  ArticleView,
  AuthorIndexData,
  AuthorPageData,
  PageView,
  TagFilterData,
  TagIndexData,
  TagPageData,
} from './model.ts';

export const DATA_DIR = 'data';

declare const fileType: unique symbol;
/** A data file's path, typed by what the build writes there. */
export type DataPath<T> = string & { readonly [fileType]?: T };

export const dataPaths = {
  latest: (page: number): DataPath<ArticleListPage> => `${DATA_DIR}/latest/${page}.json`,
  article: (slug: string): DataPath<ArticleView> => `${DATA_DIR}/articles/${slug}.json`,
  page: (slug: string): DataPath<PageView> => `${DATA_DIR}/pages/${slug}.json`,
  tag: (slug: string, page: number): DataPath<TagPageData> => `${DATA_DIR}/tags/${slug}/${page}.json`,
  author: (slug: string, page: number): DataPath<AuthorPageData> => `${DATA_DIR}/authors/${slug}/${page}.json`,
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
