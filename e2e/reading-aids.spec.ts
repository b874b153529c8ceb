/**
 * Reading aids on an article: sharing its address, the reading progress bar,
 * a clean printout, and the bar that shows while a slow navigation loads.
 */
import { ARTICLE } from './content.ts';
import { expect, test, type Page } from './fixtures.ts';
import { gotoHydrated } from './prerendered.ts';

const SITE_URL = 'https://ledger.example.org';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

/** Opens the article and waits until the app has loaded (and so hydrated). */
async function openArticle(page: Page): Promise<void> {
  await gotoHydrated(page, ARTICLE.path);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ARTICLE.headline);
  await page.waitForLoadState('networkidle');
}

test('Share copies the article’s address and confirms it', async ({ page }) => {
  // Where there is no system share sheet (as on most desktops), Share copies the link.
  await page.addInitScript(() => {
    Reflect.deleteProperty(Navigator.prototype, 'share');
  });
  await openArticle(page);

  const status = page.getByRole('status').filter({ hasText: 'Link copied' });
  await expect(status).toHaveCount(0);
  await page.getByRole('button', { name: 'Share' }).click();

  await expect(status).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(new URL(ARTICLE.href, page.url()).href);
  // The confirmation goes away after a few seconds.
  await expect(status).toHaveCount(0, { timeout: 8_000 });
});

test('the reading progress bar fills as the reader scrolls through the article', async ({ page }) => {
  await openArticle(page);
  const bar = page.getByTestId('reading-progress');
  const width = () => bar.evaluate((element) => element.getBoundingClientRect().width);
  expect(await width()).toBe(0);

  await page.getByRole('region', { name: 'Topics' }).scrollIntoViewIfNeeded();
  await expect.poll(width).toBeGreaterThan(0);
});

test('a printed article leaves out the site’s chrome and gives its address', async ({ page }) => {
  await openArticle(page);
  const printedFrom = page.getByText(`Printed from ${SITE_URL}${ARTICLE.path}/`, { exact: true });
  await expect(printedFrom).toBeHidden();

  await page.emulateMedia({ media: 'print' });

  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Sections' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Dark mode' })).toBeHidden();
  await expect(page.getByRole('contentinfo')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Share' })).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Related reading' })).toBeHidden();
  await expect(printedFrom).toBeVisible();
  const colours = await page.evaluate(() => {
    const style = getComputedStyle(document.body);
    return { color: style.color, background: getComputedStyle(document.documentElement).backgroundColor };
  });
  expect(colours).toEqual({ color: 'rgb(0, 0, 0)', background: 'rgb(255, 255, 255)' });
});

test('a slow navigation shows a loading bar until the new page is in', async ({ page }) => {
  await openArticle(page);
  // The tag page's HTML, which the navigation fetches for its data.
  await page.route('**/tags/russia/', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 600));
    await route.continue();
  });
  const progress = page.getByRole('progressbar', { name: 'Loading page' });
  await expect(progress).toHaveCount(0);

  await page.getByRole('region', { name: 'Topics' }).getByRole('link', { name: 'Russia', exact: true }).click();

  await expect(progress).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Russia');
  await expect(progress).toHaveCount(0);
});
