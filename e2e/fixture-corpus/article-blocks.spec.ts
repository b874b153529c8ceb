/** The fixture article that uses every block type, inline markup, two authors and real images. */
import { expect, test } from '../fixtures.ts';
import { gotoHydrated } from '../prerendered.ts';

const PATH = '/articles/every-block-type';

test('renders every block type with its own element', async ({ page }) => {
  await page.goto(PATH);
  const article = page.getByRole('article').filter({ has: page.getByRole('heading', { level: 1 }) });
  await expect(article.getByRole('heading', { level: 1 })).toHaveText(
    'The harbour reopens, and every kind of block is here',
  );
  await expect(article.getByText('Two reporters, one harbour and all the markup the format allows.')).toBeVisible();

  await expect(article.getByRole('heading', { level: 2, name: 'What the harbour master said' })).toBeVisible();
  const quote = article.getByRole('blockquote');
  await expect(quote).toHaveText('We are open again.');
  await expect(quote.getByText('open', { exact: true })).toHaveJSProperty('localName', 'em');
  await expect(article.getByText('— The harbour master')).toBeVisible();

  const lists = article.getByRole('list').filter({ hasText: 'Fishing boats' });
  await expect(lists.getByRole('listitem')).toHaveText(['Fishing boats', 'Ferries', 'Tugs']);
  const ordered = article.getByRole('list').filter({ hasText: 'Clear the channel' });
  await expect(ordered).toHaveJSProperty('localName', 'ol');
  await expect(ordered.getByRole('listitem')).toHaveText(['Clear the channel', 'Check the moorings', 'Open the gates']);

  const bodyFigure = article.getByRole('figure').filter({ hasText: 'A crane waits on the quay.' });
  await expect(bodyFigure.getByText('Photo not available: A crane on the quay')).toBeVisible();
  await expect(bodyFigure.getByRole('img')).toHaveCount(0);
});

test('renders inline markup, and shows HTML typed into content as text', async ({ page }) => {
  await page.goto(PATH);
  await expect(page.getByText('emphasis', { exact: true })).toHaveJSProperty('localName', 'em');
  await expect(page.getByText('strong words', { exact: true })).toHaveJSProperty('localName', 'strong');
  const external = page.getByRole('link', { name: 'a link to the port' });
  await expect(external).toHaveAttribute('href', 'https://port.example/news');
  await expect(external).toHaveAttribute('rel', 'noopener noreferrer');

  await expect(page.getByText("<script>alert('x')</script>", { exact: false })).toBeVisible();
  await expect(page.getByText('<b>bold tags</b>', { exact: false })).toBeVisible();
  await expect(page.locator('main b')).toHaveCount(0);
});

test('names both authors in the byline and gives each an author card', async ({ page }) => {
  await page.goto(PATH);
  const byline = page.getByText('By Mira Okafor and Tomas Lind', { exact: true });
  await expect(byline.getByRole('link')).toHaveText(['Mira Okafor', 'Tomas Lind']);
  await expect(page.getByRole('region', { name: 'About Mira Okafor' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'About Tomas Lind' })).toBeVisible();
  await expect(page.getByText(/Updated September 11, 2025/)).toBeVisible();
});

test('publishes content images as hashed variants, never the original, and shows them at their size', async ({
  page,
}) => {
  await page.goto(PATH);
  const lead = page.getByRole('img', { name: 'Boats moored in a calm harbour' });
  // harbour.png is 300 px wide and opaque: one width, AVIF first (Chromium shows it), a JPEG fallback.
  await expect(lead).toHaveAttribute('src', /\/assets\/images\/harbour-[0-9a-f]{10}-300\.jpg$/);
  await expect(lead).toHaveAttribute('width', '300');
  await expect(lead).toHaveAttribute('height', '200');
  await expect(lead).toHaveAttribute('fetchpriority', 'high');
  await expect.poll(() => lead.evaluate((image: HTMLImageElement) => image.currentSrc)).toMatch(/-300\.avif$/);
  // Loaded, and drawn at the photo's 3:2 (a width descriptor scales naturalWidth to the slot, so the box is checked).
  await expect
    .poll(() => lead.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth > 0))
    .toBe(true);
  const box = await lead.boundingBox();
  expect((box?.width ?? 0) / (box?.height ?? 1)).toBeCloseTo(1.5, 1);
  expect(await page.content()).not.toContain('harbour.png');
});

test('a site link in the body navigates inside the app', async ({ page }) => {
  await gotoHydrated(page, PATH);
  await page.evaluate(() => {
    Object.assign(window, { sameDocument: true });
  });
  await page.getByRole('link', { name: 'our harbour coverage' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Harbours');
  expect(await page.evaluate(() => 'sameDocument' in window)).toBe(true);
});

test('an article without an image has no figure', async ({ page }) => {
  await page.goto('/articles/no-image-here');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('A short note without a photo');
  await expect(page.getByRole('figure')).toHaveCount(0);
});
