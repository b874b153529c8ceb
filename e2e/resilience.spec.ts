/**
 * When loading fails (a dropped connection, a redeploy while the page was
 * open) the app asks once more; if that fails too, the reader gets a
 * readable message and a reload of the very same address, never a blank
 * page. Malformed addresses get "Not found" or the nearest valid page, and
 * nothing is logged.
 *
 * Requests are made to fail with `page.route(…).abort()`; the tests name
 * them (`failingRequests`), so the fixture expects those failures and only
 * those.
 */
import { ARTICLE } from './content.ts';
import { expect, test, type Page } from './fixtures.ts';
import { expectAppRunning, gotoHydrated } from './prerendered.ts';

/** The article's page, as a client navigation fetches it for its data (src/lib/content/page-island.ts). */
const ARTICLE_DATA = `**/articles/${ARTICLE.slug}/`;
/** The article view's code: Vite names its chunk article-page-<hash>.js. */
const ARTICLE_CHUNK = '**/assets/article-page-*.js';

/** Fails the first `times` requests to `url` (Infinity: all of them); resolves to a count of every request made. */
async function failRequests(page: Page, url: string, times: number): Promise<{ count: () => number }> {
  let requests = 0;
  await page.route(url, (route) => {
    requests += 1;
    return requests <= times ? route.abort('internetdisconnected') : route.fallback();
  });
  return { count: () => requests };
}

/** From the hydrated home page, to the article by its link: a client-side navigation. */
async function openArticleFromHome(page: Page): Promise<void> {
  await gotoHydrated(page, '/');
  await page.getByRole('main').getByRole('link', { name: ARTICLE.headline }).first().click();
  await expect(page).toHaveURL(ARTICLE.href);
}

async function expectReloadOfThisAddress(page: Page, scope = page.getByRole('main')): Promise<void> {
  const reload = scope.getByRole('link', { name: 'Reload this page' });
  await expect(reload).toBeVisible();
  const href = await reload.getAttribute('href');
  expect(new URL(href ?? '', page.url()).href, 'the reload keeps the whole address').toBe(page.url());
  // The header, and with it the way around the site, is still there.
  await expect(page.getByRole('banner')).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible();
}

