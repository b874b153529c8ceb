/**
 * The favicon is a hashed asset, cached for a year as `_headers` asks of the host: moving around the site by client
 * navigation never fetches it from the network again (it was fetched on every one, from /favicon.svg, no-cache).
 */
import { expect, test } from '../fixtures.ts';
import { gotoHydrated } from '../prerendered.ts';

test('client navigations do not fetch the favicon from the network again', async ({ page }) => {
  // Chromium still announces each lookup; the DevTools protocol says which ones the cache answered.
  const client = await page.context().newCDPSession(page);
  await client.send('Network.enable');
  const fetched: string[] = [];
  client.on('Network.responseReceived', ({ response }) => {
    if (/favicon/.test(response.url) && response.fromDiskCache !== true && response.fromPrefetchCache !== true)
      fetched.push(response.url);
  });
  await gotoHydrated(page, '/');
  await expect.poll(() => fetched.length).toBe(1);
  expect(fetched[0]).toMatch(/\/assets\/favicon-[\w-]+\.svg$/);
  const sections = page.getByRole('navigation', { name: 'Sections' });
  for (const name of ['Tags', 'Authors', 'Latest']) {
    await sections.getByRole('link', { name }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  }
  await page.waitForLoadState('networkidle');
  expect(fetched).toHaveLength(1);
});
