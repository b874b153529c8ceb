/**
 * The site built for a sub-path (`npm run build:subpath`: BASE_PATH=/news/,
 * into dist-news/) on the plain static server, which serves it under /news/
 * only: anything that forgets the base is a 404 and fails the test.
 *
 * The project's baseURL is http://localhost:<port>/news/, so addresses here
 * are relative ('articles/x', './'), resolving under /news/.
 */
import { ARTICLE, AUTHOR, SITE_TITLE } from '../content.ts';
import { expect, test, type Page } from '../fixtures.ts';
import { expectHydrated, rememberPrerenderedRoot } from '../prerendered.ts';

const BASE = '/news/';
/** `url` in src/content/site.json: where canonical addresses point, whatever the base the build was made for. */
const SITE_URL = 'https://ledger.example.org';

type View = { name: string; address: string; pathname: string; h1: string };

const HOME: View = { name: 'home', address: './', pathname: BASE, h1: 'Latest' };

const VIEWS: View[] = [
  HOME,
  {
    name: 'article',
    address: `articles/${ARTICLE.slug}`,
    pathname: `${BASE}articles/${ARTICLE.slug}/`,
    h1: ARTICLE.headline,
  },
  { name: 'tag', address: 'tags/russia', pathname: `${BASE}tags/russia/`, h1: 'Russia' },
  { name: 'tag index', address: 'tags', pathname: `${BASE}tags/`, h1: 'Tags' },
  { name: 'author', address: `authors/${AUTHOR.slug}`, pathname: `${BASE}authors/${AUTHOR.slug}/`, h1: AUTHOR.name },
  { name: 'author index', address: 'authors', pathname: `${BASE}authors/`, h1: 'Authors' },
];

/** The path of every same-origin link, script, stylesheet, preload, icon and image the page refers to. */
function referencesOnPage(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const urls = [
      ...Array.from(document.querySelectorAll('a[href]'), (element) => element.getAttribute('href') ?? ''),
      ...Array.from(document.querySelectorAll('link[href]'), (element) => element.getAttribute('href') ?? ''),
      ...Array.from(
        document.querySelectorAll('script[src], img[src], source[src]'),
        (element) => element.getAttribute('src') ?? '',
      ),
      ...Array.from(document.querySelectorAll('img[srcset], source[srcset]'), (element) =>
        (element.getAttribute('srcset') ?? '').split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? ''),
      ).flat(),
    ];
    return urls
      .filter((href) => href !== '' && !href.startsWith('#'))
      .map((href) => new URL(href, document.baseURI))
      .filter((url) => url.origin === window.location.origin)
      .map((url) => url.pathname);
  });
}

async function expectEverythingUnderBase(page: Page): Promise<void> {
  const references = await referencesOnPage(page);
  expect(references.length, 'the page refers to some of its own files and pages').toBeGreaterThan(5);
  expect(references.filter((pathname) => !pathname.startsWith(BASE))).toEqual([]);
  expect(references.some((pathname) => pathname.startsWith(`${BASE}assets/`))).toBe(true);
}

async function expectView(page: Page, view: View): Promise<void> {
  await expect(page).toHaveURL(view.pathname);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(view.h1);
  await expect(page.getByRole('heading', { level: 1, includeHidden: true })).toHaveCount(1);
  await expect(page).toHaveTitle(new RegExp(`${SITE_TITLE}$`));
}

/** The path of every request the page makes to `origin`, from now on. */
function recordRequests(page: Page, origin: string): string[] {
  const requested: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin === origin) requested.push(url.pathname);
  });
  return requested;
}

for (const view of VIEWS) {
  test(`the ${view.name} opens under ${BASE} directly and after a reload, with every link and asset under it`, async ({
    page,
    baseURL,
  }) => {
    const requested = recordRequests(page, new URL(baseURL ?? '').origin);
    await rememberPrerenderedRoot(page);

    await page.goto(view.address);
    await expectView(page, view);
    await expectHydrated(page);
    await expectEverythingUnderBase(page);

    await page.reload();
    await expectView(page, view);
    await expectHydrated(page);
    await expectEverythingUnderBase(page);

    // What the browser actually fetched (the app, the view's chunk, its data file, images) stayed under the base too.
    expect(requested.filter((pathname) => !pathname.startsWith(BASE))).toEqual([]);
  });
}

test(`${BASE} without its slash redirects to it`, async ({ request }) => {
  const response = await request.get('/news', { maxRedirects: 0 });
  expect(response.status()).toBe(301);
  expect(response.headers().location).toBe(BASE);
});