test.describe("an address's data that does not load", () => {
  test.use({ failingRequests: /\/articles\/[^/]+\/$/ });

  test('once: the app asks again and the article opens', async ({ page }) => {
    const requests = await failRequests(page, ARTICLE_DATA, 1);
    await openArticleFromHome(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(ARTICLE.headline);
    expect(requests.count()).toBe(2);
  });

  test('twice: "Something went wrong", a reload of this address, and the reload works', async ({ page }) => {
    const requests = await failRequests(page, ARTICLE_DATA, Infinity);
    await openArticleFromHome(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Something went wrong');
    await expect(page.getByText('Check your connection and try again.')).toBeVisible();
    await expectReloadOfThisAddress(page);
    expect(requests.count()).toBe(2);

    // The connection is back: the reload opens the article.
    await page.unrouteAll();
    await page.getByRole('link', { name: 'Reload this page' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(ARTICLE.headline);
    await expect(page).toHaveURL(ARTICLE.href);
  });

  test('on the first load there is nothing to fail: the data is in the page, and the app runs', async ({ page }) => {
    const requests = await failRequests(page, ARTICLE_DATA, Infinity);
    await page.goto(`${ARTICLE.path}?ref=feed#article`);
    await expectAppRunning(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(ARTICLE.headline);
    await expect(page.getByRole('alert')).toHaveCount(0);
    expect(requests.count()).toBe(0);
  });
});

test.describe("a view's code that does not load", () => {
  test.use({ failingRequests: /\/assets\/article-page-[\w-]+\.js$/ });

  test('once: the app asks again and the article opens', async ({ page }) => {
    const requests = await failRequests(page, ARTICLE_CHUNK, 1);
    await openArticleFromHome(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(ARTICLE.headline);
    expect(requests.count()).toBe(2);
  });

  test('twice: the error view offers a reload of this address, which gets the current code', async ({ page }) => {
    const requests = await failRequests(page, ARTICLE_CHUNK, Infinity);
    await openArticleFromHome(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Something went wrong');
    await expect(page.getByText(/This page could not be loaded/)).toBeVisible();
    await expectReloadOfThisAddress(page);
    expect(requests.count()).toBe(2);

    // Other views still open.
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Tags' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tags');
  });

  test('on the first load: the prerendered article stays, readable, with a reload', async ({ page }) => {
    await failRequests(page, ARTICLE_CHUNK, Infinity);
    await page.goto(ARTICLE.path);
    const notice = page.getByRole('alert').filter({ hasText: 'could not be loaded' });
    await expect(notice).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(ARTICLE.headline);
    await expectReloadOfThisAddress(page, notice);
  });
});

test.describe('the early script that does not load', () => {
  test.use({ failingRequests: /\/assets\/early-[\w-]+\.js$/ });

  // It holds the saved scheme, the early controls and the app's start (scripts/early-script.ts): without it the
  // page is what a reader with JavaScript off gets, readable, with links and the search form as page loads.
  test('the page reads as with JavaScript off, and its links and search still go', async ({ page }) => {
    const requests = await failRequests(page, '**/assets/early-*.js', Infinity);
    await page.goto(ARTICLE.path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(ARTICLE.headline);
    expect(requests.count()).toBe(1);

    await page.getByRole('link', { name: ARTICLE.tags[0] }).first().click();
    await expect(page).toHaveURL(/\/tags\/north-korea\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(ARTICLE.tags[0]);

    await page.getByRole('searchbox', { name: 'Search articles' }).fill('Kim');
    await page.getByRole('searchbox', { name: 'Search articles' }).press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=Kim$/);
    await expect.poll(() => requests.count()).toBe(3);
  });
});

test.describe('malformed addresses', () => {
  test.use({ expectNotFound: true });

  const LONG = 'x'.repeat(5000);

  const NOT_FOUND = [
    '/page/0',
    '/page/abc',
    '/page/-1',
    '/page/1e3',
    '/tags/UPPER',
    '/authors/Olena-Goncharova',
    '/articles/%E0%A4%A',
    '/articles/%',
    '/tags/%D0%BA%D0%B8%D1%97%D0%B2',
    `/articles/${'a'.repeat(300)}`,
    '/articles/a/b/c',
  ];

  // One page, one address after another (a step each): a new browser context per address cost more than the check.
  test('each one: "Not found", nothing thrown or logged', async ({ page }) => {
    // Eleven loads: room for a busy two-core machine.
    test.setTimeout(60_000);
    for (const address of NOT_FOUND) {
      await test.step(address.slice(0, 60), async () => {
        await page.goto(address);
        await expectAppRunning(page);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText('Not found');
        await expect(page.getByRole('link', { name: 'Go to the latest articles' })).toBeVisible();
      });
    }
  });

  test('a broken %-escape is re-escaped, so nothing of the address is lost', async ({ page }) => {
    await page.goto('/articles/%E0%A4%A?ref=x#y');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Not found');
    await expect(page).toHaveURL('/articles/%25E0%25A4%25A?ref=x#y');
  });

  test('a valid escape is left as typed', async ({ page }) => {
    await page.goto('/tags/%D0%BA%D0%B8%D1%97%D0%B2');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Not found');
    await expect(page).toHaveURL('/tags/%D0%BA%D0%B8%D1%97%D0%B2');
  });

  test('a long query string on a page: the page itself', async ({ page }) => {
    await page.goto(`/?x=${LONG}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Latest');
    await page.goto(`${ARTICLE.path}?utm_source=${LONG}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(ARTICLE.headline);
  });

  test('a long search: a page with its heading, not an error', async ({ page }) => {
    await page.goto(`/search?q=${LONG}`);
    const heading = page.getByRole('heading', { level: 1 });
    await expect(heading).toBeVisible();
    await expect(heading).not.toHaveText('Something went wrong');
  });
});
