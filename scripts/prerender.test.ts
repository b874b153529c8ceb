// @vitest-environment node
/**
 * Which file each address of the site is written to, and which head it gets.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { expect, test } from 'vitest';

import { buildPageData } from '../src/build/view-model/page-data.ts';
import type { Article } from '../src/build/content/schema.ts';
import { headOf } from '../src/build/page-kinds.ts';
import { pathnameOf, type SitePage } from '../src/lib/page-kinds.ts';
import {
  articleHead,
  authorHead,
  authorIndexHead,
  latestHead,
  tagHead,
  tagIndexHead,
} from '../src/build/seo/page-head.ts';
import { START_SCRIPT } from './app-start.ts';
import { htmlFileOf, pageTemplate } from './prerender.ts';

function article(n: number, tags: string[]): Article {
  const publishedAt = new Date(Date.UTC(2025, 0, n)).toISOString().slice(0, 10);
  return { slug: `a${n}`, title: `Article ${n}`, publishedAt, authors: ['jane-doe'], tags, body: ['Text.'] };
}

/** 21 articles: two pages of the latest list and of Jane's page; one page of Science. */
const data = buildPageData({
  site: { title: 'The Ledger', description: 'News.', url: 'https://ledger.example.org', language: 'en' },
  authors: [{ slug: 'jane-doe', name: 'Jane Doe', bio: 'Jane reports.' }],
  tags: [{ slug: 'science', name: 'Science', description: 'Research.' }],
  articles: Array.from({ length: 21 }, (_, index) => article(index + 1, index === 0 ? ['science'] : [])),
});
const site = data.site;

function pageOf<K extends SitePage['kind']>(kind: K, pathname: string): Extract<SitePage, { kind: K }> {
  const found = data.pages.find(
    (page): page is Extract<SitePage, { kind: K }> => page.kind === kind && pathnameOf(page) === pathname,
  );
  if (found === undefined) throw new Error(`no ${kind} page at ${pathname}`);
  return found;
}

test('htmlFileOf: the root is index.html, every other address a folder with its own index.html', () => {
  expect(htmlFileOf('/')).toBe('index.html');
  expect(htmlFileOf('/page/2')).toBe('page/2/index.html');
  expect(htmlFileOf('/page/1')).toBe('page/1/index.html');
  expect(htmlFileOf('/articles/kim-jong-un')).toBe('articles/kim-jong-un/index.html');
  expect(htmlFileOf('/tags')).toBe('tags/index.html');
  expect(htmlFileOf('/tags/science')).toBe('tags/science/index.html');
  expect(htmlFileOf('/tags/science/page/3')).toBe('tags/science/page/3/index.html');
  expect(htmlFileOf('/authors')).toBe('authors/index.html');
  expect(htmlFileOf('/authors/jane-doe')).toBe('authors/jane-doe/index.html');
  expect(htmlFileOf('/authors/jane-doe/page/2')).toBe('authors/jane-doe/page/2/index.html');
});

test('htmlFileOf gives every page of a site its own relative file', () => {
  // The not-found page is 404.html, by the hosts' convention.
  const files = data.pages.filter((page) => page.kind !== 'not-found').map((page) => htmlFileOf(pathnameOf(page)));
  expect(new Set(files).size).toBe(files.length);
  for (const file of files) {
    expect(file).toMatch(/^(?:[a-z0-9-]+\/)*index\.html$/);
  }
  expect(files.filter((file) => !file.startsWith('articles/'))).toEqual([
    'index.html',
    'page/2/index.html',
    'tags/science/index.html',
    'authors/jane-doe/index.html',
    'authors/jane-doe/page/2/index.html',
    'tags/index.html',
    'authors/index.html',
    'search/index.html',
  ]);
});

test('headOf: a latest page gets the latest head', () => {
  const first = pageOf('latest', '/');
  expect(headOf(first, site)).toEqual(latestHead(first.data, site));
  expect(headOf(first, site).title).toBe('The Ledger');
  const second = pageOf('latest', '/page/2');
  expect(headOf(second, site)).toEqual(latestHead(second.data, site));
  expect(headOf(second, site).title).toBe('Latest, page 2 · The Ledger');
});

test('headOf: an article page gets the article head', () => {
  const page = pageOf('article', '/articles/a1');
  const head = headOf(page, site);
  expect(head).toEqual(articleHead(page.data, site));
  expect(head.type).toBe('article');
  expect(head.title).toBe('Article 1 · The Ledger');
  expect(head.jsonLd[0]).toMatchObject({ '@type': 'NewsArticle', headline: 'Article 1' });
});

test('headOf: a tag page gets the tag head', () => {
  const page = pageOf('tag', '/tags/science');
  const head = headOf(page, site);
  expect(head).toEqual(tagHead(page.data, site));
  expect(head.title).toBe('Science · The Ledger');
  expect(head.description).toBe('Research.');
});

test('headOf: an author page gets the author head, on every page of the list', () => {
  const page = pageOf('author', '/authors/jane-doe/page/2');
  const head = headOf(page, site);
  expect(head).toEqual(authorHead(page.data, site));
  expect(head.type).toBe('profile');
  expect(head.title).toBe('Jane Doe, page 2 · The Ledger');
});

test('headOf: the indexes get the tag-index and author-index heads', () => {
  const tags = pageOf('tag-index', '/tags');
  expect(headOf(tags, site)).toEqual(tagIndexHead(tags.data, site));
  expect(headOf(tags, site).title).toBe('Tags · The Ledger');
  const authors = pageOf('author-index', '/authors');
  expect(headOf(authors, site)).toEqual(authorIndexHead(authors.data, site));
  expect(headOf(authors, site).title).toBe('Authors · The Ledger');
});

test("headOf: every page's canonical path is the address it is written for; only the not-found page is noindex", () => {
  for (const page of data.pages) {
    const head = headOf(page, site);
    expect(head.path, page.kind).toBe(pathnameOf(page));
    expect(head.noindex, page.kind).toBe(page.kind === 'not-found');
  }
});

test('pageTemplate: the stylesheet inlined, and a policy that allows exactly its inline script and style by hash', () => {
  const outDir = mkdtempSync(path.join(tmpdir(), 'broadsheet-template-'));
  try {
    mkdirSync(path.join(outDir, 'assets'));
    writeFileSync(path.join(outDir, 'assets/style-1.css'), 'body{color:red}');
    const indexHtml = [
      '<html><head><meta charset="UTF-8" />',
      '<script>theme()</script>',
      '<script type="module" crossorigin src="/news/assets/index-1.js"></script>',
      '<link rel="stylesheet" crossorigin href="/news/assets/style-1.css">',
      '</head><body><div id="root"></div></body></html>',
    ].join('\n');
    const { template, policy } = pageTemplate(indexHtml, outDir, '/news/');
    const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
    expect(template).toContain('<style>body{color:red}</style>');
    expect(policy).toContain(`script-src 'self' ${sha256('theme()')} ${sha256(START_SCRIPT)};`);
    expect(policy).toContain(`style-src 'self' ${sha256('body{color:red}')};`);
    expect(template.indexOf('http-equiv="Content-Security-Policy"')).toBeLessThan(template.indexOf('<script>'));
    // The script that starts the app after the first paint is allowed too, and the app is no longer in <head>.
    expect(policy).toContain(sha256(START_SCRIPT));
    expect(template.slice(0, template.indexOf('</head>'))).not.toContain('type="module"');
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
});
