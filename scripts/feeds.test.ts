// @vitest-environment jsdom
/**
 * The feeds, sitemap and robots.txt, rendered from small in-memory content
 * and read back with the browser's XML parser (jsdom), which rejects
 * anything that is not well-formed.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterEach, describe, expect, test, vi } from 'vitest';

import type { Content } from '../src/build/view-model/catalogue.ts';
import { buildPageData, type PageData } from '../src/build/view-model/page-data.ts';
import { feedPaths } from '../src/build/seo/feed-paths.ts';
import type { Article, Author, Site, Tag } from '../src/build/content/schema.ts';
import {
  escapeXml,
  renderRobots,
  renderSiteFeed,
  renderSitemap,
  renderSitemaps,
  renderTagFeed,
  rfc822Date,
  w3cDate,
  writeFeeds,
} from './feeds.ts';
import { anArticleFile, day } from '../src/build/test-content.ts';
import { keptFiles } from './kept-files.ts';
import { openOutput } from './output-writer.ts';

const ATOM = 'http://www.w3.org/2005/Atom';
const DC = 'http://purl.org/dc/elements/1.1/';
const SITEMAP = 'http://www.sitemaps.org/schemas/sitemap/0.9';

const site: Site = { title: 'The Ledger', description: 'News.', url: 'https://ledger.example.org', language: 'en-GB' };
const jane: Author = { slug: 'jane-doe', name: 'Jane Doe' };
const alex: Author = { slug: 'alex-roe', name: 'Alex Roe' };
const politics: Tag = { slug: 'politics', name: 'Politics' };
const science: Tag = { slug: 'science', name: 'Science', description: 'Research and discovery.' };

const article = anArticleFile;

function pageData(fields: Partial<Content>): PageData {
  return buildPageData({ site, authors: [jane, alex], tags: [politics, science], articles: [], pages: [], ...fields });
}

/** `count` articles a1…a<count>, a<n> published on day(n). */
function numbered(count: number, fields: (n: number) => Partial<Article> = () => ({})): Article[] {
  return Array.from({ length: count }, (_, index) =>
    article(`a${index + 1}`, { publishedAt: day(index + 1), ...fields(index + 1) }),
  );
}

/** Parses `xml`, failing the test when it is not well-formed. */
function parse(xml: string): Document {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  expect(doc.getElementsByTagName('parsererror'), xml).toHaveLength(0);
  return doc;
}

function all(parent: Document | Element, name: string, namespace?: string): Element[] {
  return Array.from(
    namespace === undefined ? parent.getElementsByTagName(name) : parent.getElementsByTagNameNS(namespace, name),
  );
}

/** The text of the one `name` child of `parent` (in `namespace`, or in none). */
function textOf(parent: Document | Element, name: string, namespace?: string): string | null {
  const found = Array.from(parent.children).filter(
    (child) => child.localName === name && child.namespaceURI === (namespace ?? null),
  );
  expect(found, name).toHaveLength(1);
  return found[0]?.textContent ?? null;
}

function items(doc: Document): Element[] {
  return all(doc, 'item');
}

const scratch: string[] = [];
afterEach(() => {
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});

test('the parse helper notices XML that is not well-formed', () => {
  const doc = new DOMParser().parseFromString('<rss><channel></rss>', 'application/xml');
  expect(doc.getElementsByTagName('parsererror').length).toBeGreaterThan(0);
});

