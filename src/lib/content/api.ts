/**
 * The reader's data API. Route loaders call these; views never fetch.
 *
 * An address's data is the island of its own HTML file (page-island.ts): the
 * first load reads it from the document, a navigation fetches that one file.
 * What the page's HTML already shows (a story's body, an article's related
 * reading and author cards, a list's entries) is taken from that HTML
 * instead (page-markup.ts).
 * Data shared by many addresses is in a file of its own (data-paths.ts), and
 * so are the two indexes' lists, which a navigation fetches alone. So
 * a page costs the same whether the folder holds ten articles or ten
 * thousand. Every function resolves to null when the address has no data
 * (an unknown slug, a page past the last).
 */
import type { DictionaryPart, PostingsShard, SearchManifest, TypoPart } from '../search/index-format.ts';
import { dataPaths, pageAddresses, pageFileUrl, type DataPath, type PageAddress } from './data-paths.ts';
import { islandInHtml, takeDocumentIsland } from './page-island.ts';
import { markupIn, parsePage, type MarkupPart } from './page-markup.ts';
import { summaryPosition } from './pagination.ts';
import type {
  ArticleListPage,
  ArticleSummary,
  ArticleData,
  AuthorIndexData,
  AuthorPageData,
  PageData,
  Markup,
  TagFilterData,
  TagIndexData,
  TagPageData,
  ListIsland,
  ListItems,
} from './model.ts';

/** How data files are fetched: the browser's fetch, or the prerender's own (render-page.tsx). */
let fetchImpl: typeof fetch = (input, init) => fetch(input, init);

export function setDataFetch(next: typeof fetch): void {
  fetchImpl = next;
}

export class DataLoadError extends Error {
  constructor(
    readonly url: string,
    readonly status: number,
  ) {
    super(`Could not load ${url} (status ${status})`);
    this.name = 'DataLoadError';
  }
}

/**
 * How a shared data file is asked for. `fresh`: from the server (a conditional request), not from the app's data
 * cache (data-cache.ts), for a file that must come from the same build as one just fetched: the cache keeps each
 * file for 30 s from its own fetch, so after a publication it can hold an older build's file beside a newer one's.
 */
export type DataFileOptions = { signal?: AbortSignal; fresh?: boolean };

/**
 * The file's response, asked for once more when the first try gets none (a
 * dropped connection: fetch rejects with a TypeError) or a server error (a
 * redeploy under way). A 404 is an answer and an aborted request was meant
 * to stop: neither is retried. No response twice is a DataLoadError with
 * status 0, for the error view to offer a reload.
 */
async function fetchWithRetry(url: string, { signal, fresh = false }: DataFileOptions): Promise<Response> {
  // The data cache asks the server for this one whatever its entry's age, and keeps the answer (data-cache.ts).
  const init: RequestInit = fresh ? { signal, cache: 'no-cache' } : { signal };
  const attempt = async (): Promise<Response | TypeError> => {
    try {
      return await fetchImpl(url, init);
    } catch (error) {
      if (error instanceof TypeError && signal?.aborted !== true) return error;
      throw error;
    }
  };
  const first = await attempt();
  if (first instanceof Response && first.status < 500) return first;
  const second = await attempt();
  if (second instanceof TypeError) throw new DataLoadError(url, 0);
  return second;
}

/**
 * Fetches a data file written by our own build from validated content.
 * Its type comes from its path (data-paths.ts), which the build wrote it
 * through, rather than from re-validation: the files are our build's output,
 * not outside input, and a schema here would ship zod to every reader
 * (docs/decisions/001-per-address-data-files.md).
 */
async function fetchData<T>(path: DataPath<T>, options: DataFileOptions = {}): Promise<T | null> {
  const url = `${import.meta.env.BASE_URL}${path}`;
  const response = await fetchWithRetry(url, options);
  // A static host without the file may answer with its HTML fallback page.
  const isJson = response.headers.get('content-type')?.includes('json') ?? false;
  if (response.status === 404 || (response.ok && !isJson)) return null;
  if (!response.ok) throw new DataLoadError(url, response.status);
  // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- our build's output, typed by the path it came from (see above)
  const data: T = await response.json();
  return data;
}

/**
 * The island of the page at `address`, and the page it came from: the document on the first load, else the
 * page's HTML file fetched (page-island.ts), parsed only when asked. null when the host has no such page, or
 * answers with another page (an SPA fallback).
 */
async function fetchPage<T>(
  address: PageAddress<T>,
  signal?: AbortSignal,
): Promise<{ data: T; page: () => ParentNode } | null> {
  const own = takeDocumentIsland(address);
  if (own !== undefined) return { data: own, page: () => document };
  const url = `${import.meta.env.BASE_URL}${pageFileUrl(address)}`;
  const response = await fetchWithRetry(url, { signal });
  if (response.status === 404) return null;
  if (!response.ok) throw new DataLoadError(url, response.status);
  const html = await response.text();
  const data = islandInHtml(html, address);
  let page: Document | undefined;
  return data === undefined ? null : { data, page: () => (page ??= parsePage(html)) };
}

/**
 * The data of the page at `address` (fetchPage). An index navigates to its `list` file instead (data-paths.ts):
 * its page's HTML lists every tag or author a second time.
 */
async function fetchPageData<T>(address: PageAddress<T>, signal?: AbortSignal, list?: DataPath<T>): Promise<T | null> {
  if (list !== undefined) return takeDocumentIsland(address) ?? fetchData(list, { signal });
  return (await fetchPage(address, signal))?.data ?? null;
}

export type ListOptions = { page: number; signal?: AbortSignal };

