/**
 * With JavaScript on: the prerendered page is complete before any app script
 * runs, React hydrates it in place (the same nodes, nothing logged), and the
 * app then takes over navigation. Also what the prerender put in <head>, and
 * the feeds, sitemap and robots.txt as served.
 */
import { z } from 'zod';

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
const ARTICLE_URL = `${SITE_URL}${ARTICLE.path}`;

/** The app's entry bundle, which Vite names index-<hash>.js. */
const APP_ENTRY = '**/assets/index-*.js';

// The server renders the dark mode toggle unpressed (it cannot know the reader's
// scheme); with a dark system scheme the hydrated app presses it. So aria-pressed
// turning "true" shows that the app has hydrated and re-rendered.
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
  await expect(darkModeToggle(page)).toHaveAttribute('aria-pressed', 'false');

  release();
  await waitForHydration(page);

  expect(
    await page.evaluate(() => {
      const current = document.querySelector('h1');
      return {
        sameH1: window.e2eFirstH1 === current,
        connected: current?.isConnected === true,
        sameRoot: window.e2eFirstRootChild === document.getElementById('root')?.firstElementChild,
        sameMain: window.e2ePrerenderedMain === document.querySelector('main')?.innerHTML,
      };
    }),
  ).toEqual({ sameH1: true, connected: true, sameRoot: true, sameMain: true });
  await expect(h1).toHaveText(ARTICLE.headline);
});

test('the app and the page data are requested only after the page has painted its content', async ({ page }) => {
  await page.goto(ARTICLE.path);
  await waitForHydration(page);
  const timings = await page.evaluate(() => {
    const paint = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null;
    const app = performance
      .getEntriesByType('resource')
      .filter((entry) => /\/assets\/.+\.js$|\/data\//.test(new URL(entry.name).pathname))
      .map((entry) => ({ path: new URL(entry.name).pathname, start: entry.startTime }));
    return { paint, app };
  });
  if (timings.paint === null) throw new Error('the browser reported no first contentful paint');
  const paintedAt = timings.paint;
  expect(timings.app.map((file) => file.path)).toEqual(
    expect.arrayContaining([expect.stringMatching(/^\/assets\/index-/), expect.stringMatching(/^\/data\/articles\//)]),
  );
  // Vite's page would ask for them while parsing <head>, long before anything is on screen.
  expect(timings.app.filter((file) => file.start < paintedAt)).toEqual([]);
});

test('after hydration a tag chip navigates inside the app and focus moves to the new h1', async ({ page }) => {
  await rememberPrerendered(page);
  const documents = documentRequests(page);
  await page.goto(ARTICLE.path);
  await waitForHydration(page);
  expect(await page.evaluate(() => window.e2eFirstH1 === document.querySelector('h1'))).toBe(true);

  await page.getByRole('region', { name: 'Topics' }).getByRole('link', { name: 'Russia', exact: true }).click();

  await expect(page).toHaveURL('/tags/russia');
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

for (const address of ['/', '/tags', '/tags/russia', '/authors', '/authors/olena-goncharova']) {
  test(`${address} hydrates in place too`, async ({ page }) => {
    await rememberPrerendered(page);
    await page.goto(address);
    await waitForHydration(page);
    expect(
      await page.evaluate(() => ({
        sameH1: window.e2eFirstH1 !== null && window.e2eFirstH1 === document.querySelector('h1'),
        sameMain: window.e2ePrerenderedMain === document.querySelector('main')?.innerHTML,
      })),
    ).toEqual({ sameH1: true, sameMain: true });
  });
}

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

async function jsonLd(page: Page): Promise<unknown[]> {
  const texts = await page.locator('script[type="application/ld+json"]').allTextContents();
  return texts.map((text): unknown => JSON.parse(text));
}

test('the article page head: one title, one description, canonical, Open Graph and JSON-LD', async ({ page }) => {
  await page.goto(ARTICLE.path);
  await waitForHydration(page);

  await expect(page.locator('title')).toHaveCount(1);
  await expect(page).toHaveTitle(`${ARTICLE.headline} · ${SITE_TITLE}`);
  const description = page.locator('meta[name="description"]');
  await expect(description).toHaveCount(1);
  await expect(description).toHaveAttribute('content', new RegExp(`^${ARTICLE.paragraphs[0]}`));
  const canonical = page.locator('link[rel="canonical"]');
  await expect(canonical).toHaveCount(1);
  await expect(canonical).toHaveAttribute('href', ARTICLE_URL);
  await expect(page.locator('meta[name="robots"]')).toHaveCount(0);
  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article');
  await expect(page.locator('meta[property="og:url"]')).toHaveAttribute('content', ARTICLE_URL);
  await expect(page.locator('meta[property="article:published_time"]')).toHaveAttribute('content', ARTICLE.datetime);
  await expect(page.locator('meta[property="article:tag"]')).toHaveCount(ARTICLE.tags.length);
  await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute(
    'href',
    `${SITE_URL}/feed.xml`,
  );

  const data = await jsonLd(page);
  expect(data.map((item) => JsonLdShape.parse(item)['@type'])).toEqual(['NewsArticle', 'BreadcrumbList']);
  const article = NewsArticleShape.parse(data[0]);
  expect(article.headline).toBe(ARTICLE.headline);
  expect(article.datePublished).toBe(ARTICLE.datetime);
  expect(article.mainEntityOfPage).toBe(ARTICLE_URL);
  expect(article.author).toEqual([
    { '@type': 'Person', name: 'Olena Goncharova', url: `${SITE_URL}/authors/olena-goncharova` },
  ]);
  const breadcrumbs = BreadcrumbListShape.parse(data[1]);
  expect(breadcrumbs.itemListElement).toEqual([
    { '@type': 'ListItem', position: 1, name: SITE_TITLE, item: `${SITE_URL}/` },
    { '@type': 'ListItem', position: 2, name: 'North Korea', item: `${SITE_URL}/tags/north-korea` },
    { '@type': 'ListItem', position: 3, name: ARTICLE.headline, item: ARTICLE_URL },
  ]);
});

test('the tag page head offers the site feed and its own', async ({ page }) => {
  await page.goto('/tags/russia');
  await waitForHydration(page);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${SITE_URL}/tags/russia`);
  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'website');
  const feeds = page.locator('link[rel="alternate"][type="application/rss+xml"]');
  await expect(feeds).toHaveCount(2);
  expect(await feeds.evaluateAll((links) => links.map((link) => link.getAttribute('href')))).toEqual([
    `${SITE_URL}/feed.xml`,
    `${SITE_URL}/tags/russia/feed.xml`,
  ]);
  const types = (await jsonLd(page)).map((item) => JsonLdShape.parse(item)['@type']);
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
function parseXml(page: Page, xml: string): Promise<XmlSummary> {
  return page.evaluate((text) => {
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
  test(`${address} is well-formed XML that links the article on ${SITE_URL}`, async ({ page, request }) => {
    const response = await request.get(address);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/xml/);
    const summary = await parseXml(page, await response.text());
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
