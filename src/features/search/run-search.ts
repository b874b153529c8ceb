/**
 * Search in the browser: fetches the dictionary once, then for each query
 * only the postings shards it needs (cached for the next query), ranks the
 * articles (lib/search/query.ts) and builds the page of results with their
 * highlighted excerpts.
 *
 * Loaded only when a reader starts to search (search-loader.ts, search-box.tsx).
 */
import { getArticle, getLatestSummaries, getSearchDictionary, getSearchShard } from '../../lib/content/api.ts';
import type { ArticleSummary, ArticleView } from '../../lib/content/model.ts';
import { pageCount, pageOf } from '../../lib/content/pagination.ts';
import { bodyText } from '../../lib/content/plain-text.ts';
import { highlightExcerpt, type ExcerptPart } from '../../lib/search/excerpt.ts';
import type { PostingsShard, SearchDictionary } from '../../lib/search/index-format.ts';
import { matchedTerms, planQuery, postingsFrom, rankArticles, shardsFor } from '../../lib/search/query.ts';

export type SearchResult = { article: ArticleSummary; excerpt: ExcerptPart[] };

export type SearchOutcome = {
  /** Matching articles in all. */
  total: number;
  page: number;
  pageCount: number;
  results: SearchResult[];
};

/** The User Timing name of a query's ranking, for bench:search and the browser's performance panel. */
export const QUERY_MEASURE = 'broadsheet:search-query';

export class SearchIndexMissing extends Error {
  constructor() {
    super('The search index could not be loaded');
    this.name = 'SearchIndexMissing';
  }
}

// Shared by every query, so never tied to one query's abort signal.
let dictionary: Promise<SearchDictionary | null> | null = null;
const shards = new Map<number, Promise<PostingsShard | null>>();

function loadDictionary(): Promise<SearchDictionary | null> {
  dictionary ??= getSearchDictionary().catch((error: unknown) => {
    dictionary = null; // try again on the next query
    throw error;
  });
  return dictionary;
}

function loadShard(index: number): Promise<PostingsShard | null> {
  let shard = shards.get(index);
  if (shard === undefined) {
    shard = getSearchShard(index).catch((error: unknown) => {
      shards.delete(index);
      throw error;
    });
    shards.set(index, shard);
  }
  return shard;
}

/** Starts loading the dictionary, so that the first query answers sooner. */
export function preloadSearch(): void {
  loadDictionary().catch(() => {
    // The query that needs it will try again and report the failure.
  });
}

/** The passages an excerpt may quote: what search found the article by, less the headline, tags and authors shown beside it. */
function articleText(article: ArticleView): string {
  return [article.standfirst ?? '', ...bodyText(article)].filter((text) => text !== '').join('\n');
}

export async function runSearch(query: string, page: number, signal?: AbortSignal): Promise<SearchOutcome> {
  const index = await loadDictionary();
  if (index === null) throw new SearchIndexMissing();
  const plan = planQuery(index, query);
  const needed = await Promise.all(
    shardsFor(index, plan).map(async (shard) => [shard, await loadShard(shard)] as const),
  );
  const loaded = new Map(needed);

  performance.mark(`${QUERY_MEASURE}:start`);
  const hits = rankArticles(
    index,
    plan,
    postingsFrom(index, (shard) => loaded.get(shard)),
  );
  performance.measure(QUERY_MEASURE, `${QUERY_MEASURE}:start`);

  const pages = pageCount(hits.length);
  const onPage = pageOf(hits, page).map((hit) => hit.article);
  const summaries = await getLatestSummaries(onPage, signal);
  if (summaries === null) throw new SearchIndexMissing();
  const matched = matchedTerms(index, plan);
  // The article files give each excerpt its passage; the reader's next click then finds its article cached.
  const texts = await Promise.all(
    summaries.map(async (summary) => {
      const article = await getArticle(summary.slug, signal);
      return article === null ? summary.excerpt : articleText(article);
    }),
  );
  return {
    total: hits.length,
    page,
    pageCount: pages,
    results: summaries.map((article, position) => ({
      article,
      excerpt: highlightExcerpt(texts[position] ?? article.excerpt, matched),
    })),
  };
}
