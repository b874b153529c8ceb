/**
 * The search index as the build writes it and the browser reads it.
 *
 * It is split so that a query downloads only what it needs at any size of
 * folder (docs/decisions/004-search-index.md):
 * - the dictionary: every term, sorted, with how many articles have it, and
 *   where each postings shard starts;
 * - postings shards: for a run of consecutive terms, which articles have each
 *   and where. A term, its prefix expansions and most typo variants sit in
 *   one or two shards.
 *
 * Articles are numbered in the site's order (0 = newest), so an article's
 * summary is found in the latest pages the reader already publishes
 * (lib/content/pagination.ts: latestPosition). Files live at
 * lib/content/data-paths.ts's `searchDictionary` and `searchShard`.
 */
export const INDEX_VERSION = 1;

/** Where a term occurs in an article: one bit per field. */
export const FIELD = { headline: 1, tags: 2, authors: 4, standfirst: 8, body: 16 } as const;

/** How often a term occurs in an article is capped here, which also bounds a posting's code. */
export const MAX_COUNT = 31;

export type SearchDictionary = {
  version: number;
  /** How many articles the index covers. */
  articles: number;
  /** Every term, folded (normalize.ts), sorted by code unit. */
  terms: string[];
  /** For each term, the number of articles that have it. */
  counts: number[];
  /** The index in `terms` of the first term of each shard, ascending, starting at 0. */
  shards: number[];
};

/**
 * One shard: for each of its terms in dictionary order, a flat list of pairs
 * (article number minus the previous one's, fields × 32 + occurrences).
 */
export type PostingsShard = { postings: number[][] };

export function encodePosting(fields: number, count: number): number {
  return fields * (MAX_COUNT + 1) + Math.min(count, MAX_COUNT);
}

export function decodePosting(code: number): { fields: number; count: number } {
  return { fields: Math.floor(code / (MAX_COUNT + 1)), count: code % (MAX_COUNT + 1) };
}
