import { expect, test } from 'vitest';

import { anArticle, anAuthor } from '../../test/view-models.ts';
import { articleIsland, pageIsland } from './islands.ts';

test("an article's island leaves its body, related reading and author cards to the page, and keeps the rest", () => {
  const author = anAuthor({ role: 'Reporter', bio: ['A bio.'], links: [{ label: 'Site', url: 'https://a.example/' }] });
  const article = anArticle({
    authors: [author],
    related: [{ slug: 'b', title: 'B', publishedAt: '2026-01-02', primaryTag: null }],
  });
  const { body: _body, related: _related, authors: _authors, ...rest } = article;
  expect(article.body.length).toBeGreaterThan(0);
  expect(articleIsland(article)).toEqual({
    ...rest,
    authors: [{ slug: author.slug, name: author.name, avatar: author.avatar }],
  });
});

test("a standalone page's island leaves its body to the page", () => {
  const page = {
    slug: 'about',
    title: 'About',
    standfirst: null,
    excerpt: 'Who we are.',
    updatedAt: null,
    image: null,
    body: [{ type: 'paragraph' as const, content: ['Who we are.'] }],
  };
  const { body: _body, ...rest } = page;
  expect(pageIsland(page)).toEqual(rest);
});