test('the site feed is RSS 2.0 with the channel described from site.json', () => {
  const xml = renderSiteFeed(pageData({ articles: numbered(3) }));
  expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
  const doc = parse(xml);
  expect(doc.documentElement.tagName).toBe('rss');
  expect(doc.documentElement.getAttribute('version')).toBe('2.0');
  const channel = all(doc, 'channel')[0];
  if (channel === undefined) throw new Error('no channel');
  expect(textOf(channel, 'title')).toBe('The Ledger');
  expect(textOf(channel, 'link')).toBe('https://ledger.example.org/');
  expect(textOf(channel, 'description')).toBe('News.');
  expect(textOf(channel, 'language')).toBe('en-GB');
  const self = all(channel, 'link', ATOM);
  expect(self).toHaveLength(1);
  expect(self[0]?.getAttribute('rel')).toBe('self');
  expect(self[0]?.getAttribute('type')).toBe('application/rss+xml');
  expect(self[0]?.getAttribute('href')).toBe('https://ledger.example.org/feed.xml');
  // Built from the content, not the clock: the newest article's date.
  expect(textOf(channel, 'lastBuildDate')).toBe('Fri, 03 Jan 2025 00:00:00 GMT');
});

test('the site feed has the latest 50 of 60 articles, newest first', () => {
  const doc = parse(renderSiteFeed(pageData({ articles: numbered(60) })));
  const found = items(doc);
  expect(found).toHaveLength(50);
  expect(found.map((item) => textOf(item, 'title'))).toEqual(
    Array.from({ length: 50 }, (_, index) => `Title of a${60 - index}`),
  );
  const times = found.map((item) => Date.parse(textOf(item, 'pubDate') ?? ''));
  expect(times.every((time, index) => index === 0 || time < (times[index - 1] ?? 0))).toBe(true);
});

test('each item links to its article page as served; its permalink guid is the address as first published', () => {
  const doc = parse(renderSiteFeed(pageData({ articles: [article('hello-world')] })));
  const [item] = items(doc);
  if (item === undefined) throw new Error('no item');
  expect(textOf(item, 'link')).toBe('https://ledger.example.org/articles/hello-world/');
  const guid = all(item, 'guid')[0];
  // Unchanged from before links gained their slash: a new guid would show every item as new in feed readers.
  expect(guid?.textContent).toBe('https://ledger.example.org/articles/hello-world');
  expect(guid?.getAttribute('isPermaLink')).toBe('true');
});

test('pubDate is RFC 822: a date is midnight UTC, a date-time with an offset keeps its instant', () => {
  const doc = parse(
    renderSiteFeed(
      pageData({
        articles: [
          article('dated', { publishedAt: '2025-08-22' }),
          article('timed', { publishedAt: '2025-08-23T09:30:00+03:00' }),
          article('late', { publishedAt: '2025-08-21T23:15:00-05:00' }),
        ],
      }),
    ),
  );
  const dates = Object.fromEntries(items(doc).map((item) => [textOf(item, 'title') ?? '', textOf(item, 'pubDate')]));
  expect(dates).toEqual({
    'Title of dated': 'Fri, 22 Aug 2025 00:00:00 GMT',
    'Title of timed': 'Sat, 23 Aug 2025 06:30:00 GMT',
    'Title of late': 'Fri, 22 Aug 2025 04:15:00 GMT',
  });
  expect(rfc822Date('2025-02-28T23:59:59Z')).toBe('Fri, 28 Feb 2025 23:59:59 GMT');
});

test('each item has the excerpt as description, a category per tag and a dc:creator per author', () => {
  const data = pageData({
    articles: [
      article('both', {
        standfirst: 'What happened, briefly.',
        tags: [science.slug, politics.slug],
        authors: [jane.slug, alex.slug],
      }),
    ],
  });
  const [item] = items(parse(renderSiteFeed(data)));
  if (item === undefined) throw new Error('no item');
  expect(textOf(item, 'description')).toBe('What happened, briefly.');
  expect(all(item, 'category').map((category) => category.textContent)).toEqual(['Science', 'Politics']);
  expect(all(item, 'creator', DC).map((creator) => creator.textContent)).toEqual(['Jane Doe', 'Alex Roe']);
  // RSS <author> wants an email address, which we do not publish.
  expect(all(item, 'author')).toHaveLength(0);
});

