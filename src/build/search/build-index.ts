/**
 * Builds the search index files (index-format.ts) from the site's view
 * model, article n being the n-th published, 0 = the oldest (pagination.ts: articleNumber). Runs
 * at build time and in the dev server; pure.
 */
import type { ArticleView } from '../../lib/content/model.ts';
import { bodyText } from '../../lib/content/plain-text.ts';
import {
  characters,
  encodePosting,
  FIELD,
  INDEX_VERSION,
  partKey,
  TYPO_PART_MIN_LENGTH,
  typoKey,
  type DictionaryPart,
  type PostingsShard,
  type SearchManifest,
  type TypoPart,
} from '../../lib/search/index-format.ts';
import { terms } from '../../lib/search/normalize.ts';
import { indexIdHasher } from './index-id.ts';

/**
 * About 8 KB of JSON a shard (2 K numbers): a query's first download stays small at any size. Halved from 4 K for
 * a real vocabulary, whose prefix and typo matches are spread over many shards of which a query needs few terms.
 */
export const SHARD_NUMBERS = 2048;

export type IndexPart = { key: string; part: DictionaryPart; shards: PostingsShard[] };
export type SearchIndex = { manifest: SearchManifest; parts: IndexPart[]; typos: { key: string; part: TypoPart }[] };

/** An article's view as search reads it: without its related reading, so that the index can start before that is made. */
export type SearchableArticle = Pick<ArticleView, 'title' | 'tags' | 'authors' | 'standfirst' | 'body' | 'image'>;

/**
 * What search finds an article by (docs/content-format.md, "search"): its
 * title, standfirst, the text of its body's blocks and its lead caption
 * (plain-text.ts: bodyText), its tags' and its authors' names.
 */
export function searchFields(article: SearchableArticle): [number, string][] {
  return [
    [FIELD.headline, article.title],
    [FIELD.tags, article.tags.map((tag) => tag.name).join(' ')],
    [FIELD.authors, article.authors.map((author) => author.name).join(' ')],
    [FIELD.standfirst, article.standfirst ?? ''],
    [FIELD.body, bodyText(article).join('\n')],
  ];
}

/** `articles` in the site's order (0 = the newest): the index numbers them from the oldest (pagination.ts: articleNumber). */
export function buildSearchIndex(articles: readonly ArticleView[], shardNumbers = SHARD_NUMBERS): SearchIndex {
  return searchIndexOfFields([...articles].reverse().map(searchFields), shardNumbers);
}

/**
 * An article's terms as an index numbered them: each term's number, then its fields and count as a posting codes
 * them (encodePosting), for each term the article has. What a build keeps of each article, so that the next one
 * indexes only the articles whose text changed (scripts/search-terms-memo.ts).
 */
export type ArticleTerms = Int32Array;

/**
 * Another index's terms, by the numbers its ArticleTerms give them, and the number this builder gave each (-1: none
 * yet), filled in as they are met.
 */
export type ForeignTerms = { terms: readonly string[]; numbers: Int32Array };

export function foreignTerms(terms: readonly string[]): ForeignTerms {
  return { terms, numbers: new Int32Array(terms.length).fill(-1) };
}

/** Articles' fields taken one at a time, in order, and the index made of them at the end (searchIndexOfFields). */
export type SearchIndexBuilder = {
  /** The next article's fields: its number is how many came before it. Returns its terms, numbered by this builder. */
  add: (fields: Iterable<readonly [number, string]>) => ArticleTerms;
  /**
   * The next article from its terms as `add` found them for an article with the same fields, in this build or
   * another (`from` numbers their terms): the index is the same as if its fields had been added. Returns them
   * numbered by this builder.
   */
  addTerms: (terms: ArticleTerms, from: ForeignTerms) => ArticleTerms;
  /** Every term this builder has numbered, by number. */
  terms: () => string[];
  /** The index of every article added. */
  finish: () => SearchIndex;
};

/**
 * The index of each article's searchable fields, by article number (their order): what buildSearchIndex makes of
 * the articles themselves, for a build that makes it on another thread (scripts/search-index-worker.ts) and sends
 * it only text, a batch of articles at a time as their views are made (packed-fields.ts).
 */
