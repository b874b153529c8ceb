import { ARTICLE } from './content.ts';
import { expect, test, type Page } from './fixtures.ts';
import { expectHydrated, rememberPrerenderedRoot } from './prerendered.ts';

declare global {
  interface Window {
    /** data-theme on <html> once the body starts, before the app's module script runs. */
    e2eThemeBeforeApp?: string | null;
  }
}

test.use({ colorScheme: 'light' });

function pageBackground(page: Page): Promise<string> {
  return page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
}

function theme(page: Page): Promise<string | undefined> {
  return page.evaluate(() => document.documentElement.dataset.theme);
}

test('the dark mode toggle switches the scheme and the choice survives a reload without a flash', async ({ page }) => {
  // Records the scheme as the parser reaches <body>: after the inline script in
  // <head>, before the app's (deferred) module script has run.
  await page.addInitScript(() => {
    const observer = new MutationObserver(() => {
      if (document.getElementsByTagName('body').item(0) === null) return;
      window.e2eThemeBeforeApp = document.documentElement.getAttribute('data-theme');
      observer.disconnect();
    });
    observer.observe(document, { childList: true, subtree: true });
  });

  // The toggle is a button of the app: it works once the prerendered page is hydrated.
  await rememberPrerenderedRoot(page);
  await page.goto(ARTICLE.path);
  await expectHydrated(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ARTICLE.headline);
  const toggle = page.getByRole('button', { name: 'Dark mode' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  expect(await page.evaluate(() => window.e2eThemeBeforeApp)).toBeNull();
  const light = await pageBackground(page);

  await toggle.click();

  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  expect(await theme(page)).toBe('dark');
  const dark = await pageBackground(page);
  expect(dark).not.toBe(light);

  await page.reload({ waitUntil: 'domcontentloaded' });
  expect(await theme(page)).toBe('dark');
  expect(await page.evaluate(() => window.e2eThemeBeforeApp), 'the saved scheme is applied before the app runs').toBe(
    'dark',
  );
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ARTICLE.headline);
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  expect(await pageBackground(page)).toBe(dark);

  // And back to light, which also sticks.
  await expectHydrated(page);
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  expect(await theme(page)).toBe('light');
  expect(await pageBackground(page)).toBe(light);

  await page.reload({ waitUntil: 'domcontentloaded' });
  expect(await page.evaluate(() => window.e2eThemeBeforeApp)).toBe('light');
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  expect(await pageBackground(page)).toBe(light);
});

test.describe('with a dark system scheme', () => {
  test.use({ colorScheme: 'dark' });

  test('the site follows the system until the reader chooses', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Latest');
    expect(await theme(page)).toBeUndefined();
    await expect(page.getByRole('button', { name: 'Dark mode' })).toHaveAttribute('aria-pressed', 'true');
    const systemDark = await pageBackground(page);

    await page.getByRole('button', { name: 'Dark mode' }).click();

    await expect(page.getByRole('button', { name: 'Dark mode' })).toHaveAttribute('aria-pressed', 'false');
    expect(await theme(page)).toBe('light');
    expect(await pageBackground(page)).not.toBe(systemDark);
  });
});
