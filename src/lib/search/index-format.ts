/**
 * The search index as the build writes it and the browser reads it.
 *
 * It is split so that a query downloads only what it needs at any size of
 * folder and of vocabulary (docs/decisions/004-search-index.md):
 * - the manifest: the number of articles and which dictionary parts exist;
 * - dictionary parts, one per pair of first characters ("ku" holds "kursk"):
 *   the part's terms, sorted, with how many articles have each, and where
 *   each of its postings shards starts;
 * - typo parts, keyed by a term's first and third characters ("kr" holds
 *   "kursk"): with the dictionary parts of the same keys, every term one
 *   edit from a query word that has the same first letter (query.ts);
 * - postings shards, each part's own: for a run of its consecutive terms,
 *   which articles have each and where.
 *
 * Articles are numbered from the oldest (0 = the first published; lib/content/pagination.ts: articleNumber), so
 * that publishing the newest changes only the files that hold its terms; an article's summary is in the summaries
 * file of its number (summaryPosition). Files live at
 * lib/content/data-paths.ts's `searchManifest`, `searchPart`,
 * `searchTypoPart` and `searchShard`.
 */
export const INDEX_VERSION = 4;

/** Where a term occurs in an article: one bit per field. */
export const FIELD = { headline: 1, tags: 2, authors: 4, standfirst: 8, body: 16 } as const;

/** How often a term occurs in an article is capped here, which also bounds a posting's code. */
export const MAX_COUNT = 31;

export type SearchManifest = {
  version: number;
  /**
   * Changes whenever any file of the index does (src/build/search/index-id.ts): a page that has loaded parts of
   * one index loads none of the next with them (src/features/search/run-search.ts).
   */
  id: string;
  /** How many articles the index covers. */
  articles: number;
  /** The keys (partKey) of the dictionary parts, sorted. */
  parts: string[];
  /** The keys (typoKey) of the typo parts, sorted. */
  typos: string[];
};

/** The terms that start with one key. */
export type DictionaryPart = {
  /** Folded (normalize.ts), sorted by code unit. */
  terms: string[];
  /** For each term, the number of articles that have it. */
  counts: number[];
  /** The index in `terms` of the first term of each of the part's postings shards, ascending, starting at 0. */
  shards: number[];
};

/** The terms of four characters or more whose typoKey is one key, and where their postings are. */
export type TypoPart = {
  /** Sorted; each is in the dictionary part of its partKey. */
  terms: string[];
  /** For each term, its postings shard within its own part… */
  shards: number[];
  /** …and its position in that shard. */
  positions: number[];
};

/**
 * One shard: for each of its terms in dictionary order, a flat list of pairs
 * (article number minus the previous one's, fields × 32 + occurrences).
 */
export type PostingsShard = { postings: number[][] };

/** A term's characters, as code points: folded terms have no combining marks (normalize.ts), so each is a letter or digit. */
export function characters(term: string): string[] {
  return Array.from(term);
}

/** The dictionary part a term or query word belongs to: its first two characters (code points, any script). */
export function partKey(term: string): string {
  const [first = '', second = ''] = characters(term);
  return first + second;
}

/** Terms this long and longer are in a typo part: a query word with a typo is at least five long (query.ts). */
export const TYPO_PART_MIN_LENGTH = 4;

/** A term's first and third characters: its part's key if its second letter were dropped or changed. */
export function typoKey(term: string): string | null {
  const [first = '', , third = ''] = characters(term);
  return third === '' ? null : first + third;
}

/** A key as a file name: its code points in hex ("ku" → "6b-75"), safe in any URL and file system. */
export function fileKey(key: string): string {
  return characters(key)
    .map((character) => (character.codePointAt(0) ?? 0).toString(16))
    .join('-');
}

export function encodePosting(fields: number, count: number): number {
  return fields * (MAX_COUNT + 1) + Math.min(count, MAX_COUNT);
}

export function decodePosting(code: number): { fields: number; count: number } {
  return { fields: Math.floor(code / (MAX_COUNT + 1)), count: code % (MAX_COUNT + 1) };
}
