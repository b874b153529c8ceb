import { ARTICLE } from './content.ts';
import { expect, test, type Locator } from './fixtures.ts';
import { gotoHydrated } from './prerendered.ts';

const MAX_TABS = 60;

function isFocused(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => element === document.activeElement);
}

test('the first Tab reaches "Skip to content", which skips the header', async ({ page }) => {
  await page.goto(ARTICLE.path);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ARTICLE.headline);

  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();

  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  // The next stop is the first link in the article (its kicker), not the header.
  const main = page.getByRole('main');
  await expect(main.getByRole('link', { name: ARTICLE.tags[0], exact: true }).first()).toBeFocused();
});

test('a keyboard reader tabs to the "Russia" chip and opens the tag', async ({ page }) => {
  await gotoHydrated(page, ARTICLE.path);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ARTICLE.headline);

  const chip = page.getByRole('region', { name: 'Topics' }).getByRole('link', { name: 'Russia', exact: true });
  let presses = 0;
  while (!(await isFocused(chip))) {
    expect(presses, `the chip is reached within ${MAX_TABS} presses of Tab`).toBeLessThan(MAX_TABS);
    await page.keyboard.press('Tab');
    presses += 1;
  }

  // The focused chip shows a focus ring.
  const outline = await chip.evaluate((element) => getComputedStyle(element).outlineStyle);
  expect(outline).not.toBe('none');

  await page.keyboard.press('Enter');

  await expect(page).toHaveURL('/tags/russia');
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toHaveText('Russia');
  await expect(heading).toBeFocused();
});
