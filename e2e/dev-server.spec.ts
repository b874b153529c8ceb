/**
 * The dev server follows the content folder: edits, new and deleted files
 * show without a restart, problems show in the browser, and the page
 * recovers by itself once the file is fixed.
 *
 * This spec starts its own Vite dev server on a scratch copy of the bundled
 * content, so it uses Playwright's plain `test` (the dev server's error
 * overlay logs to the console on purpose).
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { expect, test, type Request } from '@playwright/test';
import sharp from 'sharp';
import { createServer, type ViteDevServer } from 'vite';

import { ARTICLE } from './content.ts';
import { PORTS } from './ports.ts';

const PORT = PORTS.devServer;
const root = path.resolve(import.meta.dirname, '..');
let contentDir = '';
let server: ViteDevServer | undefined;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  contentDir = mkdtempSync(path.join(tmpdir(), 'broadsheet-dev-'));
  cpSync(path.join(root, 'src/content'), contentDir, { recursive: true });
  process.env.CONTENT_DIR = contentDir;
  server = await createServer({ root, logLevel: 'silent', server: { port: PORT, strictPort: true } });
  await server.listen();
});

test.afterAll(async () => {
  await server?.close();
  delete process.env.CONTENT_DIR;
  rmSync(contentDir, { recursive: true, force: true });
});

const articleFile = () => path.join(contentDir, 'articles', `${ARTICLE.slug}.json`);

test('edits, additions and deletions show without a restart; bad content is reported, then recovered from', async ({
  page,
}) => {
  // A cold dev server transforms every module on the first page load: on a busy two-core machine (another
  // worker running axe) that alone has taken over a minute.
  test.setTimeout(150_000);
  const original = readFileSync(articleFile(), 'utf8');

  await page.goto(`http://localhost:${PORT}${ARTICLE.path}`, { timeout: 120_000 });
  // The load event comes before the view's lazy modules, which the cold server transforms after it: under the
  // suite's load the headline once took more than the default 10 s to follow.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ARTICLE.headline, { timeout: 60_000 });
  // An article's edit, addition or deletion shows in the open page without reloading it (dev-content-refresh.ts).
  let reloads = 0;
  const countReloads = (request: Request) => {
    if (request.resourceType() === 'document') reloads += 1;
  };
  page.on('request', countReloads);

  // An editor's swap file beside the article and a .git folder's churn change no content: they reload nothing.
  writeFileSync(path.join(contentDir, 'articles', `.${ARTICLE.slug}.json.swp`), 'vim was here');
  mkdirSync(path.join(contentDir, '.git'), { recursive: true });
  writeFileSync(path.join(contentDir, '.git', 'index'), 'git was here');
  writeFileSync(articleFile(), original.replace(ARTICLE.headline, 'An edited headline'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('An edited headline');
  expect(reloads).toBe(0);
  unlinkSync(path.join(contentDir, 'articles', `.${ARTICLE.slug}.json.swp`));
  page.off('request', countReloads);

  writeFileSync(articleFile(), original.replace('"publishedAt": "2025-08-22"', '"publishedAt": "22 August"'));
  const overlay = page.locator('vite-error-overlay');
  await expect(overlay).toBeVisible();
  await expect(
    overlay.getByText(`articles/${ARTICLE.slug}.json: publishedAt: "22 August" is not an ISO 8601 date`),
  ).toBeVisible();

  writeFileSync(articleFile(), original);
  await expect(overlay).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ARTICLE.headline);

  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Latest' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Latest');
  page.on('request', countReloads);
  const added = original.replaceAll(ARTICLE.slug, 'a-second-story').replace(ARTICLE.headline, 'A second story');
  writeFileSync(path.join(contentDir, 'articles', 'a-second-story.json'), added);
  await expect(page.getByRole('link', { name: 'A second story' })).toBeVisible();

  unlinkSync(path.join(contentDir, 'articles', 'a-second-story.json'));
  await expect(page.getByRole('link', { name: 'A second story' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: ARTICLE.headline })).toBeVisible();
  expect(reloads).toBe(0);

  // site.json is every page's (the title in the header, the language): its edit reloads the page.
  const siteFile = path.join(contentDir, 'site.json');
  const site = readFileSync(siteFile, 'utf8');
  const title = /"title": "([^"]+)"/.exec(site)?.[1] ?? '';
  expect(title).not.toBe('');
  writeFileSync(siteFile, site.replace(`"title": "${title}"`, '"title": "The Edited Gazette"'));
  await expect(page.getByRole('banner').getByRole('link', { name: 'The Edited Gazette' })).toBeVisible();
  expect(reloads).toBe(1);
  writeFileSync(siteFile, site);
  await expect(page.getByRole('banner').getByRole('link', { name: title })).toBeVisible();
});

test('a photo in the folder shows as it is, and a replaced file shows at once', async ({ page }) => {
  test.setTimeout(150_000);
  const original = readFileSync(articleFile(), 'utf8');
  const photo = path.join(contentDir, 'images', 'lead.jpg');
  const writePhoto = async (width: number) => {
    writeFileSync(
      photo,
      await sharp({ create: { width, height: 200, channels: 3, background: '#2060a0' } })
        .jpeg()
        .toBuffer(),
    );
  };
  mkdirSync(path.dirname(photo), { recursive: true });
  await writePhoto(300);
  // Width and height left out: read from the file (content format 1.1).
  const withPhoto = original.replace(
    /"image": \{[^}]*\}/,
    '"image": { "src": "images/lead.jpg", "alt": "A blue test photo" }',
  );
  writeFileSync(articleFile(), withPhoto);

  await page.goto(`http://localhost:${PORT}${ARTICLE.path}`, { timeout: 120_000 });
  const image = page.getByRole('img', { name: 'A blue test photo' });
  await expect(image).toHaveAttribute('width', '300');
  await expect.poll(() => image.evaluate((element: HTMLImageElement) => element.naturalWidth)).toBe(300);

  await writePhoto(400);
  await expect(image).toHaveAttribute('width', '400');
  await expect.poll(() => image.evaluate((element: HTMLImageElement) => element.naturalWidth)).toBe(400);
  writeFileSync(articleFile(), original);
});

test('an edit saved while the page is still loading shows once its app starts', async ({ page }) => {
  test.setTimeout(150_000);
  const original = readFileSync(articleFile(), 'utf8');
  const url = `http://localhost:${PORT}${ARTICLE.path}`;
  // The app's code is held back until the edit has been read: the server's message about it goes out to a page
  // that is not listening yet.
  let edited: () => void = () => undefined;
  const editRead = new Promise<void>((resolve) => {
    edited = resolve;
  });
  await page.route('**/src/app/main.tsx*', async (route) => {
    await editRead;
    await route.continue();
  });
  let reloads = 0;
  page.on('request', (request) => {
    if (request.resourceType() === 'document') reloads += 1;
  });

  await page.goto(url, { waitUntil: 'commit', timeout: 120_000 });
  writeFileSync(articleFile(), original.replace(ARTICLE.headline, 'Edited while it loaded'));
  await expect
    .poll(async () => (await page.request.get(url)).text(), { timeout: 30_000 })
    .toContain('Edited while it loaded');
  edited();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Edited while it loaded', { timeout: 60_000 });
  expect(reloads).toBe(1);
  writeFileSync(articleFile(), original);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ARTICLE.headline);
});
