import { afterEach, expect, test, vi } from 'vitest';

import { anArticleFile, day } from '../../build/test-content.ts';
import { buildPageData } from '../../build/view-model/page-data.ts';
import { setDataFetch } from '../../lib/content/api.ts';
import { cachingFetch } from '../../lib/content/data-cache.ts';
import { siteFetch } from '../../test/page-response.ts';
import { loadFilteredLatest, loadTagOffers } from './tag-filter-loader.ts';

const site = { title: 'The Ledger', description: 'News.', url: 'https://ledger.example.org', language: 'en' };
const authors = [{ slug: 'jane-doe', name: 'Jane Doe' }];
const tags = [{ slug: 'rail', name: 'Rail' }];
const articles = [
  anArticleFile('old-line', { title: 'An old line', publishedAt: day(1), tags: ['rail'] }),
  anArticleFile('new-line', { title: 'A new line', publishedAt: day(2), tags: ['rail'] }),
];
const before = buildPageData({ site, authors, tags, pages: [], articles });
// Published since: a newer article with the tag, the next number (0 is the oldest).
const after = buildPageData({
  site,
  authors,
  tags,
  pages: [],
  articles: [
    ...articles,
    anArticleFile('night-train', { title: 'A night train', publishedAt: day(3), tags: ['rail'] }),
  ],
});

afterEach(() => {
  vi.restoreAllMocks();
  setDataFetch((input, init) => fetch(input, init));
});

test('the filtered home lists the matches of the tags, newest first', async () => {
  setDataFetch(siteFetch(before));
  const filtered = await loadFilteredLatest('rail', 1);
  expect(filtered?.list.items.map((item) => item.slug)).toEqual(['new-line', 'old-line']);
});

test('after a publication, a summaries file the data cache kept from before is asked for again', async () => {
  let now = Date.now();
  vi.spyOn(Date, 'now').mockImplementation(() => now);
  let served = before;
  const paths: string[] = [];
  setDataFetch(
    cachingFetch((input, init) =>
      siteFetch(served, (path) => {
        paths.push(path);
      })(input, init),
    ),
  );

  // The filter's file at 0 s (the home's offers), the summaries at 20 s: the cache keeps them until 30 and 50 s.
  await loadTagOffers();
  now += 20_000;
  expect((await loadFilteredLatest('rail', 1))?.list.items).toHaveLength(2);
  served = after;
  now += 10_001;
  paths.length = 0;

  // The new filter file names the new article's number, which the kept summaries file does not have.
  const filtered = await loadFilteredLatest('rail', 1);
  expect(filtered?.list.items.map((item) => item.slug)).toEqual(['night-train', 'new-line', 'old-line']);
  expect(paths.filter((path) => path.startsWith('data/summaries-by-number/'))).toEqual([
    'data/summaries-by-number/0.json',
  ]);
});

test('a tag the kept filter file does not have yet is asked for again before it is "not found"', async () => {
  const withNewTag = buildPageData({
    site,
    authors,
    tags: [...tags, { slug: 'night', name: 'Night' }],
    pages: [],
    articles: [
      ...articles,
      anArticleFile('night-train', { title: 'A night train', publishedAt: day(3), tags: ['night'] }),
    ],
  });
  let served = before;
  setDataFetch(cachingFetch((input, init) => siteFetch(served)(input, init)));
  await loadTagOffers();
  served = withNewTag;

  const filtered = await loadFilteredLatest('night', 1);
  expect(filtered?.list.items.map((item) => item.slug)).toEqual(['night-train']);
  // A tag that no build has is not found, after the second asking.
  await expect(loadFilteredLatest('nowhere', 1)).rejects.toMatchObject({ status: 404 });
  await expect(loadFilteredLatest('night', 2)).rejects.toMatchObject({ status: 404 });
});
