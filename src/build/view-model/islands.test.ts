import { expect, test } from 'vitest';

import { aSummary, anArticle, anAuthor } from '../../test/view-models.ts';
import { articleIsland, authorPageIsland, listIsland, pageIsland, tagPageIsland } from './islands.ts';

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

test("a list page's island keeps its place in the list and leaves the entries to the page", () => {
  const list = { page: 2, pageCount: 3, total: 45, items: [aSummary()] };
  const position = { page: 2, pageCount: 3, total: 45 };
  expect(listIsland(list)).toEqual(position);
  const tag = { slug: 'rail', name: 'Rail', description: null, articleCount: 45 };
  expect(tagPageIsland({ tag, list })).toEqual({ tag, list: position });
  const author = anAuthor();
  expect(authorPageIsland({ author, list })).toEqual({ author, list: position });
});
