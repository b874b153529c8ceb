import { SITE_TITLE } from './content.ts';
import { expect, test } from './fixtures.ts';
import { expectAppRunning } from './prerendered.ts';

test.use({ expectNotFound: true });

const UNKNOWN_ADDRESSES = [
  '/nope',
  '/articles/no-such-article',
  '/tags/no-such-tag',
  '/authors/no-such-author',
  '/page/2',
  '/page/abc',
  '/page/0',
  '/tags/russia/page/9',
  '/authors/olena-goncharova/page/2',
  // Addresses are lowercase, as the host's files are.
  '/TAGS',
  '/Tags/russia',
];

// One page, one address after another (a step each): a new browser context per address cost more than the check.
test('each unknown address shows "Not found" with a way home', async ({ page }) => {
  // Nine loads and nine ways home: room for a busy two-core machine.
  test.setTimeout(60_000);
  for (const address of UNKNOWN_ADDRESSES) {
    await test.step(address, async () => {
      await page.goto(address);
      await expectAppRunning(page);

      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Not found');
      await expect(page.getByRole('heading', { level: 1, includeHidden: true })).toHaveCount(1);
      await expect(page).toHaveTitle(`Not found · ${SITE_TITLE}`);
      // The address is left as typed: the reader can see and correct it.
      await expect(page).toHaveURL(address);

      await page.getByRole('link', { name: 'Go to the latest articles' }).click();

      await expect(page).toHaveURL('/');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Latest');
    });
  }
});

test('after an unknown page of a list, the list itself still opens', async ({ page }) => {
  // Each list has two routes (/tags/russia and /tags/russia/page/N): visiting one must not break the other.
  await page.goto('/tags/russia/page/9');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Not found');
  const sections = page.getByRole('navigation', { name: 'Sections' });

  await sections.getByRole('link', { name: 'Tags' }).click();
  await page.getByRole('main').getByRole('link', { name: 'Russia', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Russia');

  await page.goto('/authors/olena-goncharova/page/2');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Not found');
  await sections.getByRole('link', { name: 'Authors' }).click();
  await page.getByRole('main').getByRole('link', { name: 'Olena Goncharova' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Olena Goncharova');
});

test('"Not found" does not scroll sideways on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/articles/no-such-article');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Not found');
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
});
