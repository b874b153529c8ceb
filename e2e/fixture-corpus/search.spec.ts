import { expect, test, type Page } from '../fixtures.ts';

const status = (page: Page) => page.getByRole('status').filter({ hasText: /result|match/ });
const headlines = (page: Page) => page.getByRole('main').getByRole('heading', { level: 2 });

test('a Cyrillic query finds articles by their Cyrillic tag, and by a word of their text', async ({ page }) => {
  // Both articles tagged Київ (e2e/fixture-content), newest first: neither has the word in its headline.
  await page.goto('/search?q=Київ');
  await expect(status(page)).toHaveText('2 results for “Київ”');
  await expect(headlines(page)).toHaveText([
    'The harbour reopens, and every kind of block is here',
    'Вечір у Києві: the city after dark',
  ]);
  await page.goto('/search?q=ліхтар');
  await expect(headlines(page)).toHaveText(['Вечір у Києві: the city after dark']);
  await expect(page.getByRole('main').locator('mark')).toHaveText(['Ліхтарі']);
});

test('headline matches rank first, and many results come in pages of twenty', async ({ page }) => {
  await page.goto('/search?q=dispatch');
  await expect(status(page)).toContainText('results for “dispatch”, page 1 of');
  await expect(headlines(page)).toHaveCount(20);
  await expect(headlines(page).first()).toContainText(/dispatch/i);
  await page.getByRole('link', { name: 'More results' }).click();
  await expect(page).toHaveURL(/q=dispatch&page=2$/);
  await expect(status(page)).toContainText('page 2 of');
});

test('a page of results past the last is not found', async ({ page }) => {
  await page.goto('/search?q=Київ&page=9');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Not found');
});
