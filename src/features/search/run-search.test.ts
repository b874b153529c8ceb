import { afterEach, expect, test } from 'vitest';

import { anArticleFile, day } from '../../build/test-content.ts';
import { buildPageData } from '../../build/view-model/page-data.ts';
import { setDataFetch } from '../../lib/content/api.ts';
import { siteFetch } from '../../test/page-response.ts';
import { forgetSearchFiles, runSearch } from './run-search.ts';

const data = buildPageData({
  site: { title: 'The Ledger', description: 'News.', url: 'https://ledger.example.org', language: 'en' },
  authors: [{ slug: 'jane-doe', name: 'Jane Doe' }],
  tags: [],
  pages: [],
  articles: [
    anArticleFile('kursk', { title: 'Troops return from Kursk', publishedAt: day(3) }),
    anArticleFile('rail', { title: 'A new rail line to Kyiv', publishedAt: day(2), body: ['Trains run west.'] }),
  ],
});
const requested: string[] = [];

setDataFetch(
  siteFetch(data, (path) => {
    requested.push(`/${path}`);
  }),
);

afterEach(() => {
  requested.length = 0;
});

test('a query fetches the manifest and only the parts and shards its words need, once', async () => {
  const outcome = await runSearch('Krusk', 1);
  expect(outcome.results.map((result) => result.article.slug)).toEqual(['kursk']);
  const search = requested.filter((url) => url.includes('/search/'));
  expect(search).toContain('/data/search/terms.json');
  // "krusk": its own part ("kr") and the part and typo parts of its first and third letters ("ku"), where "kursk" is.
  expect(search).toContain('/data/search/terms-6b-75.json');
  expect(search).not.toContain('/data/search/terms-74-72.json');
  expect(search.length).toBeLessThan(data.files.filter((file) => file.path.startsWith('data/search/')).length / 2);
  requested.length = 0;
  await runSearch('Kursk', 1);
  expect(requested.filter((url) => url.includes('/search/'))).toEqual([]);
});

test('forgetSearchFiles makes the next query fetch the index afresh', async () => {
  await runSearch('Kursk', 1);
  requested.length = 0;
  forgetSearchFiles();
  await runSearch('Kursk', 1);
  expect(requested).toContain('/data/search/terms.json');
  expect(requested).toContain('/data/search/terms-6b-75.json');
});
