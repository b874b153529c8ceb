/**
 * The reader's data API. Route loaders call these; views never fetch.
 *
 * Each call fetches the one data file the build wrote for that address
 * (page-data.ts), so a page costs the same whether the folder holds ten
 * articles or ten thousand. Every function resolves to null when the
 * address has no data (an unknown slug, a page past the last).
 */
import { dataPaths } from './data-paths.ts';
import type {
  ArticleListPage,
  ArticleView,
  AuthorIndexData,
  AuthorPageData,
  TagIndexData,
  TagPageData,
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
 * Fetches a data file written by our own build from validated content.
 * The type parameter is trusted rather than re-validated: the files are our
 * build's output, not outside input, and a schema here would ship zod to
 * every reader (docs/decisions/001-per-address-data-files.md).
 */
async function fetchData<T>(path: string, signal?: AbortSignal): Promise<T | null> {
  const url = `${import.meta.env.BASE_URL}${path}`;
  const response = await fetchImpl(url, { signal });
  // A static host without the file may answer with its HTML fallback page.
  const isJson = response.headers.get('content-type')?.includes('json') ?? false;
  if (response.status === 404 || (response.ok && !isJson)) return null;
  if (!response.ok) throw new DataLoadError(url, response.status);
  // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- our build's output, typed by the path it came from (see above)
  const data: T = await response.json();
  return data;
}

export type ListOptions = { page: number; signal?: AbortSignal };

export function getArticle(slug: string, signal?: AbortSignal): Promise<ArticleView | null> {
  return fetchData(dataPaths.article(slug), signal);
}

export function listLatest({ page, signal }: ListOptions): Promise<ArticleListPage | null> {
  return fetchData(dataPaths.latest(page), signal);
}

export function getTagPage(slug: string, { page, signal }: ListOptions): Promise<TagPageData | null> {
  return fetchData(dataPaths.tag(slug, page), signal);
}

export function getAuthorPage(slug: string, { page, signal }: ListOptions): Promise<AuthorPageData | null> {
  return fetchData(dataPaths.author(slug, page), signal);
}

export function listTags(signal?: AbortSignal): Promise<TagIndexData | null> {
  return fetchData(dataPaths.tagIndex(), signal);
}

export function listAuthors(signal?: AbortSignal): Promise<AuthorIndexData | null> {
  return fetchData(dataPaths.authorIndex(), signal);
}