/** The markup of `part` in `page`, a page of `slug`'s: an error if the page has none. */
function requiredMarkup(page: ParentNode, part: MarkupPart, slug: string): Markup {
  const markup = markupIn(page, part);
  if (markup === null) throw new Error(`The page "${slug}" has no ${part}`);
  return markup;
}

/**
 * A standalone page: its island, and the body that a built page's island leaves to its markup. (The dev server's
 * islands hold the whole view.)
 */
export async function getPage(slug: string, signal?: AbortSignal): Promise<PageData | null> {
  const found = await fetchPage(pageAddresses.page(slug), signal);
  if (found === null) return null;
  const { data } = found;
  return 'body' in data ? data : { ...data, body: requiredMarkup(found.page(), 'body', slug) };
}

/**
 * An article: its island, and the body, related reading and author cards that a built page's island leaves to
 * its markup. (The dev server's islands hold the whole view.)
 */
export async function getArticle(slug: string, signal?: AbortSignal): Promise<ArticleData | null> {
  const found = await fetchPage(pageAddresses.article(slug), signal);
  if (found === null) return null;
  const { data } = found;
  if ('body' in data) return { ...data, authorCards: data.authors };
  const page = found.page();
  return {
    ...data,
    body: requiredMarkup(page, 'body', slug),
    // A page without related reading has no such part.
    related: markupIn(page, 'related') ?? [],
    authorCards: requiredMarkup(page, 'authors', slug),
  };
}

/** A list page's entries: its island's (the dev server's), else its page's markup; an empty list has none. */
function listOf(list: ListIsland, page: () => ParentNode, address: string): ArticleListPage<ListItems> {
  if (list.items !== undefined || list.total === 0) return { ...list, items: list.items ?? [] };
  return { ...list, items: requiredMarkup(page(), 'list', address) };
}

export async function listLatest({ page, signal }: ListOptions): Promise<ArticleListPage<ListItems> | null> {
  const address = pageAddresses.latest(page);
  const found = await fetchPage(address, signal);
  return found && listOf(found.data, found.page, address);
}

/** A tag's or an author's page of articles: its island, with the list's entries (listOf). */
async function getProfileListPage<T extends { list: ListIsland }>(
  address: PageAddress<T>,
  signal: AbortSignal | undefined,
): Promise<(Omit<T, 'list'> & { list: ArticleListPage<ListItems> }) | null> {
  const found = await fetchPage(address, signal);
  return found && { ...found.data, list: listOf(found.data.list, found.page, address) };
}

export function getTagPage(
  slug: string,
  { page, signal }: ListOptions,
): Promise<TagPageData<ArticleListPage<ListItems>> | null> {
  return getProfileListPage(pageAddresses.tag(slug, page), signal);
}

export function getAuthorPage(
  slug: string,
  { page, signal }: ListOptions,
): Promise<AuthorPageData<ArticleListPage<ListItems>> | null> {
  return getProfileListPage(pageAddresses.author(slug, page), signal);
}

export function listTags(signal?: AbortSignal): Promise<TagIndexData | null> {
  return fetchPageData(pageAddresses.tagIndex(), signal, dataPaths.tagIndex());
}

export function listAuthors(signal?: AbortSignal): Promise<AuthorIndexData | null> {
  return fetchPageData(pageAddresses.authorIndex(), signal, dataPaths.authorIndex());
}

/** Every article's tags as indexes (model.ts): the one file the tag filter needs, whatever it selects. */
export function getTagFilter(options: DataFileOptions = {}): Promise<TagFilterData | null> {
  return fetchData(dataPaths.tagFilter(), options);
}

/**
 * The summaries of the articles numbered `numbers` (pagination.ts: articleNumber, 0 = the oldest), in that order.
 * Each is an entry of a summaries file (summaryPosition), so only the files that hold them are fetched, in
 * parallel: at most one per entry, never every summary. null when one is missing, which means the files come
 * from different builds: the caller asks again with `fresh` (DataFileOptions).
 */
export async function getSummaries(
  numbers: readonly number[],
  options: DataFileOptions = {},
): Promise<ArticleSummary[] | null> {
  const positions = numbers.map(summaryPosition);
  const files = [...new Set(positions.map(({ file }) => file))];
  const lists = await Promise.all(files.map((file) => fetchData(dataPaths.summaries(file), options)));
  const listByFile = new Map(files.map((file, position) => [file, lists[position]]));
  const summaries: ArticleSummary[] = [];
  for (const { file, entry } of positions) {
    const summary = listByFile.get(file)?.[entry];
    if (summary === undefined) return null;
    summaries.push(summary);
  }
  return summaries;
}

/*
 * The search index's files are always fetched fresh: search keeps them itself, for as long as the manifest's index
 * id is the same (features/search/run-search.ts), and the data cache could hand it the last index's file under the
 * new one's name.
 */

/** The search manifest (lib/search/index-format.ts): loaded once a reader starts to search. */
export function getSearchManifest(signal?: AbortSignal): Promise<SearchManifest | null> {
  return fetchData(dataPaths.searchManifest(), { signal, fresh: true });
}

/** The dictionary part of terms starting with `key`, its first two characters. */
export function getSearchPart(key: string, signal?: AbortSignal): Promise<DictionaryPart | null> {
  return fetchData(dataPaths.searchPart(key), { signal, fresh: true });
}

/** The typo part of longer terms whose first and third characters are `key`. */
export function getSearchTypoPart(key: string, signal?: AbortSignal): Promise<TypoPart | null> {
  return fetchData(dataPaths.searchTypoPart(key), { signal, fresh: true });
}

export function getSearchShard(key: string, index: number, signal?: AbortSignal): Promise<PostingsShard | null> {
  return fetchData(dataPaths.searchShard(key, index), { signal, fresh: true });
}
