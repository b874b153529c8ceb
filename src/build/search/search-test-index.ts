/** An in-memory search index for tests: built from content as the build builds it, queried as the browser queries it. */
import {
  partsFor,
  planQuery,
  postingsFrom,
  rankArticles,
  rankTop,
  type Hit,
  type LoadedParts,
  type QueryPlan,
  type Ranking,
} from '../../lib/search/query.ts';
import type { Article, Author, Tag } from '../content/schema.ts';
import { buildCatalogue } from '../view-model/catalogue.ts';
import { buildSearchIndex, type SearchIndex } from './build-index.ts';

const TEST_AUTHORS: Author[] = [
  { slug: 'jane-doe', name: 'Jane Doe', role: 'Reporter', bio: 'Writes.' },
  { slug: 'olena', name: 'Олена Гончарова', role: 'Editor', bio: 'Edits.' },
];
const TEST_TAGS: Tag[] = [
  { slug: 'kyiv', name: 'Київ' },
  { slug: 'rail', name: 'Rail' },
];

const TEST_SITE = { title: 'Test', description: 'A test.', url: 'https://example.org', language: 'en' };

export type TestIndex = SearchIndex & {
  search: (query: string) => Hit[];
  /** The query's total and its best `limit` hits, as a page of results asks (run-search.ts). */
  searchTop: (query: string, limit: number) => Ranking;
  /** The plan from only the parts the query names. */
  plan: (query: string) => QueryPlan;
};

/** Every part of an index, as if the browser had loaded them all. */
export function allParts(index: SearchIndex): LoadedParts {
  const parts = new Map(index.parts.map(({ key, part }) => [key, part]));
  const typos = new Map(index.typos.map(({ key, part }) => [key, part]));
  return { part: (key) => parts.get(key), typo: (key) => typos.get(key) };
}

export function testIndex(articles: Article[], shardNumbers?: number): TestIndex {
  const catalogue = buildCatalogue({ site: TEST_SITE, authors: TEST_AUTHORS, tags: TEST_TAGS, articles, pages: [] });
  const index = buildSearchIndex(catalogue.articles, shardNumbers);
  const all = allParts(index);
  const shards = new Map(index.parts.map(({ key, shards: partShards }) => [key, partShards]));
  const postingsOf = postingsFrom((part, shard) => shards.get(part)?.[shard]);
  const plan = (query: string) => {
    // Only the parts the query asks for, as the browser loads them (run-search.ts).
    const needed = partsFor(index.manifest, query);
    const loaded: LoadedParts = {
      part: (key) => (needed.parts.includes(key) ? all.part(key) : undefined),
      typo: (key) => (needed.typos.includes(key) ? all.typo(key) : undefined),
    };
    return planQuery(loaded, query);
  };
  return {
    ...index,
    plan,
    search: (query) => rankArticles(index.manifest, plan(query), postingsOf),
    searchTop: (query, limit) => rankTop(index.manifest, plan(query), postingsOf, limit),
  };
}