test(`moving between views keeps ${BASE} in the address and fetches each page's data from under ${BASE}`, async ({
  page,
}) => {
  await rememberPrerenderedRoot(page);
  await page.goto('./');
  await expectHydrated(page);

  const documents: string[] = [];
  const fetches: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'document') documents.push(request.url());
    if (request.resourceType() === 'fetch') fetches.push(new URL(request.url()).pathname);
  });
  const sections = page.getByRole('navigation', { name: 'Sections' });
  const main = page.getByRole('main');

  const steps: { go: () => Promise<void>; pathname: string; h1: string }[] = [
    { go: () => sections.getByRole('link', { name: 'Tags' }).click(), pathname: `${BASE}tags/`, h1: 'Tags' },
    {
      go: () => main.getByRole('link', { name: 'Russia', exact: true }).click(),
      pathname: `${BASE}tags/russia/`,
      h1: 'Russia',
    },
    {
      go: () => main.getByRole('link', { name: ARTICLE.headline }).click(),
      pathname: `${BASE}articles/${ARTICLE.slug}/`,
      h1: ARTICLE.headline,
    },
    {
      go: () => main.getByText(ARTICLE.byline, { exact: true }).getByRole('link', { name: AUTHOR.name }).click(),
      pathname: `${BASE}authors/${AUTHOR.slug}/`,
      h1: AUTHOR.name,
    },
    { go: () => sections.getByRole('link', { name: 'Authors' }).click(), pathname: `${BASE}authors/`, h1: 'Authors' },
    {
      go: () => page.getByRole('banner').getByRole('link', { name: SITE_TITLE }).click(),
      pathname: BASE,
      h1: 'Latest',
    },
    { go: () => page.goBack().then(() => undefined), pathname: `${BASE}authors/`, h1: 'Authors' },
  ];
  for (const step of steps) {
    await step.go();
    await expect(page).toHaveURL(step.pathname);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(step.h1);
    await expectEverythingUnderBase(page);
  }

  expect(documents, 'navigating inside the site fetched no document').toEqual([]);
  // Each address's own HTML file, whose island is its data; for the two indexes, their lists' data files alone.
  expect(fetches).toEqual(
    expect.arrayContaining([
      `${BASE}data/tags.json`,
      `${BASE}tags/russia/`,
      `${BASE}articles/${ARTICLE.slug}/`,
      `${BASE}authors/${AUTHOR.slug}/`,
      `${BASE}data/authors.json`,
    ]),
  );
  expect(fetches).not.toContain(`${BASE}tags/`);
  expect(fetches).not.toContain(`${BASE}authors/`);
  expect(fetches.filter((pathname) => !pathname.startsWith(BASE))).toEqual([]);
});

test('the page carries its data under its address inside the site, and canonical, Open Graph and JSON-LD use the site url', async ({
  request,
  parser,
}) => {
  const response = await request.get(`articles/${ARTICLE.slug}/`);
  expect(response.status()).toBe(200);
  // As a browser parses the page as served; the preload waits in the app's start template until the first paint.
  const head = await parser.evaluate(
    (source) => {
      const document = new DOMParser().parseFromString(source, 'text/html');
      const start = document.querySelector('template#app-start');
      const attributes = (root: ParentNode | undefined, selector: string, attribute: string) =>
        Array.from(root?.querySelectorAll(selector) ?? [], (element) => element.getAttribute(attribute) ?? '');
      return {
        preloads: attributes(
          start instanceof HTMLTemplateElement ? start.content : undefined,
          'link[rel="preload"][as="fetch"]',
          'href',
        ),
        island: document.getElementById('page-data')?.textContent ?? '',
        canonicals: attributes(document, 'link[rel="canonical"]', 'href'),
        ogUrls: attributes(document, 'meta[property="og:url"]', 'content'),
        jsonLd: Array.from(
          document.querySelectorAll('script[type="application/ld+json"]'),
          (script) => script.textContent,
        ),
      };
    },
    await response.text(),
  );
  const canonical = `${SITE_URL}${ARTICLE.path}/`;

  // Nothing to preload: the data is in the page, named by its address inside the site, without the base.
  expect(head.preloads).toEqual([]);
  expect(JSON.parse(head.island)).toMatchObject({ address: ARTICLE.path, data: { slug: ARTICLE.slug } });
  expect(head.canonicals).toEqual([canonical]);
  expect(head.ogUrls).toEqual([canonical]);

  const jsonLd = head.jsonLd.map((text): unknown => JSON.parse(text));
  expect(jsonLd).toContainEqual(
    expect.objectContaining({
      '@type': 'NewsArticle',
      mainEntityOfPage: canonical,
      author: [expect.objectContaining({ url: `${SITE_URL}${AUTHOR.path}/` })],
      publisher: expect.objectContaining({ url: `${SITE_URL}/` }),
    }),
  );
  // Nothing in the head's absolute addresses points at the server the test happens to run on.
  expect(JSON.stringify(jsonLd)).not.toContain('localhost');
});

test.describe('an unknown address under the base', () => {
  test.use({ expectNotFound: true });

  for (const address of ['nope', `articles/no-such-article`]) {
    test(`${BASE}${address} answers 404 with the Not found view and a working way home`, async ({ page }) => {
      const response = await page.goto(address);

      expect(response?.status()).toBe(404);
      await expect(page).toHaveURL(`${BASE}${address}`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Not found');
      await expect(page).toHaveTitle(`Not found · ${SITE_TITLE}`);
      // The app's own files join <head> only after the first paint (app-start.ts): count them in, not race them.
      await expect(page.locator('head script[type="module"]')).toHaveCount(1);
      await expectEverythingUnderBase(page);

      await page.getByRole('link', { name: 'Go to the latest articles' }).click();
      await expect(page).toHaveURL(BASE);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Latest');
    });
  }
});
