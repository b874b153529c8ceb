/** Lists over the 43-article fixture: pages of 20, a Cyrillic tag, authors with avatars. */
import { expect, test } from '../fixtures.ts';
import { gotoHydrated } from '../prerendered.ts';

test('home has three pages of 20, 20 and 3 entries, linked newer and older', async ({ page }) => {
  await page.goto('/');
  const entries = page.getByRole('main').getByRole('article');
  await expect(entries).toHaveCount(20);
  await expect(page.getByText('Page 1 of 3')).toBeVisible();

  await page.getByRole('link', { name: 'Older' }).click();
  await expect(page).toHaveURL('/page/2/');
  await expect(entries).toHaveCount(20);

  await page.getByRole('link', { name: 'Older' }).click();
  await expect(page).toHaveURL('/page/3/');
  await expect(entries).toHaveCount(3);
  await expect(page.getByText('Page 3 of 3')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Older' })).toHaveCount(0);

  await page.getByRole('link', { name: 'Newer' }).click();
  await expect(page).toHaveURL('/page/2/');
  await expect(entries).toHaveCount(20);
});

test('the newest article comes first', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('main').getByRole('article').first().getByRole('heading')).toHaveText(
    'The harbour reopens, and every kind of block is here',
  );
});

test('a Cyrillic tag name is shown as written, on the index and on its page', async ({ page }) => {
  await page.goto('/tags');
  await expect(page.getByText('Київ').locator('..')).toContainText('2 articles');
  await page.getByRole('link', { name: 'Київ' }).click();
  await expect(page).toHaveURL('/tags/kyiv/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Київ');
  await expect(page.getByText('Новини столиці.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Вечір у Києві: the city after dark' })).toBeVisible();
  await expect(page).toHaveTitle('Київ · The Fixture Gazette');
});

test('an author with an avatar and links', async ({ page }) => {
  await page.goto('/authors/mira-okafor');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mira Okafor');
  const avatar = page.locator('header img[src*="mira-avatar"]');
  // The 64 px circle at 1×: the 64-wide variant of the 96 px file, not the file itself.
  await expect.poll(() => avatar.evaluate((image: HTMLImageElement) => image.currentSrc)).toMatch(/-64\.avif$/);
  await expect(page.getByRole('link', { name: "Mira's newsletter" })).toHaveAttribute(
    'href',
    'https://mira.example/newsletter',
  );
  await expect(page.getByText('Mira covers ports and shipping.')).toBeVisible();
  await expect(page.getByText('She lives by the sea.')).toBeVisible();
});

test('an author with a Cyrillic name gets Cyrillic initials', async ({ page }) => {
  await page.goto('/authors');
  await expect(page.getByRole('link', { name: 'Анна Коваленко' })).toBeVisible();
  await expect(page.getByText('АК', { exact: true })).toBeVisible();
});

test("a tag's and an author's later pages say which page in their heading, which takes focus", async ({ page }) => {
  for (const { path, name } of [
    { path: '/tags/dispatches', name: 'Dispatches' },
    { path: '/authors/tomas-lind', name: 'Tomas Lind' },
  ]) {
    // The app's own move: a click before it runs loads the next page whole, where focus starts at the top.
    await gotoHydrated(page, path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
    await page.getByRole('link', { name: 'Older' }).click();
    await expect(page).toHaveURL(`${path}/page/2/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${name} · page 2`);
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  }
});
