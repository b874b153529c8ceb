/**
 * The built site (dist/) on the plainest static host there is
 * (scripts/static-server.ts): files as they are, a folder address without
 * its slash redirected to the slash form, 404.html for anything else. No
 * rewrites and no fallback page, so every address must exist as a file.
 */
import { ARTICLE, AUTHOR, SITE_TITLE } from '../content.ts';
import { expect, test, type Page } from '../fixtures.ts';
import { expectHydrated, rememberPrerenderedRoot } from '../prerendered.ts';

type Address = { path: string; h1: string; title: string };

const ADDRESSES: Address[] = [
  { path: '/', h1: 'Latest', title: SITE_TITLE },
  { path: '/page/1', h1: 'Latest', title: SITE_TITLE },
  { path: ARTICLE.path, h1: ARTICLE.headline, title: ARTICLE.headline },
  { path: '/tags', h1: 'Tags', title: 'Tags' },
  { path: '/tags/russia', h1: 'Russia', title: 'Russia' },
  { path: '/authors', h1: 'Authors', title: 'Authors' },
  { path: AUTHOR.path, h1: AUTHOR.name, title: AUTHOR.name },
];

async function expectView(page: Page, address: Address): Promise<void> {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(address.h1);
  await expect(page.getByRole('heading', { level: 1, includeHidden: true })).toHaveCount(1);
  const title = await page.title();
  expect(title).toContain(address.title);
  expect(title).toContain(SITE_TITLE);
}

for (const address of ADDRESSES) {
  const slashed = address.path === '/' ? '/' : `${address.path}/`;

  if (address.path !== '/') {
    // An HTTP fact: the slashed address opening and hydrating is the next test's.
    test(`${address.path} redirects (301) to ${slashed}`, async ({ request }) => {
      const response = await request.get(address.path, { maxRedirects: 0 });

      expect(response.status()).toBe(301);
      expect(response.headers().location).toBe(slashed);
    });
  }

  test(`${slashed} opens directly, hydrates and survives a reload`, async ({ page }) => {
    await rememberPrerenderedRoot(page);
    const response = await page.goto(slashed);

    expect(response?.status()).toBe(200);
    expect(response?.request().redirectedFrom()).toBeNull();
    expect(response?.headers()['content-type']).toBe('text/html; charset=utf-8');
    await expectView(page, address);
    await expectHydrated(page);

    await page.reload();
    await expectView(page, address);
    await expectHydrated(page);
  });
}

test('after opening an article through the redirect, client navigation needs no new document', async ({ page }) => {
  await rememberPrerenderedRoot(page);
  await page.goto(ARTICLE.path);
  await expect(page).toHaveURL(`${ARTICLE.path}/`);
  await expectHydrated(page);

  const documents: string[] = [];
  const dataFiles: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'document') documents.push(request.url());
    if (request.resourceType() === 'fetch') dataFiles.push(new URL(request.url()).pathname);
  });

  await page.getByRole('region', { name: 'Topics' }).getByRole('link', { name: 'Russia', exact: true }).click();
  await expect(page).toHaveURL('/tags/russia/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Russia');
  await expect(page.getByRole('link', { name: ARTICLE.headline })).toBeVisible();
  // The tag page's own HTML, asked for by its folder's address, which needs no redirect.
  expect(dataFiles).toContain('/tags/russia/');

  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Authors' }).click();
  await expect(page).toHaveURL('/authors/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Authors');

  await page.goBack();
  await page.goBack();
  await expect(page).toHaveURL(`${ARTICLE.path}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ARTICLE.headline);

  expect(documents, 'navigating inside the site fetched no document').toEqual([]);
});

test.describe('an unknown address', () => {
  test.use({ expectNotFound: true });

  for (const address of ['/nope', '/articles/no-such-article', '/articles/no-such-article/', '/tags/russia/page/9']) {
    test(`${address} answers 404 with the Not found view and a way home`, async ({ page }) => {
      const response = await page.goto(address);

      expect(response?.status()).toBe(404);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Not found');
      await expect(page).toHaveTitle(`Not found · ${SITE_TITLE}`);
      await expect(page).toHaveURL(address);

      await page.getByRole('link', { name: 'Go to the latest articles' }).click();
      await expect(page).toHaveURL('/');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Latest');
    });
  }
});

for (const file of ['/feed.xml', '/sitemap.xml']) {
  test(`${file} is served as XML`, async ({ request }) => {
    const response = await request.get(file);

    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/^application\/xml\b/);
    const body = await response.text();
    expect(body.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(body).toContain(ARTICLE.path);
  });
}

test('robots.txt is served as text', async ({ request }) => {
  const response = await request.get('/robots.txt');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/^text\/plain\b/);
});

test.describe('with JavaScript off, or before the app runs', () => {
  test.use({ javaScriptEnabled: false });

  test('every link followed and the search form name the folder: no redirect on the way', async ({ page }) => {
    const redirects: string[] = [];
    page.on('response', (response) => {
      if (response.status() >= 300 && response.status() < 400) redirects.push(response.url());
    });
    await page.goto(`${ARTICLE.path}/`);
    await page.getByRole('region', { name: 'Topics' }).getByRole('link', { name: 'Russia', exact: true }).click();
    await expect(page).toHaveURL('/tags/russia/');
    await page.getByRole('main').getByRole('link', { name: ARTICLE.headline }).click();
    await expect(page).toHaveURL(ARTICLE.href);
    await page.getByText(ARTICLE.byline, { exact: true }).getByRole('link', { name: AUTHOR.name }).click();
    await expect(page).toHaveURL(AUTHOR.href);
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Tags' }).click();
    await expect(page).toHaveURL('/tags/');
    await page.getByRole('searchbox', { name: 'Search articles' }).fill('Kim');
    await page.getByRole('searchbox', { name: 'Search articles' }).press('Enter');
    await expect(page).toHaveURL('/search/?q=Kim');
    expect(redirects).toEqual([]);
  });
});
