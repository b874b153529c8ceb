/**
 * With JavaScript on: the prerendered page is complete before any app script
 * runs, React hydrates it in place (the same nodes, nothing logged), and the
 * app then takes over navigation. Also what the prerender put in <head>, and
 * the feeds, sitemap and robots.txt, as served: those are fetched and parsed
 * as a browser would (DOMParser), without a page load.
 */
import type { APIRequestContext } from '@playwright/test';
import { z } from 'zod';

import { appIsRunning, waitForApp } from './app-ready.ts';
import { ARTICLE, SITE_TITLE } from './content.ts';
import { expect, test, type Page } from './fixtures.ts';

declare global {
  interface Window {
    /** The h1 and #root's first element as the static HTML had them, before any module script ran. */
    e2eFirstH1?: Element | null;
    e2eFirstRootChild?: Element | null;
    /** main's HTML as prerendered. */
    e2ePrerenderedMain?: string;
  }
}

const SITE_URL = 'https://ledger.example.org';
/** As canonical links, feeds and the sitemap name a page: the folder its index.html is served from. */
const ARTICLE_URL = `${SITE_URL}${ARTICLE.path}/`;

/** The app's entry bundle, which Vite names index-<hash>.js. */
const APP_ENTRY = '**/assets/index-*.js';

// The server renders the dark mode toggle unpressed (it cannot know the reader's
// scheme); with a dark system scheme, index.html's inline script presses it once
// the page is parsed, before the app runs.
test.use({ colorScheme: 'dark' });

/** Remembers the prerendered nodes when parsing ends: after it, deferred and module scripts run. */
async function rememberPrerendered(page: Page): Promise<void> {
  await page.addInitScript(() => {
    document.addEventListener('readystatechange', () => {
      if (document.readyState !== 'interactive') return;
      window.e2eFirstH1 = document.querySelector('h1');
      window.e2eFirstRootChild = document.getElementById('root')?.firstElementChild ?? null;
      window.e2ePrerenderedMain = document.querySelector('main')?.innerHTML;
    });
  });
}

function darkModeToggle(page: Page) {
  return page.getByRole('button', { name: 'Dark mode' });
}

async function waitForHydration(page: Page): Promise<void> {
  await waitForApp(page);
  await expect(darkModeToggle(page)).toHaveAttribute('aria-pressed', 'true');
}

/** Records the pathname of every document the page requests. */
function documentRequests(page: Page): string[] {
  const pathnames: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'document') pathnames.push(new URL(request.url()).pathname);
  });
  return pathnames;
}

