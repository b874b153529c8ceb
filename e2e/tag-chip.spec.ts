import { ARTICLE } from './content.ts';
import { expect, test } from './fixtures.ts';
import { gotoHydrated } from './prerendered.ts';

test('a reader follows a tag chip to the tag view and comes back', async ({ page }) => {
  await gotoHydrated(page, ARTICLE.path);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ARTICLE.headline);

  const topics = page.getByRole('region', { name: 'Topics' });
  await expect(topics.getByRole('link')).toHaveText([...ARTICLE.tags]);
  const russia = topics.getByRole('link', { name: 'Russia', exact: true });

  // Scroll down to the chips, as a reader does, before following one.
  await russia.scrollIntoViewIfNeeded();
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  const scrolledTo = await page.evaluate(() => window.scrollY);

  await russia.click();

  await expect(page).toHaveURL('/tags/russia/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Russia');
  await expect(page).toHaveTitle(/Russia/);
  await expect(page.getByRole('link', { name: ARTICLE.headline })).toBeVisible();

  await page.goBack();

  await expect(page).toHaveURL(ARTICLE.path);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ARTICLE.headline);
  // The reader is back where they were, not at the top.
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  expect(Math.abs((await page.evaluate(() => window.scrollY)) - scrolledTo)).toBeLessThanOrEqual(2);
});
