/** An in-memory search index for tests: built as the build builds it, read as the browser reads it. */
import type { Article, Author, Tag } from '../content/schema.ts';
import { buildSearchIndex, searchIndexFiles } from './build-index.ts';
import { searchPaths, type PostingsShard, type SearchDictionary } from './index-format.ts';
import { planQuery, rankArticles, shardOf, type Hit } from './query.ts';

export const TEST_AUTHORS: Author[] = [
  { slug: 'jane-doe', name: 'Jane Doe', role: 'Reporter', bio: 'Writes.' },
  { slug: 'olena', name: 'Олена Гончарова', role: 'Editor', bio: 'Edits.' },
];
export const TEST_TAGS: Tag[] = [
  { slug: 'kyiv', name: 'Київ' },
  { slug: 'rail', name: 'Rail' },
];

export type TestIndex = { dictionary: SearchDictionary; shards: PostingsShard[]; search: (query: string) => Hit[] };

function isDictionary(value: unknown): value is SearchDictionary {
  return typeof value === 'object' && value !== null && 'terms' in value && 'shards' in value;
}

function isShard(value: unknown): value is PostingsShard {
  return typeof value === 'object' && value !== null && 'postings' in value;
}

export function testIndex(articles: Article[], shardNumbers?: number): TestIndex {
  const files = searchIndexFiles(buildSearchIndex({ authors: TEST_AUTHORS, tags: TEST_TAGS, articles }, shardNumbers));
  // Through JSON, as the browser gets them.
  const read = (path: string): unknown => JSON.parse(JSON.stringify(files.get(path) ?? null));
  const dictionary = read(searchPaths.dictionary());
  if (!isDictionary(dictionary)) throw new Error('no dictionary');
  const shards: PostingsShard[] = dictionary.shards.map((_, index) => {
    const shard = read(searchPaths.shard(index));
    if (!isShard(shard)) throw new Error(`no shard ${index}`);
    return shard;
  });
  const postingsOf = (term: number) => {
    const shard = shardOf(dictionary, term);
    return shards[shard]?.postings[term - (dictionary.shards[shard] ?? 0)] ?? [];
  };
  return { dictionary, shards, search: (query) => rankArticles(dictionary, planQuery(dictionary, query), postingsOf) };
}
