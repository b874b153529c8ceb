import { ARTICLE } from './content.ts';
import { expect, test, type Page } from './fixtures.ts';
import { gotoHydrated } from './prerendered.ts';

const searchBox = (page: Page) => page.getByRole('searchbox', { name: /search/i });
const results = (page: Page) => page.getByRole('main').getByRole('listitem');
const status = (page: Page) => page.getByRole('status').filter({ hasText: /result|match/ });

test('the header box: Enter opens the results, with the headline, the date and the matching words marked', async ({
  page,
}) => {
  await gotoHydrated(page, '/');
  await searchBox(page).fill('Kursk');
  await searchBox(page).press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=Kursk$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Search' })).toBeVisible();
  await expect(status(page)).toHaveText('1 result for “Kursk”');
  const result = results(page).first();
  await expect(result.getByRole('heading', { level: 2 })).toHaveText(ARTICLE.headline);
  await expect(result.locator('time')).toHaveText(ARTICLE.date);
  await expect(result.locator('mark').first()).toHaveText('Kursk');
  await result.getByRole('link', { name: ARTICLE.headline }).click();
  await expect(page).toHaveURL(ARTICLE.href);
});

test('the / key focuses the search box from anywhere but a text field', async ({ page }) => {
  await gotoHydrated(page, ARTICLE.path);
  await expect(searchBox(page)).not.toBeFocused();
  await page.keyboard.press('/');
  await expect(searchBox(page)).toBeFocused();
  // Typed into the box, "/" is a character like any other.
  await page.keyboard.type('a/b');
  await expect(searchBox(page)).toHaveValue('a/b');
});

// How long a pause ends a burst of typing is timed on fake time in src/features/search/use-query-in-url.test.tsx.
test('results follow typing; one burst of typing is one history entry, and back and forward restore queries', async ({
  page,
}) => {
  await gotoHydrated(page, '/search');
  const box = page.getByRole('searchbox', { name: 'Headlines, stories, tags and authors' });
  await box.pressSequentially('pyongy', { delay: 40 });
  await expect(page).toHaveURL(/q=pyongy$/);
  await expect(status(page)).toHaveText('1 result for “pyongy”');
  await expect(box).toBeFocused();

  // Enter ends the burst, as a long pause does: the next search is a new entry.
  await box.press('Enter');
  await expect(page).toHaveURL(/q=pyongy$/);
  await box.fill('');
  await box.pressSequentially('zzqx', { delay: 40 });
  await expect(page).toHaveURL(/q=zzqx$/);
  await expect(status(page)).toHaveText('No articles match “zzqx”. Check the spelling, or try fewer or other words.');
  await expect(results(page)).toHaveCount(0);

  await page.goBack();
  await expect(page).toHaveURL(/q=pyongy$/);
  await expect(box).toHaveValue('pyongy');
  await expect(status(page)).toHaveText('1 result for “pyongy”');
  await page.goBack();
  await expect(page).toHaveURL(/\/search\/?$/);
  await expect(box).toHaveValue('');
  await page.goForward();
  await expect(box).toHaveValue('pyongy');
  await page.goForward();
  await expect(box).toHaveValue('zzqx');
});

test('a shared link shows the same results, and so does a reload; a typo in a longer word still finds', async ({
  page,
}) => {
  await page.goto('/search?q=Kusrk%20troops');
  await expect(status(page)).toHaveText('1 result for “Kusrk troops”');
  await expect(page).toHaveTitle(/“Kusrk troops”: search/);
  await page.reload();
  await expect(status(page)).toHaveText('1 result for “Kusrk troops”');
  await expect(results(page).locator('mark').first()).toBeVisible();
});

test('a slow search says it is searching until its answer comes', async ({ page }) => {
  await gotoHydrated(page, '/search');
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route('**/data/search/**', async (route) => {
    await held;
    await route.fallback();
  });
  const box = page.getByRole('main').getByRole('searchbox');
  await box.fill('Kursk troops');
  await box.press('Enter');
  await expect(page.getByRole('status')).toHaveText('Searching…');
  release();
  await expect(status(page)).toHaveText('1 result for “Kursk troops”');
});

test.describe('an index file that fails to load', () => {
  test.use({ failingRequests: /\/data\/search\/postings-/ });

  test('the page says search is unavailable, keeps its box, and the next search finds', async ({ page }) => {
    let failing = true;
    await page.route('**/data/search/postings-*', (route) => (failing ? route.abort('failed') : route.fallback()));
    await page.goto('/search?q=Kursk');
    await expect(page.getByRole('status')).toHaveText(/^Search is not available right now/);
    await expect(results(page)).toHaveCount(0);
    failing = false;
    const box = page.getByRole('main').getByRole('searchbox');
    await box.fill('Kursk troops');
    await box.press('Enter');
    await expect(status(page)).toHaveText('1 result for “Kursk troops”');
  });
});

test('search costs nothing until used: the index loads when the box gets focus', async ({ page }) => {
  const searchFiles: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/data/search/')) searchFiles.push(new URL(request.url()).pathname);
  });
  await gotoHydrated(page, ARTICLE.path);
  await page.waitForLoadState('networkidle');
  expect(searchFiles).toEqual([]);
  await searchBox(page).focus();
  await expect.poll(() => searchFiles).toEqual(['/data/search/terms.json']);
});

test('the search page is prerendered as a shell that hydrates', async ({ page, request }) => {
  const html = await (await request.get('/search')).text();
  expect(html).toContain('Headlines, stories, tags and authors');
  await gotoHydrated(page, '/search');
  await expect(page.getByRole('link', { name: 'Search', exact: true })).toHaveAttribute('aria-current', 'page');
});
