/**
 * Search in the browser: fetches the manifest (again after a while, to see a
 * new publication), then for each query only the dictionary parts and
 * postings shards it needs (cached for the next query while the index is
 * the same), ranks the articles (lib/search/query.ts) and builds the page
 * of results with their highlighted excerpts.
 *
 * Loaded only when a reader starts to search (search-loader.ts, search-box.tsx).
 */
import {
  getArticle,
  getSummaries,
  getSearchManifest,
  getSearchPart,
  getSearchShard,
  getSearchTypoPart,
} from '../../lib/content/api.ts';
import type { ArticleSummary, ArticleData } from '../../lib/content/model.ts';
import { PAGE_SIZE, pageCount, pageOf } from '../../lib/content/pagination.ts';
import { articleBodyText } from '../../lib/content/markup-text.ts';
import { highlightExcerpt, type ExcerptPart } from '../../lib/search/excerpt.ts';
import type { SearchManifest } from '../../lib/search/index-format.ts';
import {
  matchedTerms,
  partsFor,
  planQuery,
  postingsFrom,
  queryWords,
  rankTop,
  shardsFor,
} from '../../lib/search/query.ts';

export type SearchResult = { article: ArticleSummary; excerpt: ExcerptPart[] };

export type SearchOutcome = {
  /** Matching articles in all. */
  total: number;
  page: number;
  pageCount: number;
  results: SearchResult[];
  /**
   * Why there are no results other than no match, which the page says beside its search box: `unavailable`, the
   * index could not be loaded, even with a fresh manifest (rather than "no match", or an error view without a
   * box); `no-words`, the query has no word search can look for ("K", "!!!"), so nothing was fetched.
   */
  unanswered?: 'unavailable' | 'no-words';
};

/** The User Timing name of a query's ranking, for bench:search and the browser's performance panel. */
export const QUERY_MEASURE = 'broadsheet:search-query';

export class SearchIndexMissing extends Error {
  constructor() {
    super('The search index could not be loaded');
    this.name = 'SearchIndexMissing';
  }
}

/**
 * How long a query reuses the manifest before asking the server again (a conditional request: data files are
 * served `no-cache`). A tab left open on a site that publishes many times a day sees the new index within about
 * a minute (this, then the data cache's own 30 s: lib/content/data-cache.ts), not only after a reload.
 */
export const MANIFEST_FRESH_MS = 30_000;

let manifestLoad: { at: number; manifest: Promise<SearchManifest | null> } | undefined;

function loadManifest(): Promise<SearchManifest | null> {
  if (manifestLoad !== undefined && Date.now() - manifestLoad.at < MANIFEST_FRESH_MS) return manifestLoad.manifest;
  const load = {
    at: Date.now(),
    manifest: getSearchManifest().catch((error: unknown) => {
      // One that failed is asked for again by the next query.
      if (manifestLoad === load) manifestLoad = undefined;
      throw error;
    }),
  };
  manifestLoad = load;
  return load.manifest;
}

/** Every kind of index file fetched so far, by name: all of one index, the one whose id `filesOf` is. */
const fetched: Map<string, unknown>[] = [];
let filesOf: string | undefined;

/**
 * Each file fetched once and shared by every query, so never tied to one
 * query's abort signal; one that failed is asked for again by the next query.
 * The manifest names every file a query asks for: one the server does not
 * have (a 404, or a host's fallback page) is a failure, not "no such word".
 */
function cached<T>(load: (name: string) => Promise<T | null>): (name: string) => Promise<T> {
  const files = new Map<string, Promise<T>>();
  fetched.push(files);
  return (name) => {
    let file = files.get(name);
    if (file === undefined) {
      file = load(name).then(
        (found) => found ?? Promise.reject(new SearchIndexMissing()),
        (error: unknown) => Promise.reject(error instanceof Error ? error : new SearchIndexMissing()),
      );
      file.catch(() => {
        files.delete(name);
      });
      files.set(name, file);
    }
    return file;
  };
}

const loadPart = cached((key) => getSearchPart(key));
const loadTypoPart = cached((key) => getSearchTypoPart(key));
// Named by part key and shard number; a NUL cannot be in a key.
const loadShard = cached((name) => {
  const [key = '', index = '0'] = name.split('\u0000');
  return getSearchShard(key, Number(index));
});
const shardName = (key: string, index: number) => `${key}\u0000${index}`;

