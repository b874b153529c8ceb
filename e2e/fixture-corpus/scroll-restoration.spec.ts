/** Back and forward between client-rendered views put the reader where they were on each. */
import type { Page } from '@playwright/test';

import { expect, test } from '../fixtures.ts';
import { gotoHydrated } from '../prerendered.ts';

const scrollY = (page: Page) => page.evaluate(() => Math.round(window.scrollY));

test('back and forward restore each view’s scroll position; a new view opens at the top', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 700 });
  await gotoHydrated(page, '/');
  await page.evaluate(() => {
    window.scrollTo(0, 1500);
  });
  await expect.poll(() => scrollY(page)).toBe(1500);
  // An entry far down the list.
  const link = page.getByRole('main').getByRole('article').nth(12).getByRole('heading').getByRole('link');
  const title = (await link.textContent()) ?? '';
  await link.scrollIntoViewIfNeeded();
  const listPosition = await scrollY(page);
  await link.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect.poll(() => scrollY(page)).toBe(0);

  await page.evaluate(() => {
    window.scrollTo(0, 300);
  });
  await expect.poll(() => scrollY(page)).toBe(300);
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Latest');
  await expect.poll(() => scrollY(page)).toBe(listPosition);

  await page.goForward();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect.poll(() => scrollY(page)).toBe(300);
});