test('markup, quotes, ]]>, emoji and Cyrillic in content come back from the parser as the same text', () => {
  const title = '<script>alert(1)</script> & "quotes" ]]> \'single\' — Київ 🗞️';
  const tagName = 'Ideas & <Opinion> "]]>"';
  const authorName = 'Олена <b>Гончарова</b> & Co';
  const standfirst = 'It\'s "fine" </script> <![CDATA[ x ]]> 🇺🇦';
  const data = buildPageData({
    pages: [],
    site: { ...site, title: 'Ledger & <Co> "Daily"', description: 'Новини ]]> & more' },
    authors: [{ slug: 'olena', name: authorName }],
    tags: [{ slug: 'ideas', name: tagName }],
    articles: [article('nasty', { title, standfirst, tags: ['ideas'], authors: ['olena'] })],
  });
  const xml = renderSiteFeed(data);
  expect(xml).not.toContain('<script>');
  expect(xml).not.toContain(']]>');
  const doc = parse(xml);
  const [item] = items(doc);
  if (item === undefined) throw new Error('no item');
  expect(textOf(item, 'title')).toBe(title);
  expect(textOf(item, 'description')).toBe(standfirst);
  expect(textOf(item, 'category')).toBe(tagName);
  expect(textOf(item, 'creator', DC)).toBe(authorName);
  const channel = all(doc, 'channel')[0];
  if (channel === undefined) throw new Error('no channel');
  expect(all(channel, 'title')[0]?.textContent).toBe('Ledger & <Co> "Daily"');

  const tagDoc = parse(renderTagFeed(data, 'ideas'));
  expect(all(tagDoc, 'title')[0]?.textContent).toBe(`${tagName} · Ledger & <Co> "Daily"`);
});

test('characters XML 1.0 forbids are dropped; tab, newline, CR, emoji and Cyrillic are kept', () => {
  const title = 'Bell\u0007 null\u0000 esc\u001b form\ufffe feed\f — Ёлка 🎄';
  const [item] = items(parse(renderSiteFeed(pageData({ articles: [article('controls', { title })] }))));
  expect(item === undefined ? null : textOf(item, 'title')).toBe('Bell null esc form feed — Ёлка 🎄');
  expect(escapeXml('a\tb\nc\rd\uD800e😀')).toBe('a\tb\nc&#13;de😀');
  expect(parse(`<t>${escapeXml('line\r\nnext')}</t>`).documentElement.textContent).toBe('line\r\nnext');
});

test('a tag feed has only that tag’s articles, titled and linked to the tag', () => {
  const articles = numbered(6, (n) => ({ tags: n % 2 === 0 ? [science.slug] : [politics.slug] }));
  const doc = parse(renderTagFeed(pageData({ articles }), 'science'));
  const channel = all(doc, 'channel')[0];
  if (channel === undefined) throw new Error('no channel');
  expect(textOf(channel, 'title')).toBe('Science · The Ledger');
  expect(textOf(channel, 'link')).toBe('https://ledger.example.org/tags/science/');
  expect(textOf(channel, 'description')).toBe('Research and discovery.');
  expect(all(channel, 'link', ATOM)[0]?.getAttribute('href')).toBe('https://ledger.example.org/tags/science/feed.xml');
  expect(items(doc).map((item) => textOf(item, 'title'))).toEqual(['Title of a6', 'Title of a4', 'Title of a2']);
  expect(items(doc).every((item) => all(item, 'category').some((c) => c.textContent === 'Science'))).toBe(true);
});

test('a tag feed also stops at the latest 50, and an unknown tag is an error', () => {
  const data = pageData({ articles: numbered(55, () => ({ tags: [politics.slug] })) });
  const found = items(parse(renderTagFeed(data, 'politics')));
  expect(found).toHaveLength(50);
  expect(found[0] === undefined ? null : textOf(found[0], 'title')).toBe('Title of a55');
  expect(() => renderTagFeed(data, 'nope')).toThrow(/nope/);
});

test('a site without articles still has a well-formed, empty feed', () => {
  const doc = parse(renderSiteFeed(pageData({})));
  expect(items(doc)).toHaveLength(0);
  expect(all(doc, 'lastBuildDate')).toHaveLength(0);
});