/**
 * The files of the index `manifest` names from here on. A new id means the site was published since this page
 * loaded its parts: their article numbers and shards belong to the old index, so all of them are dropped.
 */
function keepFilesOf(manifest: SearchManifest): void {
  if (manifest.id !== filesOf) for (const files of fetched) files.clear();
  filesOf = manifest.id;
}

/**
 * Forgets every index file fetched: in `npm run dev`, after the content changed (src/app/dev-content-refresh.ts),
 * a query must not mix the old index's files with the new one's.
 */
export function forgetSearchFiles(): void {
  manifestLoad = undefined;
  filesOf = undefined;
  for (const files of fetched) files.clear();
}

/** Starts loading the manifest, so that the first query answers sooner. */
export function preloadSearch(): void {
  loadManifest().catch(() => {
    // The query that needs it will try again and report the failure.
  });
}

async function loadAll<T>(names: readonly string[], load: (name: string) => Promise<T>): Promise<Map<string, T>> {
  return new Map(await Promise.all(names.map(async (name) => [name, await load(name)] as const)));
}

/** The passages an excerpt may quote: what search found the article by, less the headline, tags and authors shown beside it. */
function articleText(article: ArticleData): string {
  return [article.standfirst ?? '', ...articleBodyText(article)].filter((text) => text !== '').join('\n');
}

/**
 * The page of results for `query`. A file that fails is asked for once more with a fresh manifest (a publication
 * may have replaced the index the kept one names); if that fails too, the outcome is `unavailable`. A search
 * aborted by a newer one still throws, as the router expects.
 */
export async function runSearch(query: string, page: number, signal?: AbortSignal): Promise<SearchOutcome> {
  if (queryWords(query).length === 0) return { total: 0, page, pageCount: page, results: [], unanswered: 'no-words' };
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await searchIndex(query, page, signal);
    } catch (error) {
      if (signal?.aborted === true) throw error;
      manifestLoad = undefined;
      if (attempt === 1) return { total: 0, page, pageCount: page, results: [], unanswered: 'unavailable' };
    }
  }
}

async function searchIndex(query: string, page: number, signal?: AbortSignal): Promise<SearchOutcome> {
  const manifest = await loadManifest();
  if (manifest === null) throw new SearchIndexMissing();
  keepFilesOf(manifest);
  const needed = partsFor(manifest, query);
  const [parts, typos] = await Promise.all([loadAll(needed.parts, loadPart), loadAll(needed.typos, loadTypoPart)]);
  const plan = planQuery({ part: (key) => parts.get(key), typo: (key) => typos.get(key) }, query);
  const shards = await loadAll(
    shardsFor(plan).map(({ part, shard }) => shardName(part, shard)),
    loadShard,
  );

  performance.mark(`${QUERY_MEASURE}:start`);
  const { total, hits } = rankTop(
    manifest,
    plan,
    postingsFrom((part, shard) => shards.get(shardName(part, shard))),
    page * PAGE_SIZE,
  );
  performance.measure(QUERY_MEASURE, `${QUERY_MEASURE}:start`);

  const pages = pageCount(total);
  const onPage = pageOf(hits, page).map((hit) => hit.article);
  // The index's article numbers name entries of the summaries files; a summaries file the data cache kept from the
  // build before a publication may not have them, so it is asked for again from the server.
  const summaries = (await getSummaries(onPage, { signal })) ?? (await getSummaries(onPage, { signal, fresh: true }));
  if (summaries === null) throw new SearchIndexMissing();
  const matched = matchedTerms(plan);
  // The article files give each excerpt its passage; the reader's next click then finds its article cached.
  const texts = await Promise.all(
    summaries.map(async (summary) => {
      const article = await getArticle(summary.slug, signal);
      return article === null ? summary.excerpt : articleText(article);
    }),
  );
  return {
    total,
    page,
    pageCount: pages,
    results: summaries.map((article, position) => ({
      article,
      excerpt: highlightExcerpt(texts[position] ?? article.excerpt, matched),
    })),
  };
}
