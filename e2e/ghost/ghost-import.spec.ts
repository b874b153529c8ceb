/**
 * A newsroom's Ghost export, imported (`npm run import:ghost`) and built (`npm run build:ghost`, into dist-ghost/),
 * read as a reader would: its pages, gallery and embeds, a members-only story that exists only as its preview, and
 * none of the export's secrets anywhere in the site.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { expect, test } from '../fixtures.ts';
import { gotoHydrated } from '../prerendered.ts';

const DIST = path.resolve(import.meta.dirname, '../../dist-ghost');

/** Everything the export holds that must never reach readers: each planted secret says SECRET, or is a person's e-mail. */
const SECRETS = [
  'SECRET',
  '$2a$',
  'jane@fixture.example.org',
  'john@fixture.example.org',
  'reader@members.example',
  'desk@internal.example.org',
  'unused@fixture.example.org',
];

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(path.join(dir, entry.name)) : [path.join(dir, entry.name)],
  );
}

test('no secret of the export, and none of a members-only story’s hidden text, is anywhere in the built site', () => {
  const files = filesUnder(DIST);
  expect(files.length).toBeGreaterThan(20);
  const found = files.flatMap((file) => {
    const text = readFileSync(file).toString('latin1');
    return SECRETS.filter((secret) => text.includes(secret)).map((secret) => `${path.relative(DIST, file)}: ${secret}`);
  });
  expect(found).toEqual([]);
});

test('the imported pages are linked from the footer in footerPages order, and open', async ({ page }) => {
  await gotoHydrated(page, '/');
  const footer = page.getByRole('navigation', { name: 'Footer' });
  await expect(footer.getByRole('link')).toHaveText(['Latest', 'Tags', 'Authors', 'Privacy', 'About us']);
  await footer.getByRole('link', { name: 'About us' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('About us');
  await expect(page).toHaveTitle('About us · The Harbour Times');
});

/** The story's one remote photo, an image block a reader's browser loads like any other (served by the test). */
const REMOTE_PHOTO = 'https://images.example.org/remote.jpg';

test('the imported story shows its gallery and its embeds as cards that load nothing', async ({ page }) => {
  const external: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith('http://localhost') && url !== REMOTE_PHOTO) external.push(url);
  });
  await page.route(REMOTE_PHOTO, (route) =>
    route.fulfill({
      contentType: 'image/svg+xml',
      body: '<svg xmlns="http://www.w3.org/2000/svg" width="16" height="9"/>',
    }),
  );
  await page.goto('/articles/harbour-reopens');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('The harbour reopens after the storm');
  const gallery = page.getByRole('figure').filter({ has: page.getByRole('img', { name: 'Stalls' }) });
  await expect(gallery.getByRole('img')).toHaveCount(3);
  await expect(page.getByRole('link', { name: 'Harbour reopening ceremony' })).toHaveAttribute(
    'href',
    'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
  );
  await expect(page.getByRole('button', { name: 'Play here (loads Vimeo)' })).toBeVisible();
  await page.mouse.wheel(0, 10_000);
  await page.waitForLoadState('networkidle');
  expect(external).toEqual([]);
});

test('a members-only story is its preview, then the invitation', async ({ page }) => {
  await page.goto('/articles/harbour-finances');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("Inside the harbour's finances");
  await expect(page.getByRole('heading', { level: 2, name: /The rest of this story is for members/ })).toBeVisible();
});
