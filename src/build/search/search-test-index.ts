/** An in-memory search index for tests: built from content as the build builds it, queried as the browser queries it. */
import type { PostingsShard, SearchDictionary } from '../../lib/search/index-format.ts';
import { planQuery, postingsFrom, rankArticles, type Hit } from '../../lib/search/query.ts';
import type { Article, Author, Tag } from '../content/schema.ts';
import { buildCatalogue } from '../view-model/catalogue.ts';
import { buildSearchIndex } from './build-index.ts';

const TEST_AUTHORS: Author[] = [
  { slug: 'jane-doe', name: 'Jane Doe', role: 'Reporter', bio: 'Writes.' },
  { slug: 'olena', name: 'Олена Гончарова', role: 'Editor', bio: 'Edits.' },
];
const TEST_TAGS: Tag[] = [
  { slug: 'kyiv', name: 'Київ' },
  { slug: 'rail', name: 'Rail' },
];

const TEST_SITE = { title: 'Test', description: 'A test.', url: 'https://example.org', language: 'en' };

export type TestIndex = { dictionary: SearchDictionary; shards: PostingsShard[]; search: (query: string) => Hit[] };

export function testIndex(articles: Article[], shardNumbers?: number): TestIndex {
  const catalogue = buildCatalogue({ site: TEST_SITE, authors: TEST_AUTHORS, tags: TEST_TAGS, articles, pages: [] });
  const { dictionary, shards } = buildSearchIndex(catalogue.articles, shardNumbers);
  const postingsOf = postingsFrom(dictionary, (index) => shards[index]);
  return { dictionary, shards, search: (query) => rankArticles(dictionary, planQuery(dictionary, query), postingsOf) };
}
