import { expect, test } from 'vitest';

import { folderAddress, parsePageParam, paths } from './paths.ts';

test('home: page 1 is the root, later pages get a /page/N suffix', () => {
  expect(paths.home.href()).toBe('/');
  expect(paths.home.href(1)).toBe('/');
  expect(paths.home.href(2)).toBe('/page/2');
  expect(paths.home.href(12)).toBe('/page/12');
});

test('home with a tag filter keeps the tags, in order, comma-separated and readable', () => {
  expect(paths.home.href(1, [])).toBe('/');
  expect(paths.home.href(1, ['rail', 'ukraine'])).toBe('/?tags=rail,ukraine');
  expect(paths.home.href(2, ['rail'])).toBe('/page/2?tags=rail');
  expect(paths.home.href(1, ['a,b'])).toBe('/?tags=a%2Cb');
});

test('article hrefs encode the slug as one path segment', () => {
  expect(paths.article.href('kim-jong-un-awards-troops')).toBe('/articles/kim-jong-un-awards-troops');
  expect(paths.article.href('a b/c?d#e')).toBe('/articles/a%20b%2Fc%3Fd%23e');
});

test('tag hrefs: page 1 has no /page/1 suffix; the slug is encoded', () => {
  expect(paths.tag.href('north-korea')).toBe('/tags/north-korea');
  expect(paths.tag.href('north-korea', 1)).toBe('/tags/north-korea');
  expect(paths.tag.href('north-korea', 3)).toBe('/tags/north-korea/page/3');
  expect(paths.tag.href('a/b', 2)).toBe('/tags/a%2Fb/page/2');
});

test('author hrefs: page 1 has no /page/1 suffix; the slug is encoded', () => {
  expect(paths.author.href('olena-goncharova')).toBe('/authors/olena-goncharova');
  expect(paths.author.href('olena-goncharova', 1)).toBe('/authors/olena-goncharova');
  expect(paths.author.href('olena-goncharova', 2)).toBe('/authors/olena-goncharova/page/2');
  expect(paths.author.href('ü')).toBe('/authors/%C3%BC');
});

test('index and search hrefs', () => {
  expect(paths.tags.href()).toBe('/tags');
  expect(paths.authors.href()).toBe('/authors');
  expect(paths.search.href()).toBe('/search');
  expect(paths.search.href('')).toBe('/search');
  expect(paths.search.href('kim jong un')).toBe('/search?q=kim+jong+un');
  expect(paths.search.href('a&b=c')).toBe('/search?q=a%26b%3Dc');
  expect(paths.search.href('kursk', 1)).toBe('/search?q=kursk');
  expect(paths.search.href('kursk', 3)).toBe('/search?q=kursk&page=3');
  expect(paths.search.href('', 3)).toBe('/search');
});

test('the route patterns match the hrefs the builders produce', () => {
  expect(paths.homePage.pattern).toBe('/page/:page');
  expect(paths.article.pattern).toBe('/articles/:slug');
  expect(paths.tag.pattern).toBe('/tags/:slug');
  expect(paths.tagPage.pattern).toBe('/tags/:slug/page/:page');
  expect(paths.author.pattern).toBe('/authors/:slug');
  expect(paths.authorPage.pattern).toBe('/authors/:slug/page/:page');
});

test('parsePageParam: a plain positive number is that page; no parameter is page 1', () => {
  expect(parsePageParam('2')).toBe(2);
  expect(parsePageParam('1')).toBe(1);
  expect(parsePageParam('10')).toBe(10);
  expect(parsePageParam('999999')).toBe(999999);
  expect(parsePageParam(undefined)).toBe(1);
});

test('parsePageParam: anything that is not an address we publish is null', () => {
  for (const value of ['0', '01', '00', 'abc', '-1', '1e3', '2.5', '', ' 2', '2 ', '+2', '0x10', '２', '1000000']) {
    expect(parsePageParam(value), JSON.stringify(value)).toBeNull();
  }
});

test("folderAddress: a page's path as the folder its index.html is in, its query and fragment kept", () => {
  expect(folderAddress('/')).toBe('/');
  expect(folderAddress('/articles/harbour')).toBe('/articles/harbour/');
  expect(folderAddress('/tags/rail/page/2')).toBe('/tags/rail/page/2/');
  expect(folderAddress('/articles/harbour/')).toBe('/articles/harbour/');
  expect(folderAddress('/?tags=rail,ports')).toBe('/?tags=rail,ports');
  expect(folderAddress('/page/2?tags=rail')).toBe('/page/2/?tags=rail');
  expect(folderAddress('/search?q=a.b#results')).toBe('/search/?q=a.b#results');
  expect(folderAddress('/news/articles/harbour')).toBe('/news/articles/harbour/');
  // The site's files stay as they are named.
  expect(folderAddress('/tags/rail/feed.xml')).toBe('/tags/rail/feed.xml');
  expect(folderAddress('/sitemap.xml?x=1')).toBe('/sitemap.xml?x=1');
});
