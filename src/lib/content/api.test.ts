// @vitest-environment jsdom
import { afterEach, expect, test } from 'vitest';

import {
  DataLoadError,
  getArticle,
  getAuthorPage,
  getSummaries,
  getPage,
  getTagPage,
  getTagFilter,
  listAuthors,
  listLatest,
  listTags,
  setDataFetch,
} from './api.ts';
import { pageHtml, pageResponse } from '../../test/page-response.ts';
import { aSummary } from '../../test/view-models.ts';
import { ISLAND_ID } from './page-island.ts';

const requested: string[] = [];

function serve(respond: (url: string) => Response) {
  setDataFetch((input) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    requested.push(url);
    return Promise.resolve(respond(url));
  });
}

afterEach(() => {
  requested.length = 0;
  setDataFetch((input, init) => fetch(input, init));
  document.body.replaceChildren();
});

test("an address's data is the island of its one HTML file, fetched under the base URL", async () => {
  serve(() => pageResponse('/articles/harbour', { slug: 'harbour', body: [], related: [] }));
  await expect(getArticle('harbour')).resolves.toEqual({ slug: 'harbour', body: [], related: [] });
  serve(() => pageResponse('/page/2', { page: 2, items: [] }));
  await expect(listLatest({ page: 2 })).resolves.toEqual({ page: 2, items: [] });
  serve(() => pageResponse('/', { page: 1, items: [] }));
  await expect(listLatest({ page: 1 })).resolves.toEqual({ page: 1, items: [] });
  const base = import.meta.env.BASE_URL;
  expect(requested).toEqual([`${base}articles/harbour/`, `${base}page/2/`, base]);
});

/** A prerendered article page: its island without the parts that its markup holds. */
function articlePage(from: string, related: boolean): string {
  const island = pageHtml('/articles/harbour', { slug: 'harbour' });
  const parts =
    `<div data-part="body" class="article-body"><p>Body from the ${from}, <a href="/tags/x">linked</a>.</p></div>` +
    '<section><div data-part="authors"><h3>Ana</h3></div></section>' +
    (related ? `<section><div data-part="related"><ol><li>Related from the ${from}</li></ol></div></section>` : '');
  return island.replace('<h1>Page</h1>', `<h1>Page</h1>${parts}`);
}

test("an article's body, related reading and author cards come from its page's markup when its island leaves them out", async () => {
  serve(() => new Response(articlePage('network', true), { headers: { 'content-type': 'text/html' } }));
  await expect(getArticle('harbour')).resolves.toEqual({
    slug: 'harbour',
    body: { markup: '<p>Body from the network, <a href="/tags/x">linked</a>.</p>' },
    related: { markup: '<ol><li>Related from the network</li></ol>' },
    authorCards: { markup: '<h3>Ana</h3>' },
  });

  // The first load: from the document the reader opened.
  document.body.replaceChildren(
    ...new DOMParser().parseFromString(articlePage('document', false), 'text/html').body.childNodes,
  );
  await expect(getArticle('harbour')).resolves.toEqual({
    slug: 'harbour',
    body: { markup: '<p>Body from the document, <a href="/tags/x">linked</a>.</p>' },
    related: [],
    authorCards: { markup: '<h3>Ana</h3>' },
  });
});

test("the dev server's island holds the whole view: the author cards are its authors", async () => {
  const authors = [{ slug: 'ana', name: 'Ana' }];
  serve(() => pageResponse('/articles/harbour', { slug: 'harbour', body: [], related: [], authors }));
  await expect(getArticle('harbour')).resolves.toEqual({
    slug: 'harbour',
    body: [],
    related: [],
    authors,
    authorCards: authors,
  });
});

test("a standalone page's body comes from its page's markup when its island leaves it out", async () => {
  const html = pageHtml('/about', { slug: 'about' }).replace(
    '<h1>Page</h1>',
    '<h1>Page</h1><div data-part="body" class="article-body"><p>Who we are.</p></div>',
  );
  serve(() => new Response(html, { headers: { 'content-type': 'text/html' } }));
  await expect(getPage('about')).resolves.toEqual({ slug: 'about', body: { markup: '<p>Who we are.</p>' } });
});

test("a list page's entries come from its page's markup when its island leaves them out; an empty list has none", async () => {
  const list = { page: 2, pageCount: 3, total: 45 };
  const html = pageHtml('/tags/rail/page/2', { tag: { slug: 'rail' }, list }).replace(
    '<h1>Page</h1>',
    '<h1>Page</h1><div data-part="list"><ol><li>An entry</li></ol></div>',
  );
  serve(() => new Response(html, { headers: { 'content-type': 'text/html' } }));
  await expect(getTagPage('rail', { page: 2 })).resolves.toEqual({
    tag: { slug: 'rail' },
    list: { ...list, items: { markup: '<ol><li>An entry</li></ol>' } },
  });

  const empty = { page: 1, pageCount: 1, total: 0 };
  serve(() => pageResponse('/authors/ana', { author: { slug: 'ana' }, list: empty }));
  await expect(getAuthorPage('ana', { page: 1 })).resolves.toEqual({
    author: { slug: 'ana' },
    list: { ...empty, items: [] },
  });

  serve(() => pageResponse('/page/2', list));
  await expect(listLatest({ page: 2 })).rejects.toThrow('The page "/page/2" has no list');
});