test('the sitemap lists every address exactly once, each with a lastmod', () => {
  const articles = numbered(22, (n) => ({
    tags: n <= 3 ? [politics.slug] : [science.slug],
    authors: n === 1 ? [jane.slug, alex.slug] : [jane.slug],
  }));
  const data = pageData({ articles });
  const xml = renderSitemap(data);
  expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
  const doc = parse(xml);
  expect(doc.documentElement.namespaceURI).toBe(SITEMAP);
  expect(doc.documentElement.localName).toBe('urlset');
  const urls = all(doc, 'url', SITEMAP);
  const locs = urls.map((url) => textOf(url, 'loc', SITEMAP));
  const base = 'https://ledger.example.org';
  const expected = [
    `${base}/`,
    `${base}/page/2/`,
    ...articles.map((item) => `${base}/articles/${item.slug}/`),
    `${base}/tags/`,
    `${base}/tags/politics/`,
    `${base}/tags/science/`,
    `${base}/authors/`,
    `${base}/authors/jane-doe/`,
    `${base}/authors/jane-doe/page/2/`,
    `${base}/authors/alex-roe/`,
  ];
  expect([...locs].sort()).toEqual([...expected].sort());
  expect(new Set(locs).size).toBe(locs.length);
  expect(urls.every((url) => /^\d{4}-\d{2}-\d{2}/.test(textOf(url, 'lastmod', SITEMAP) ?? ''))).toBe(true);
});

test('past the limit of URLs in one file, sitemap.xml is an index of parts that list every address once', () => {
  const articles = numbered(22, () => ({}));
  const data = pageData({ articles });
  const whole = all(parse(renderSitemap(data)), 'loc', SITEMAP).map((loc) => loc.textContent);
  expect(whole.length).toBeGreaterThan(30);
  const files = renderSitemaps(data, 10);
  const partPaths = Array.from({ length: Math.ceil(whole.length / 10) }, (_, n) => `/sitemap-${n + 1}.xml`);
  expect([...files.keys()]).toEqual(['/sitemap.xml', ...partPaths]);
  const index = parse(files.get('/sitemap.xml') ?? '');
  expect(index.documentElement.localName).toBe('sitemapindex');
  expect(all(index, 'loc', SITEMAP).map((loc) => loc.textContent)).toEqual(
    partPaths.map((part) => `https://ledger.example.org${part}`),
  );
  const parts = partPaths.map((part) => parse(files.get(part) ?? ''));
  expect(parts.slice(0, -1).every((part) => all(part, 'url', SITEMAP).length === 10)).toBe(true);
  expect(parts.flatMap((part) => all(part, 'loc', SITEMAP).map((loc) => loc.textContent))).toEqual(whole);
  // At the limit exactly, one file.
  expect([...renderSitemaps(data, whole.length).keys()]).toEqual(['/sitemap.xml']);
});

test('sitemap lastmod: an article’s update, a list’s newest item, the newest on the site for indexes', () => {
  const articles = [
    article('old', { publishedAt: '2025-01-01', updatedAt: '2025-03-01T12:00:00+02:00', tags: [politics.slug] }),
    article('mid', { publishedAt: '2025-02-01', tags: [politics.slug], authors: [alex.slug] }),
    article('new', { publishedAt: '2025-02-15', tags: [science.slug] }),
  ];
  const doc = parse(renderSitemap(pageData({ articles })));
  const lastmods = Object.fromEntries(
    all(doc, 'url', SITEMAP).map((url) => [
      (textOf(url, 'loc', SITEMAP) ?? '').replace('https://ledger.example.org', ''),
      textOf(url, 'lastmod', SITEMAP),
    ]),
  );
  expect(lastmods).toEqual({
    '/articles/old/': '2025-03-01T10:00:00Z',
    '/articles/mid/': '2025-02-01',
    '/articles/new/': '2025-02-15',
    '/': '2025-03-01T10:00:00Z',
    '/tags/politics/': '2025-03-01T10:00:00Z',
    '/tags/science/': '2025-02-15',
    '/authors/jane-doe/': '2025-03-01T10:00:00Z',
    '/authors/alex-roe/': '2025-02-01',
    '/tags/': '2025-03-01T10:00:00Z',
    '/authors/': '2025-03-01T10:00:00Z',
  });
  expect(w3cDate('2025-08-22')).toBe('2025-08-22');
  expect(w3cDate('2025-08-22T09:30:15.250+03:00')).toBe('2025-08-22T06:30:15.250Z');
});

