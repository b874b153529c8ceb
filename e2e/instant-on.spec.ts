/**
 * What a reader does before the app runs is not lost, on a connection slow
 * enough (CDP throttling) that the page is on screen well before the app
 * has arrived; and a link the reader points at is ready before the click.
 * Each action before the app asserts that the app is indeed not running yet,
 * so that a fast run cannot pass without testing anything.
 */
import type { Page } from '@playwright/test';

import { appIsRunning, waitForApp } from './app-ready.ts';
import { ARTICLE } from './content.ts';
import { expect, test } from './fixtures.ts';

/** Slow enough that the app's ~110 KB take more than a second after the first paint: 150 ms round trips, 80 KB/s. */
async function throttle(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 150,
    downloadThroughput: 80 * 1024,
    uploadThroughput: 80 * 1024,
  });
}

test.use({ colorScheme: 'light' });
// Three throttled page loads in a test: more than the default 30 s on a busy machine.
test.describe.configure({ timeout: 60_000 });

test('the scheme button clicked before the app runs switches at once, and the choice survives the start', async ({
  page,
}) => {
  await throttle(page);
  await page.goto(ARTICLE.path, { waitUntil: 'commit' });
  const button = page.getByRole('button', { name: 'Dark mode' });
  await expect(button).toHaveAttribute('aria-pressed', 'false');

  expect(await appIsRunning(page)).toBe(false);
  await button.click();
  await expect(button).toHaveAttribute('aria-pressed', 'true');
  expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
  expect(await appIsRunning(page)).toBe(false);

  await waitForApp(page);
  await expect(button).toHaveAttribute('aria-pressed', 'true');
  expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
  // And once the app runs, the button is the app's, and acts once per click.
  await button.click();
  await expect(button).toHaveAttribute('aria-pressed', 'false');
  expect(await page.evaluate(() => localStorage.getItem('broadsheet-theme'))).toBe('light');
});

test('"/" and a query typed before the app runs reach the results', async ({ page }) => {
  await throttle(page);
  await page.goto(ARTICLE.path, { waitUntil: 'commit' });
  const box = page.getByRole('searchbox', { name: 'Search articles' });
  await expect(box).toBeVisible();

  expect(await appIsRunning(page)).toBe(false);
  await page.keyboard.press('/');
  await expect(box).toBeFocused();
  await page.keyboard.type('Pyongyang ceremony');
  expect(await appIsRunning(page)).toBe(false);
  await page.keyboard.press('Enter');

  await expect(page).toHaveURL(/\/search\/\?q=Pyongyang\+ceremony$/);
  await expect(page.getByRole('status').filter({ hasText: 'result' })).toHaveText('1 result for “Pyongyang ceremony”', {
    timeout: 20_000,
  });
  await expect(page.getByRole('main').getByRole('link', { name: ARTICLE.headline })).toBeVisible();
});

test('a query typed into the search page before the app runs is searched for once it does', async ({ page }) => {
  await throttle(page);
  await page.goto('/search', { waitUntil: 'commit' });
  const box = page.getByRole('searchbox', { name: 'Headlines, stories, tags and authors' });
  await expect(box).toBeVisible();

  expect(await appIsRunning(page)).toBe(false);
  await box.fill('Pyongyang');

  await waitForApp(page);
  await expect(box).toHaveValue('Pyongyang');
  await expect(page).toHaveURL(/\/search\/\?q=Pyongyang$/, { timeout: 20_000 });
  await expect(page.getByRole('main').getByRole('link', { name: ARTICLE.headline })).toBeVisible();
});

test('a link the reader points at has its data loaded before the click, and the click asks the network for nothing', async ({
  page,
}) => {
  const prefetcher = page.waitForResponse(/\/assets\/after-start-[\w-]+\.js$/);
  await page.goto(ARTICLE.path);
  await waitForApp(page);
  await prefetcher;
  // The prefetcher starts when the browser is idle: this idle callback runs after its.
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve)));

  const chip = page.getByRole('region', { name: 'Topics' }).getByRole('link', { name: 'Russia', exact: true });
  // The tag page's HTML, whose island is its data.
  const data = page.waitForResponse(
    (response) => response.request().resourceType() === 'fetch' && /\/tags\/russia\/$/.test(response.url()),
  );
  await chip.hover();
  await data;

  const requested: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'fetch' || request.url().endsWith('.js')) requested.push(request.url());
  });
  await chip.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Russia');
  expect(requested).toEqual([]);
});