test('an article page with neither its body in the island nor in its markup is an error, not an empty article', async () => {
  serve(() => pageResponse('/articles/harbour', { slug: 'harbour', related: [] }));
  await expect(getArticle('harbour')).rejects.toThrow('The page "harbour" has no body');
});

test("the first load reads its own address's island from the document, once, then asks the network", async () => {
  document.body.replaceChildren(
    ...new DOMParser().parseFromString(
      pageHtml('/articles/harbour', { slug: 'harbour', from: 'document', body: [], related: [] }),
      'text/html',
    ).body.childNodes,
  );
  serve(() => pageResponse('/articles/harbour', { slug: 'harbour', from: 'network', body: [], related: [] }));
  // Another address leaves the document's island where it is.
  await expect(getArticle('other')).resolves.toBeNull();
  await expect(getArticle('harbour')).resolves.toEqual({ slug: 'harbour', from: 'document', body: [], related: [] });
  expect(document.getElementById(ISLAND_ID)).toBeNull();
  await expect(getArticle('harbour')).resolves.toEqual({ slug: 'harbour', from: 'network', body: [], related: [] });
  const base = import.meta.env.BASE_URL;
  expect(requested).toEqual([`${base}articles/other/`, `${base}articles/harbour/`]);
});

test('data with "</script>" in it survives the round trip through the page', async () => {
  const data = { slug: 'x', body: '</script><script>alert(1)</script><!-- <b>', related: [] };
  serve(() => pageResponse('/articles/x', data));
  await expect(getArticle('x')).resolves.toEqual(data);
});

test('a missing page is "no such address", not an error', async () => {
  serve(() => new Response('<!doctype html><title>Not found</title>', { status: 404 }));
  await expect(listLatest({ page: 9 })).resolves.toBeNull();
});

test('a host that answers a missing page with another page (an SPA fallback) counts as missing', async () => {
  serve(() => pageResponse('/', { page: 1 }));
  await expect(getArticle('gone')).resolves.toBeNull();
  serve(() => new Response('<!doctype html><title>Home</title>', { headers: { 'content-type': 'text/html' } }));
  await expect(getArticle('gone')).resolves.toBeNull();
});

test('a server error is an error the route shows, not an empty page', async () => {
  serve(() => new Response('down', { status: 503 }));
  await expect(getArticle('harbour')).rejects.toBeInstanceOf(DataLoadError);
});

test('the tag filter is one file', async () => {
  serve(() => Response.json({ tags: [], articles: [] }));
  await expect(getTagFilter()).resolves.toEqual({ tags: [], articles: [] });
  expect(requested).toEqual([`${import.meta.env.BASE_URL}data/tag-filter.json`]);
});

test("an index is its page's island on the first load, then its data file alone, not its page", async () => {
  document.body.replaceChildren(
    ...new DOMParser().parseFromString(pageHtml('/tags', { tags: ['from the document'] }), 'text/html').body.childNodes,
  );
  serve((url) =>
    url.endsWith('.json')
      ? Response.json({ tags: ['from the file'], authors: ['from the file'] })
      : pageResponse('/tags', { tags: ['from the page'] }),
  );
  await expect(listTags()).resolves.toEqual({ tags: ['from the document'] });
  expect(requested).toEqual([]);
  await expect(listTags()).resolves.toEqual({ tags: ['from the file'], authors: ['from the file'] });
  await expect(listAuthors()).resolves.toEqual({ tags: ['from the file'], authors: ['from the file'] });
  const base = import.meta.env.BASE_URL;
  expect(requested).toEqual([`${base}data/tags.json`, `${base}data/authors.json`]);
});

/** The summaries files of `total` articles, 20 numbers a file, whose summaries are named by their number. */
function serveSummaries(total: number) {
  serve((url) => {
    const file = Number(/summaries-by-number\/(\d+)\.json$/.exec(url)?.[1]);
    const first = file * 20;
    if (!(first < total)) return new Response(null, { status: 404 });
    return Response.json(
      Array.from({ length: Math.min(20, total - first) }, (_, item) => aSummary({ slug: `n${first + item}` })),
    );
  });
}

test('summaries by article number come from the summaries files that hold them, each fetched once', async () => {
  serveSummaries(100);
  const summaries = await getSummaries([65, 64, 20, 19, 3]);
  expect(summaries?.map((summary) => summary.slug)).toEqual(['n65', 'n64', 'n20', 'n19', 'n3']);
  const base = import.meta.env.BASE_URL;
  expect(requested.sort()).toEqual([
    `${base}data/summaries-by-number/0.json`,
    `${base}data/summaries-by-number/1.json`,
    `${base}data/summaries-by-number/3.json`,
  ]);
});

test('no numbers fetch nothing; a number past the last article is a mismatch, null', async () => {
  serveSummaries(30);
  await expect(getSummaries([])).resolves.toEqual([]);
  expect(requested).toEqual([]);
  await expect(getSummaries([29, 30])).resolves.toBeNull();
  await expect(getSummaries([45])).resolves.toBeNull();
});