test('an empty list page is in the sitemap without a lastmod', () => {
  const doc = parse(renderSitemap(pageData({ articles: [article('only', { tags: [politics.slug] })] })));
  const science = all(doc, 'url', SITEMAP).find(
    (url) => textOf(url, 'loc', SITEMAP) === 'https://ledger.example.org/tags/science/',
  );
  expect(science).toBeDefined();
  expect(science === undefined ? null : all(science, 'lastmod', SITEMAP)).toHaveLength(0);
});

test('robots.txt allows everything and names the sitemap by its absolute URL', () => {
  const robots = renderRobots(pageData({}));
  expect(robots.split('\n')).toEqual([
    'User-agent: *',
    'Allow: /',
    '',
    'Sitemap: https://ledger.example.org/sitemap.xml',
    '',
  ]);
});

test('a site served under a sub-path links everything under it', () => {
  const data = buildPageData({
    pages: [],
    site: { ...site, url: 'https://example.org/news/' },
    authors: [jane],
    tags: [politics],
    articles: [article('story', { tags: [politics.slug] })],
  });
  const feed = parse(renderSiteFeed(data));
  expect(all(feed, 'link')[0]?.textContent).toBe('https://example.org/news/');
  expect(all(feed, 'link', ATOM)[0]?.getAttribute('href')).toBe('https://example.org/news/feed.xml');
  expect(items(feed).map((item) => textOf(item, 'link'))).toEqual(['https://example.org/news/articles/story/']);

  const tagFeed = parse(renderTagFeed(data, 'politics'));
  expect(all(tagFeed, 'link')[0]?.textContent).toBe('https://example.org/news/tags/politics/');
  expect(all(tagFeed, 'link', ATOM)[0]?.getAttribute('href')).toBe('https://example.org/news/tags/politics/feed.xml');

  const locs = all(parse(renderSitemap(data)), 'loc', SITEMAP).map((loc) => loc.textContent);
  // Every address but the search box and the not-found page.
  expect(locs).toHaveLength(data.pages.length - 2);
  expect(locs.every((loc) => loc.startsWith('https://example.org/news/'))).toBe(true);
  expect(locs).toContain('https://example.org/news/articles/story/');
  expect(locs).toContain('https://example.org/news/');

  expect(renderRobots(data)).toContain('Sitemap: https://example.org/news/sitemap.xml\n');
});