export function searchIndexBuilder(shardNumbers = SHARD_NUMBERS): SearchIndexBuilder {
  // Each term is numbered once; by number, its postings (flat [article, code, article, code, …] with absolute
  // article numbers, in article order), and the article that last had it with its fields and count there. One
  // lookup a word and no object a term and article: at 10,000 articles the index takes 1.6-2.1 s in one thread,
  // against 2.2-2.6 s with a map of each article's terms, and its files are the same.
  const termNumbers = new Map<string, number>();
  // Typed arrays, doubled as they fill: at 100,000 articles (54 million numbers) arrays of numbers took 1.3 GB more
  // of the thread's memory, most of it the copies each array leaves behind as it grows.
  const postings: Int32Array[] = [];
  const lengths: number[] = [];
  const lastArticle: number[] = [];
  const fieldMasks: number[] = [];
  const counts: number[] = [];
  let articles = 0;
  const numberOf = (term: string) => {
    let id = termNumbers.get(term);
    if (id === undefined) {
      id = postings.length;
      termNumbers.set(term, id);
      postings.push(new Int32Array(8));
      lengths.push(0);
      lastArticle.push(-1);
      fieldMasks.push(0);
      counts.push(0);
    }
    return id;
  };
  const post = (id: number, number: number, code: number) => {
    let list = postings[id] ?? new Int32Array(8);
    const length = lengths[id] ?? 0;
    if (length + 2 > list.length) {
      const grown = new Int32Array(list.length * 2);
      grown.set(list);
      postings[id] = list = grown;
    }
    list[length] = number;
    list[length + 1] = code;
    lengths[id] = length + 2;
  };
  const add = (fields: Iterable<readonly [number, string]>) => {
    const number = articles;
    articles += 1;
    const found: number[] = [];
    for (const [field, text] of fields) {
      for (const term of terms(text)) {
        const id = numberOf(term);
        if (lastArticle[id] === number) {
          fieldMasks[id] = (fieldMasks[id] ?? 0) | field;
          counts[id] = (counts[id] ?? 0) + 1;
        } else {
          lastArticle[id] = number;
          fieldMasks[id] = field;
          counts[id] = 1;
          found.push(id);
        }
      }
    }
    const foundTerms = new Int32Array(found.length * 2);
    found.forEach((id, index) => {
      const code = encodePosting(fieldMasks[id] ?? 0, counts[id] ?? 0);
      post(id, number, code);
      foundTerms[index * 2] = id;
      foundTerms[index * 2 + 1] = code;
    });
    return foundTerms;
  };
  const addTerms = (known: ArticleTerms, from: ForeignTerms) => {
    const number = articles;
    articles += 1;
    const own = new Int32Array(known.length);
    for (let index = 0; index + 1 < known.length; index += 2) {
      const foreign = known[index] ?? -1;
      let id = from.numbers[foreign] ?? -1;
      if (id < 0) {
        const term = from.terms[foreign];
        if (term === undefined) throw new RangeError(`no term number ${foreign} of ${from.terms.length}`);
        id = numberOf(term);
        from.numbers[foreign] = id;
      }
      // Not an article `add` may meet again: lastArticle only tells add's own terms apart within one article.
      const code = known[index + 1] ?? 0;
      post(id, number, code);
      own[index] = id;
      own[index + 1] = code;
    }
    return own;
  };
  return {
    add,
    addTerms,
    terms: () => [...termNumbers.keys()],
    finish: () => finishIndex({ termNumbers, postings, lengths, articles }, shardNumbers),
  };
}

/** The index of `fieldsOfArticles`, by article number (their order). */
export function searchIndexOfFields(
  fieldsOfArticles: Iterable<readonly (readonly [number, string])[]>,
  shardNumbers = SHARD_NUMBERS,
): SearchIndex {
  const builder = searchIndexBuilder(shardNumbers);
  for (const fields of fieldsOfArticles) builder.add(fields);
  return builder.finish();
}

type Postings = {
  termNumbers: ReadonlyMap<string, number>;
  postings: readonly Int32Array[];
  lengths: readonly number[];
  articles: number;
};

/** Every term with its postings, cut into parts and shards, and the typo parts. */
function finishIndex({ termNumbers, postings, lengths, articles }: Postings, shardNumbers: number): SearchIndex {
  const sorted = [...termNumbers.keys()].sort();
  // Every term with its postings, and how they are cut into shards: all the files hold (the typo parts follow).
  const hasher = indexIdHasher();
  hasher.number(INDEX_VERSION);
  hasher.number(articles);
  hasher.number(shardNumbers);
  const parts: IndexPart[] = [];
  const typos = new Map<string, TypoPart>();
  // Sorted terms with the same first two characters are neighbours: each part is one run.
  let shard: PostingsShard | null = null;
  let size = 0;
  for (const term of sorted) {
    const id = termNumbers.get(term) ?? -1;
    const list = postings[id]?.subarray(0, lengths[id]) ?? new Int32Array(0);
    hasher.term(term);
    for (const value of list) hasher.number(value);
    const key = partKey(term);
    let current = parts.at(-1);
    if (current?.key !== key) {
      current = { key, part: { terms: [], counts: [], shards: [] }, shards: [] };
      parts.push(current);
      shard = null;
    }
    if (shard === null || (size > 0 && size + list.length > shardNumbers)) {
      shard = { postings: [] };
      current.shards.push(shard);
      current.part.shards.push(current.part.terms.length);
      size = 0;
    }
    current.part.terms.push(term);
    current.part.counts.push(list.length / 2);
    shard.postings.push(deltaEncode(list));
    size += list.length;

    const typo = typoKey(term);
    if (typo !== null && typo !== key && characters(term).length >= TYPO_PART_MIN_LENGTH) {
      let typoPart = typos.get(typo);
      if (typoPart === undefined) typos.set(typo, (typoPart = { terms: [], shards: [], positions: [] }));
      typoPart.terms.push(term);
      typoPart.shards.push(current.shards.length - 1);
      typoPart.positions.push(shard.postings.length - 1);
    }
  }

  const typoKeys = [...typos.keys()].sort();
  return {
    manifest: {
      version: INDEX_VERSION,
      id: hasher.id(),
      articles,
      parts: parts.map(({ key }) => key),
      typos: typoKeys,
    },
    parts,
    typos: typoKeys.map((key) => ({ key, part: typos.get(key) ?? { terms: [], shards: [], positions: [] } })),
  };
}

/** Article numbers as differences from the previous one: small numbers, short JSON. */
function deltaEncode(list: Int32Array): number[] {
  const encoded = Array.from(list);
  for (let index = encoded.length - 2; index >= 2; index -= 2) {
    encoded[index] = (list[index] ?? 0) - (list[index - 2] ?? 0);
  }
  return encoded;
}
