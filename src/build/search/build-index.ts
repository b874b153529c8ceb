/**
 * Builds the search index files (index-format.ts) from the site's view
 * model, article n being the n-th in the site's order (catalogue.ts). Runs
 * at build time and in the dev server; pure.
 */
import type { ArticleView } from '../../lib/content/model.ts';
import { bodyText } from '../../lib/content/plain-text.ts';
import {
  encodePosting,
  FIELD,
  INDEX_VERSION,
  type PostingsShard,
  type SearchDictionary,
} from '../../lib/search/index-format.ts';
import { terms } from '../../lib/search/normalize.ts';

/** About 16 KB of JSON a shard (4 K numbers): a query's first download stays small at any size. */
export const SHARD_NUMBERS = 4096;

export type SearchIndex = { dictionary: SearchDictionary; shards: PostingsShard[] };

/**
 * What search finds an article by (docs/content-format.md, "search"): its
 * title, standfirst, the text of its body's blocks and its lead caption
 * (plain-text.ts: bodyText), its tags' and its authors' names.
 */
export function searchFields(article: ArticleView): [number, string][] {
  return [
    [FIELD.headline, article.title],
    [FIELD.tags, article.tags.map((tag) => tag.name).join(' ')],
    [FIELD.authors, article.authors.map((author) => author.name).join(' ')],
    [FIELD.standfirst, article.standfirst ?? ''],
    [FIELD.body, bodyText(article).join('\n')],
  ];
}

/** `articles` in the site's order: the index numbers them by position. */
export function buildSearchIndex(articles: readonly ArticleView[], shardNumbers = SHARD_NUMBERS): SearchIndex {
  // term → flat [article, code, article, code, …] with absolute article numbers, in article order.
  const postings = new Map<string, number[]>();
  articles.forEach((article, number) => {
    const seen = new Map<string, { fields: number; count: number }>();
    for (const [field, text] of searchFields(article)) {
      for (const term of terms(text)) {
        const entry = seen.get(term);
        if (entry === undefined) seen.set(term, { fields: field, count: 1 });
        else {
          entry.fields |= field;
          entry.count++;
        }
      }
    }
    for (const [term, { fields: mask, count }] of seen) {
      let list = postings.get(term);
      if (list === undefined) postings.set(term, (list = []));
      list.push(number, encodePosting(mask, count));
    }
  });

  const sorted = [...postings.keys()].sort();
  const dictionary: SearchDictionary = {
    version: INDEX_VERSION,
    articles: articles.length,
    terms: sorted,
    counts: [],
    shards: [],
  };
  const shards: PostingsShard[] = [];
  let current: PostingsShard | null = null;
  let size = 0;
  sorted.forEach((term, index) => {
    const list = postings.get(term) ?? [];
    dictionary.counts.push(list.length / 2);
    if (current === null || (size > 0 && size + list.length > shardNumbers)) {
      current = { postings: [] };
      shards.push(current);
      dictionary.shards.push(index);
      size = 0;
    }
    current.postings.push(deltaEncode(list));
    size += list.length;
  });

  return { dictionary, shards };
}

/** Article numbers as differences from the previous one: small numbers, short JSON. */
function deltaEncode(list: readonly number[]): number[] {
  const encoded = [...list];
  for (let index = encoded.length - 2; index >= 2; index -= 2) {
    encoded[index] = (list[index] ?? 0) - (list[index - 2] ?? 0);
  }
  return encoded;
}
