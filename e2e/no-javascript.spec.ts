/**
 * With JavaScript off, every kind of view reads completely from the
 * prerendered HTML, and links still work, as ordinary page loads.
 */
import { ARTICLE, AUTHOR, SITE_TITLE } from './content.ts';
import { expect, test, type Page } from './fixtures.ts';
import { expectFigureAndBody } from './article-checks.ts';

test.use({ javaScriptEnabled: false });

/** Records the pathname of every document the page loads: with JS off, every navigation is one. */
function documentRequests(page: Page): string[] {
  const pathnames: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'document') pathnames.push(new URL(request.url()).pathname);
  });
  return pathnames;
}

test('home: the Latest heading and the article, linked, with its tag, author and date', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Latest');
  await expect(page).toHaveTitle(SITE_TITLE);
  const entry = page.getByRole('main').getByRole('article');
  await expect(entry).toHaveCount(1);
  await expect(entry.getByRole('link', { name: ARTICLE.headline })).toHaveAttribute('href', ARTICLE.href);
  await expect(entry.getByRole('link', { name: 'North Korea' })).toBeVisible();
  await expect(entry.getByRole('link', { name: AUTHOR.name })).toBeVisible();
  await expect(entry.getByText(ARTICLE.date, { exact: true })).toBeVisible();
});

test('article: headline, byline, date, reading time, figure, all six paragraphs, source, tags and author card', async ({
  page,
}) => {
  await page.goto(ARTICLE.path);
  await expect(page).toHaveTitle(`${ARTICLE.headline} · ${SITE_TITLE}`);
  const article = page.getByRole('article').filter({ has: page.getByRole('heading', { level: 1 }) });
  await expect(article.getByRole('heading', { level: 1 })).toHaveText(ARTICLE.headline);

  const byline = article.getByText(ARTICLE.byline, { exact: true });
  await expect(byline).toBeVisible();
  await expect(byline.getByRole('link', { name: AUTHOR.name })).toHaveAttribute('href', AUTHOR.href);
  const date = article.getByText(ARTICLE.date, { exact: true });
  await expect(date).toBeVisible();
  await expect(date).toHaveAttribute('datetime', ARTICLE.datetime);
  await expect(article.getByText(ARTICLE.readingTime)).toBeVisible();

  await expectFigureAndBody(article);
  for (const paragraph of ARTICLE.paragraphs) {
    await expect(article.getByText(paragraph)).toBeVisible();
  }

  await expect(article.getByText(`First published by ${ARTICLE.source}.`)).toBeVisible();
  await expect(article.getByRole('link', { name: ARTICLE.source })).toHaveAttribute(
    'href',
    'https://kyivindependent.com/',
  );

  const topics = page.getByRole('region', { name: 'Topics' });
  await expect(topics.getByRole('link')).toHaveText([...ARTICLE.tags]);

  const card = page.getByRole('region', { name: `About ${AUTHOR.name}` });
  await expect(card.getByRole('heading', { name: AUTHOR.name })).toBeVisible();
  await expect(card.getByText(AUTHOR.role, { exact: true })).toBeVisible();
  await expect(card.getByText(AUTHOR.bioStart)).toBeVisible();
  await expect(card.getByRole('link', { name: `More from ${AUTHOR.name}` })).toHaveAttribute('href', AUTHOR.href);
});

test('tag index: every tag with its count', async ({ page }) => {
  await page.goto('/tags');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tags');
  await expect(page).toHaveTitle(`Tags · ${SITE_TITLE}`);
  const main = page.getByRole('main');
  await expect(main.getByRole('link')).toHaveText([...ARTICLE.tags].sort((a, b) => a.localeCompare(b, 'en')));
  await expect(main.getByRole('listitem').filter({ hasText: 'Russia' }).first()).toContainText('1 article');
  await expect(main.getByRole('link', { name: 'Russia', exact: true })).toHaveAttribute('href', '/tags/russia/');
});

test('tag page: the tag, its count and its article', async ({ page }) => {
  await page.goto('/tags/russia');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Russia');
  await expect(page).toHaveTitle(`Russia · ${SITE_TITLE}`);
  const main = page.getByRole('main');
  await expect(main.getByText('1 article', { exact: true })).toBeVisible();
  await expect(main.getByRole('article')).toHaveCount(1);
  await expect(main.getByRole('link', { name: ARTICLE.headline })).toHaveAttribute('href', ARTICLE.href);
});

test('author index: the author, role and count, linked', async ({ page }) => {
  await page.goto('/authors');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Authors');
  await expect(page).toHaveTitle(`Authors · ${SITE_TITLE}`);
  const main = page.getByRole('main');
  await expect(main.getByRole('link', { name: AUTHOR.name })).toHaveAttribute('href', AUTHOR.href);
  await expect(main.getByText(`${AUTHOR.role} · 1 article`)).toBeVisible();
});

test('author page: name, role, bio and articles', async ({ page }) => {
  await page.goto(AUTHOR.path);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(AUTHOR.name);
  await expect(page).toHaveTitle(`${AUTHOR.name} · ${SITE_TITLE}`);
  const main = page.getByRole('main');
  await expect(main.getByText(AUTHOR.role, { exact: true })).toBeVisible();
  await expect(main.getByText(AUTHOR.bioStart)).toBeVisible();
  await expect(main.getByRole('heading', { level: 2 })).toHaveText(`Articles by ${AUTHOR.name} · 1 article`);
  await expect(main.getByRole('link', { name: ARTICLE.headline })).toHaveAttribute('href', ARTICLE.href);
});

test('a page fetches nothing for the app it cannot run: no script, no data', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (request) => {
    fetched.push(`${request.resourceType()} ${new URL(request.url()).pathname}`);
  });
  await page.goto(ARTICLE.path, { waitUntil: 'load' });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ARTICLE.headline);
  expect(fetched).toContain(`document ${ARTICLE.path}`);
  expect(fetched.filter((request) => request.endsWith('.js') || request.startsWith('fetch '))).toEqual([]);
});

test('a tag chip is an ordinary link: the tag page loads as a new document', async ({ page }) => {
  const documents = documentRequests(page);
  await page.goto(ARTICLE.path);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ARTICLE.headline);

  await page.getByRole('region', { name: 'Topics' }).getByRole('link', { name: 'Russia', exact: true }).click();

  await expect(page).toHaveURL('/tags/russia/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Russia');
  await expect(page).toHaveTitle(`Russia · ${SITE_TITLE}`);
  expect(documents).toEqual([ARTICLE.path, '/tags/russia/']);

  // And on through the header to the author index and the author.
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Authors' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Authors');
  await page.getByRole('main').getByRole('link', { name: AUTHOR.name }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(AUTHOR.name);
  expect(documents).toEqual([ARTICLE.path, '/tags/russia/', '/authors/', AUTHOR.href]);
});

test.describe('an unknown address', () => {
  test.use({ expectNotFound: true });

  test('shows "Not found" with a way home', async ({ page }) => {
    const response = await page.goto('/no-such-page');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Not found');
    await expect(page).toHaveTitle(`Not found · ${SITE_TITLE}`);
    await expect(page.getByText('There is no page at this address.')).toBeVisible();

    await page.getByRole('link', { name: 'Go to the latest articles' }).click();
    await expect(page).toHaveURL('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Latest');
  });
});
