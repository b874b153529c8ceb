import { expect, test } from 'vitest';

import { buildPageData } from './page-data.ts';
import type { Article } from './schema.ts';
import { pathnameOf } from './site-pages.ts';

function article(n: number, tags: string[]): Article {
  const publishedAt = new Date(Date.UTC(2025, 0, n)).toISOString().slice(0, 10);
  return { slug: `a${n}`, title: `A ${n}`, publishedAt, authors: ['jane-doe'], tags, body: ['Text.'] };
}

test('every page of the site has its own address, as paths.ts builds it', () => {
  const data = buildPageData({
    site: { title: 'T', description: 'D', url: 'https://example.org', language: 'en' },
    authors: [{ slug: 'jane-doe', name: 'Jane Doe' }],
    tags: [{ slug: 'science', name: 'Science' }],
    articles: Array.from({ length: 21 }, (_, index) => article(index + 1, index === 0 ? ['science'] : [])),
  });
  const pathnames = data.pages.map(pathnameOf);
  expect(new Set(pathnames).size).toBe(pathnames.length);
  expect(pathnames.filter((pathname) => !pathname.startsWith('/articles/'))).toEqual([
    '/',
    '/page/2',
    '/tags/science',
    '/authors/jane-doe',
    '/authors/jane-doe/page/2',
    '/tags',
    '/authors',
  ]);
  expect(pathnames.filter((pathname) => pathname.startsWith('/articles/'))).toHaveLength(21);
  expect(pathnames[0]).toBe('/articles/a21');
});
