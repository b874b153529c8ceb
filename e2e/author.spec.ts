import { ARTICLE, AUTHOR } from './content.ts';
import { expect, test } from './fixtures.ts';
import { gotoHydrated } from './prerendered.ts';

test('a reader follows the byline to the author and back to an article', async ({ page }) => {
  await gotoHydrated(page, ARTICLE.path);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ARTICLE.headline);

  await page.getByText(ARTICLE.byline, { exact: true }).getByRole('link', { name: AUTHOR.name }).click();

  await expect(page).toHaveURL(AUTHOR.href);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(AUTHOR.name);
  await expect(page).toHaveTitle(new RegExp(AUTHOR.name));
  await expect(page.getByText(AUTHOR.role, { exact: true })).toBeVisible();
  await expect(page.getByText(AUTHOR.bioStart)).toBeVisible();

  await page.getByRole('link', { name: ARTICLE.headline }).click();

  await expect(page).toHaveURL(ARTICLE.href);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ARTICLE.headline);
});