test('the article is in the HTML before the app script runs, and hydration keeps the very same nodes', async ({
  page,
}) => {
  await rememberPrerendered(page);
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  let held = 0;
  await page.route(APP_ENTRY, async (route) => {
    held += 1;
    await released;
    await route.continue();
  });

  // Not waiting for DOMContentLoaded: it waits for the (held) module script.
  await page.goto(ARTICLE.path, { waitUntil: 'commit' });

  // The browser has asked for the app and not got it: all that shows is the static HTML.
  await expect.poll(() => held).toBe(1);
  const h1 = page.getByRole('heading', { level: 1 });
  await expect(h1).toHaveText(ARTICLE.headline);
  for (const paragraph of ARTICLE.paragraphs) {
    await expect(page.getByRole('article').getByText(paragraph)).toBeVisible();
  }
  await expect(page.getByText(ARTICLE.byline, { exact: true })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Topics' }).getByRole('link')).toHaveText([...ARTICLE.tags]);
  // The scheme the reader sees, before the app runs.
  await expect(darkModeToggle(page)).toHaveAttribute('aria-pressed', 'true');
  expect(await appIsRunning(page)).toBe(false);
  // Share needs the app: until it runs, the button says it is unavailable rather than ignoring a press.
  await expect(page.getByRole('button', { name: 'Share' })).toBeDisabled();

  release();
  await waitForHydration(page);
  await expect(page.getByRole('button', { name: 'Share' })).toBeEnabled();

  expect(
    await page.evaluate(() => {
      const current = document.querySelector('h1');
      return {
        sameH1: window.e2eFirstH1 === current,
        connected: current?.isConnected === true,
        sameRoot: window.e2eFirstRootChild === document.getElementById('root')?.firstElementChild,
        // The one change hydration makes: Share, disabled until the app can work it, is enabled.
        sameMain: window.e2ePrerenderedMain?.replace(' disabled=""', '') === document.querySelector('main')?.innerHTML,
      };
    }),
  ).toEqual({ sameH1: true, connected: true, sameRoot: true, sameMain: true });
  await expect(h1).toHaveText(ARTICLE.headline);
  // React adopts the prerendered head's title and description rather than adding its own.
  await expect(page.locator('head title')).toHaveCount(1);
  await expect(page).toHaveTitle(`${ARTICLE.headline} · ${SITE_TITLE}`);
  await expect(page.locator('meta[name="description"]')).toHaveCount(1);
});

test('the app is requested only after the page has painted its content, and its data not at all', async ({ page }) => {
  await page.goto(ARTICLE.path);
  await waitForHydration(page);
  const timings = await page.evaluate(() => {
    const paint = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null;
    const resources = performance
      .getEntriesByType('resource')
      .filter((entry): entry is PerformanceResourceTiming => entry instanceof PerformanceResourceTiming);
    const app = resources
      .filter((entry) => /\/assets\/.+\.js$/.test(new URL(entry.name).pathname))
      .map((entry) => ({ path: new URL(entry.name).pathname, start: entry.startTime }));
    const fetched = resources.filter((entry) => entry.initiatorType === 'fetch').map((entry) => entry.name);
    return { paint, app, fetched };
  });
  if (timings.paint === null) throw new Error('the browser reported no first contentful paint');
  const paintedAt = timings.paint;
  expect(timings.app.map((file) => file.path)).toEqual(
    expect.arrayContaining([
      expect.stringMatching(/^\/assets\/index-/),
      expect.stringMatching(/^\/assets\/article-page-/),
    ]),
  );
  // The article's data came with the page (its island): hydration asked the network for nothing.
  expect(timings.fetched).toEqual([]);
  // Vite's page would ask for them while parsing <head>, long before anything is on screen. Only the early
  // script is asked for then (the saved scheme must be set before the first paint): it is not the app.
  const early = /^\/assets\/early-[0-9a-f]{8}\.js$/;
  expect(timings.app.filter((file) => file.start < paintedAt).map((file) => file.path)).toEqual([
    expect.stringMatching(early),
  ]);
});

test('after hydration a tag chip navigates inside the app and focus moves to the new h1', async ({ page }) => {
  await rememberPrerendered(page);
  const documents = documentRequests(page);
  await page.goto(ARTICLE.path);
  await waitForHydration(page);
  expect(await page.evaluate(() => window.e2eFirstH1 === document.querySelector('h1'))).toBe(true);

  await page.getByRole('region', { name: 'Topics' }).getByRole('link', { name: 'Russia', exact: true }).click();

  await expect(page).toHaveURL('/tags/russia/');
  const h1 = page.getByRole('heading', { level: 1 });
  await expect(h1).toHaveText('Russia');
  await expect(h1).toBeFocused();
  await expect(page).toHaveTitle(`Russia · ${SITE_TITLE}`);
  await expect(page.getByRole('link', { name: ARTICLE.headline })).toBeVisible();
  expect(documents).toEqual([ARTICLE.path]);
  // React keeps one title and one description in <head>, now the tag page's.
  await expect(page.locator('head title')).toHaveCount(1);
  await expect(page.locator('meta[name="description"]')).toHaveCount(1);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute(
    'content',
    `Articles about Russia from ${SITE_TITLE}.`,
  );
});

test('the other views hydrate in place too', async ({ page }) => {
  await rememberPrerendered(page);
  for (const address of ['/', '/tags', '/tags/russia', '/authors', '/authors/olena-goncharova']) {
    await test.step(address, async () => {
      await page.goto(address);
      await waitForHydration(page);
      expect(
        await page.evaluate(() => ({
          sameH1: window.e2eFirstH1 !== null && window.e2eFirstH1 === document.querySelector('h1'),
          // The one change hydration makes: Share, disabled until the app can work it, is enabled.
          sameMain:
            window.e2ePrerenderedMain?.replace(' disabled=""', '') === document.querySelector('main')?.innerHTML,
        })),
      ).toEqual({ sameH1: true, sameMain: true });
    });
  }
});

// <head>

const JsonLdShape = z.object({ '@context': z.literal('https://schema.org'), '@type': z.string() });
const NewsArticleShape = z.object({
  '@type': z.literal('NewsArticle'),
  headline: z.string(),
  datePublished: z.string(),
  mainEntityOfPage: z.string(),
  author: z.array(z.object({ '@type': z.literal('Person'), name: z.string(), url: z.string() })),
});
const BreadcrumbListShape = z.object({
  '@type': z.literal('BreadcrumbList'),
  itemListElement: z.array(
    z.object({ '@type': z.literal('ListItem'), position: z.number(), name: z.string(), item: z.string() }),
  ),
});

/** The head of the page at `path` as served, as a browser parses it. */
async function servedHead(request: APIRequestContext, parser: Page, path: string) {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  return parser.evaluate(
    (source) => {
      const { head } = new DOMParser().parseFromString(source, 'text/html');
      const all = (selector: string, attribute: string) =>
        Array.from(head.querySelectorAll(selector), (element) => element.getAttribute(attribute) ?? '');
      return {
        titles: Array.from(head.querySelectorAll('title'), (title) => title.textContent),
        descriptions: all('meta[name="description"]', 'content'),
        canonicals: all('link[rel="canonical"]', 'href'),
        robots: all('meta[name="robots"]', 'content'),
        ogTypes: all('meta[property="og:type"]', 'content'),
        ogUrls: all('meta[property="og:url"]', 'content'),
        publishedTimes: all('meta[property="article:published_time"]', 'content'),
        articleTags: all('meta[property="article:tag"]', 'content'),
        feeds: all('link[rel="alternate"][type="application/rss+xml"]', 'href'),
        jsonLd: Array.from(head.querySelectorAll('script[type="application/ld+json"]'), (script) => script.textContent),
      };
    },
    await response.text(),
  );
}

test('the article page head: one title, one description, canonical, Open Graph and JSON-LD', async ({
  request,
  parser,
}) => {
  const head = await servedHead(request, parser, ARTICLE.path);

  expect(head.titles).toEqual([`${ARTICLE.headline} · ${SITE_TITLE}`]);
  expect(head.descriptions).toHaveLength(1);
  expect(head.descriptions[0]).toMatch(new RegExp(`^${ARTICLE.paragraphs[0]}`));
  expect(head.canonicals).toEqual([ARTICLE_URL]);
  expect(head.robots).toEqual([]);
  expect(head.ogTypes).toEqual(['article']);
  expect(head.ogUrls).toEqual([ARTICLE_URL]);
  expect(head.publishedTimes).toEqual([ARTICLE.datetime]);
  expect(head.articleTags).toHaveLength(ARTICLE.tags.length);
  expect(head.feeds).toEqual([`${SITE_URL}/feed.xml`]);

  const data = head.jsonLd.map((text): unknown => JSON.parse(text));
  expect(data.map((item) => JsonLdShape.parse(item)['@type'])).toEqual(['NewsArticle', 'BreadcrumbList']);
  const article = NewsArticleShape.parse(data[0]);
  expect(article.headline).toBe(ARTICLE.headline);
  expect(article.datePublished).toBe(ARTICLE.datetime);
  expect(article.mainEntityOfPage).toBe(ARTICLE_URL);
  expect(article.author).toEqual([
    { '@type': 'Person', name: 'Olena Goncharova', url: `${SITE_URL}/authors/olena-goncharova/` },
  ]);
  const breadcrumbs = BreadcrumbListShape.parse(data[1]);
  expect(breadcrumbs.itemListElement).toEqual([
    { '@type': 'ListItem', position: 1, name: SITE_TITLE, item: `${SITE_URL}/` },
    { '@type': 'ListItem', position: 2, name: 'North Korea', item: `${SITE_URL}/tags/north-korea/` },
    { '@type': 'ListItem', position: 3, name: ARTICLE.headline, item: ARTICLE_URL },
  ]);
});

test('the tag page head offers the site feed and its own', async ({ request, parser }) => {
  const head = await servedHead(request, parser, '/tags/russia');
  expect(head.canonicals).toEqual([`${SITE_URL}/tags/russia/`]);
  expect(head.ogTypes).toEqual(['website']);
  expect(head.feeds).toEqual([`${SITE_URL}/feed.xml`, `${SITE_URL}/tags/russia/feed.xml`]);
  const types = head.jsonLd.map((text) => JsonLdShape.parse(JSON.parse(text))['@type']);
  expect(types).toEqual(['CollectionPage', 'BreadcrumbList']);
});

test.describe('an unknown address', () => {
  test.use({ expectNotFound: true });

  test('is "Not found", noindex, without a canonical link', async ({ page }) => {
    const response = await page.goto('/no-such-page');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Not found');
    await waitForHydration(page);
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
    await expect(page.locator('link[rel="canonical"]')).toHaveCount(0);
    await expect(page.locator('title')).toHaveCount(1);
    await expect(page).toHaveTitle(`Not found · ${SITE_TITLE}`);
  });
});

// Feeds, sitemap and robots.txt

type XmlSummary = { parseErrors: number; root: string; links: string[] };

/** Parses XML with the browser's parser: the root element, and the text of every <link> or <loc>. */
function parseXml(parser: Page, xml: string): Promise<XmlSummary> {
  return parser.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    const links = [...doc.getElementsByTagName('link'), ...doc.getElementsByTagName('loc')].map(
      (element) => element.textContent,
    );
    return { parseErrors: doc.getElementsByTagName('parsererror').length, root: doc.documentElement.localName, links };
  }, xml);
}

for (const { address, root } of [
  { address: '/feed.xml', root: 'rss' },
  { address: '/tags/russia/feed.xml', root: 'rss' },
  { address: '/sitemap.xml', root: 'urlset' },
]) {
  test(`${address} is well-formed XML that links the article on ${SITE_URL}`, async ({ request, parser }) => {
    const response = await request.get(address);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/xml/);
    const summary = await parseXml(parser, await response.text());
    expect(summary.parseErrors).toBe(0);
    expect(summary.root).toBe(root);
    expect(summary.links).toContain(ARTICLE_URL);
    for (const link of summary.links) expect(link.startsWith(`${SITE_URL}/`), link).toBe(true);
  });
}

test('/robots.txt allows crawling and points to the absolute sitemap', async ({ request }) => {
  const response = await request.get('/robots.txt');
  expect(response.status()).toBe(200);
  const lines = (await response.text()).split('\n');
  expect(lines).toContain('User-agent: *');
  expect(lines).toContain(`Sitemap: ${SITE_URL}/sitemap.xml`);
  expect(lines).not.toContain('Disallow: /');
});