test('writeFeeds writes the site feed, a feed per tag, the sitemap and robots.txt', async () => {
  const outDir = mkdtempSync(path.join(tmpdir(), 'broadsheet-feeds-'));
  scratch.push(outDir);
  const data = pageData({ articles: [article('one', { tags: [politics.slug] })] });
  const output = openOutput(outDir);
  const { files } = writeFeeds(output, data);
  await output.commit();
  const written = readdirSync(outDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(outDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
  // Science has no article: its page links its feed all the same, an empty channel to subscribe to.
  expect(written).toEqual(['feed.xml', 'robots.txt', 'sitemap.xml', 'tags/politics/feed.xml', 'tags/science/feed.xml']);
  expect(files).toBe(written.length);
  const read = (file: string) => readFileSync(path.join(outDir, file), 'utf8');
  const empty = parse(read(feedPaths.tag('science').slice(1)));
  expect(all(empty, 'title')[0]?.textContent).toBe(`${science.name} · ${site.title}`);
  expect(all(empty, 'item')).toHaveLength(0);
  expect(read(feedPaths.site().slice(1))).toBe(renderSiteFeed(data));
  expect(read(feedPaths.tag('politics').slice(1))).toBe(renderTagFeed(data, 'politics'));
  expect(read(feedPaths.sitemap().slice(1))).toBe(renderSitemap(data));
  expect(read(feedPaths.robots().slice(1))).toBe(renderRobots(data));
});

describe('with the feed cache', () => {
  /** Writes the feeds of `data` into `outDir` with the cache in `cacheDir`, as the build does; what writeFeeds did. */
  async function build(
    outDir: string,
    cacheDir: string,
    data: PageData,
    options: { codeKey?: string; clean?: boolean } = {},
  ) {
    const cache = keptFiles('feeds', cacheDir, outDir, { clean: options.clean ?? false });
    const output = openOutput(outDir);
    const written = writeFeeds(output, data, { cache, codeKey: options.codeKey ?? 'code' });
    await output.commit();
    cache.record(written.keys);
    return written;
  }

  const folders = () => {
    const outDir = mkdtempSync(path.join(tmpdir(), 'broadsheet-feeds-out-'));
    const cacheDir = mkdtempSync(path.join(tmpdir(), 'broadsheet-feeds-cache-'));
    scratch.push(outDir, cacheDir);
    return { outDir, cacheDir };
  };
  const articles = [
    article('one', { tags: [politics.slug], publishedAt: day(1) }),
    article('two', { tags: [science.slug], publishedAt: day(2) }),
  ];
  const read = (outDir: string, file: string) => readFileSync(path.join(outDir, file), 'utf8');

  test('feeds whose items did not change are kept, not rendered; a changed one is rendered again', async () => {
    const { outDir, cacheDir } = folders();
    expect((await build(outDir, cacheDir, pageData({ articles }))).reused).toBe(0);
    expect((await build(outDir, cacheDir, pageData({ articles }))).reused).toBe(3);

    const edited = pageData({
      articles: [
        articles[0] ?? article('one'),
        article('two', { title: 'Corrected', tags: [science.slug], publishedAt: day(2) }),
      ],
    });
    // The site's feed and science's have "two"; politics' does not.
    expect((await build(outDir, cacheDir, edited)).reused).toBe(1);
    expect(read(outDir, 'feed.xml')).toBe(renderSiteFeed(edited));
    expect(read(outDir, 'tags/science/feed.xml')).toBe(renderTagFeed(edited, 'science'));
    expect(read(outDir, 'tags/politics/feed.xml')).toBe(renderTagFeed(edited, 'politics'));
  });

  test('a feed edited or removed in the output, other code, a damaged cache or a clean build render again', async () => {
    const { outDir, cacheDir } = folders();
    const data = pageData({ articles });
    await build(outDir, cacheDir, data);

    writeFileSync(path.join(outDir, 'tags/science/feed.xml'), 'edited by hand');
    rmSync(path.join(outDir, 'tags/politics/feed.xml'));
    expect((await build(outDir, cacheDir, data)).reused).toBe(1);
    expect(read(outDir, 'tags/science/feed.xml')).toBe(renderTagFeed(data, 'science'));
    expect(read(outDir, 'tags/politics/feed.xml')).toBe(renderTagFeed(data, 'politics'));

    expect((await build(outDir, cacheDir, data, { codeKey: 'other code' })).reused).toBe(0);
    expect((await build(outDir, cacheDir, data, { codeKey: 'other code', clean: true })).reused).toBe(0);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    writeFileSync(path.join(cacheDir, 'feeds.json'), '{"version": 2, "files": {"feed.xml": 3}}');
    expect((await build(outDir, cacheDir, data, { codeKey: 'other code' })).reused).toBe(0);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining("the feeds' cache"));
    warn.mockRestore();
    expect(read(outDir, 'feed.xml')).toBe(renderSiteFeed(data));
  });
});
