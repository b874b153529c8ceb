/**
 * Builds the search index files (index-format.ts) from validated content.
 * Runs at build time and in the dev server; pure.
 */
import { compareByRecency } from '../content/derive.ts';
import { inlineToPlainText, parseInline } from '../content/inline-markup.ts';
import type { Article, Author, Block, Tag } from '../content/schema.ts';
import {
  encodePosting,
  FIELD,
  INDEX_VERSION,
  searchPaths,
  type PostingsShard,
  type SearchDictionary,
} from './index-format.ts';
import { terms } from './normalize.ts';

/** About 16 KB of JSON a shard (4 K numbers): a query's first download stays small at any size. */
export const SHARD_NUMBERS = 4096;

type Content = { authors: readonly Author[]; tags: readonly Tag[]; articles: readonly Article[] };

function blockText(block: Block): string {
  if (typeof block === 'string') return block;
  switch (block.type) {
    case 'heading':
    case 'quote':
      return block.text;
    case 'list':
      return block.items.join('\n');
    case 'image':
      return block.caption ?? '';
  }
}

/** Inline markup's link targets and markers are not the article's words. */
function plainText(text: string): string {
  return inlineToPlainText(parseInline(text));
}

export type SearchIndex = { dictionary: SearchDictionary; shards: PostingsShard[] };

/** The files to publish for an index, by path (index-format.ts). */
export function searchIndexFiles({ dictionary, shards }: SearchIndex): Map<string, unknown> {
  const files = new Map<string, unknown>([[searchPaths.dictionary(), dictionary]]);
  shards.forEach((shard, index) => files.set(searchPaths.shard(index), shard));
  return files;
}

export function buildSearchIndex(content: Content, shardNumbers = SHARD_NUMBERS): SearchIndex {
  const tagNames = new Map(content.tags.map((tag) => [tag.slug, tag.name]));
  const authorNames = new Map(content.authors.map((author) => [author.slug, author.name]));
  const articles = [...content.articles].sort(compareByRecency);

  // term → flat [article, code, article, code, …] with absolute article numbers, in article order.
  const postings = new Map<string, number[]>();
  articles.forEach((article, number) => {
    const fields: [number, string][] = [
      [FIELD.headline, article.title],
      [FIELD.tags, article.tags.map((slug) => tagNames.get(slug) ?? slug).join(' ')],
      [FIELD.authors, article.authors.map((slug) => authorNames.get(slug) ?? slug).join(' ')],
      [FIELD.standfirst, article.standfirst ?? ''],
      [FIELD.body, article.body.map((block) => plainText(blockText(block))).join('\n')],
    ];
    const seen = new Map<string, { fields: number; count: number }>();
    for (const [field, text] of fields) {
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
