/**
 * Photos below the first screen wait for the reader (dist-images/, from `npm run build:images`). Run in the full
 * browser: the headless shell fetches lazy images at once, so this journey would fail there whatever the page said.
 */
import { expect, test } from '../fixtures.ts';
import { PHOTOS_ARTICLE } from './photos.ts';

test('photos below the first screen are not fetched until the reader scrolls to them', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  await page.goto(PHOTOS_ARTICLE.path);
  await page.waitForLoadState('networkidle');
  expect(requested.some((url) => /\/camera-[0-9a-f]{10}-\d+\.avif$/.test(url))).toBe(true);
  expect(requested.filter((url) => /\/(sideways|animated)-/.test(url))).toEqual([]);
  await page.getByRole('img', { name: 'A portrait photo stored on its side' }).scrollIntoViewIfNeeded();
  await expect.poll(() => requested.some((url) => /\/sideways-[0-9a-f]{10}-200\.avif$/.test(url))).toBe(true);
});
