/**
 * The prerendered fixture corpus with JavaScript off: a later page of a list
 * and a Cyrillic tag read completely, and the head names every author.
 */
import { z } from 'zod';

import { expect, test } from '../fixtures.ts';

test.use({ javaScriptEnabled: false });

const SITE_TITLE = 'The Fixture Gazette';

/** Home page 2, newest first: dispatches 11 to 1 (August), then 40 to 32 (July). */
const PAGE_2_TITLES = [
  // Dispatch 5 is the members-only briefing (content format 1.1).
  ...Array.from({ length: 11 }, (_, index) =>
    11 - index === 5 ? 'A members-only briefing from the harbour' : `Dispatch number ${11 - index}`,
  ),
  ...Array.from({ length: 9 }, (_, index) => `Dispatch number ${40 - index}`),
];

test('page 2 of home lists its 20 articles, with pagination links', async ({ page }) => {
  await page.goto('/page/2');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Latest · page 2');
  await expect(page).toHaveTitle(`Latest, page 2 · ${SITE_TITLE}`);

  const entries = page.getByRole('main').getByRole('article');
  await expect(entries).toHaveCount(20);
  await expect(entries.getByRole('heading', { level: 2 })).toHaveText(PAGE_2_TITLES);
  const first = entries.first();
  await expect(first.getByRole('link', { name: 'Dispatch number 11' })).toHaveAttribute(
    'href',
    '/articles/dispatch-11/',
  );
  await expect(first.getByText(/^Filler dispatch 11 keeps the home page three pages long\./)).toBeVisible();
  await expect(first.getByRole('link', { name: 'Mira Okafor' })).toBeVisible();
  await expect(first.getByText('August 11, 2025', { exact: true })).toBeVisible();

  const pages = page.getByRole('navigation', { name: 'Pages' });
  await expect(pages.getByText('Page 2 of 3')).toBeVisible();
  await expect(pages.getByRole('link', { name: 'Newer' })).toHaveAttribute('href', '/');
  await expect(pages.getByRole('link', { name: 'Older' })).toHaveAttribute('href', '/page/3/');

  // Without JS, the link loads page 3 as a document.
  await pages.getByRole('link', { name: 'Older' }).click();
  await expect(page).toHaveURL('/page/3/');
  await expect(entries).toHaveCount(3);
  await expect(page.getByText('Page 3 of 3')).toBeVisible();
});

test('the Cyrillic tag page reads as written: name, description, count and its two articles', async ({ page }) => {
  await page.goto('/tags/kyiv');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Київ');
  await expect(page).toHaveTitle(`Київ · ${SITE_TITLE}`);
  const main = page.getByRole('main');
  await expect(main.getByText('Новини столиці.')).toBeVisible();
  await expect(main.getByText('2 articles', { exact: true })).toBeVisible();
  await expect(main.getByRole('article').getByRole('heading', { level: 2 })).toHaveText([
    'The harbour reopens, and every kind of block is here',
    'Вечір у Києві: the city after dark',
  ]);
  await expect(main.getByRole('link', { name: 'Вечір у Києві: the city after dark' })).toHaveAttribute(
    'href',
    '/articles/kyiv-evening/',
  );
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', 'Новини столиці.');
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', 'https://fixture.example/tags/kyiv/');
});

const NewsArticleShape = z.object({
  '@type': z.literal('NewsArticle'),
  headline: z.string(),
  author: z.array(z.object({ '@type': z.literal('Person'), name: z.string(), url: z.string() })),
});

test("the every-block-type article's JSON-LD names both authors", async ({ page }) => {
  await page.goto('/articles/every-block-type');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'The harbour reopens, and every kind of block is here',
  );
  await expect(page.getByText('By Mira Okafor and Tomas Lind', { exact: true })).toBeVisible();

  const texts = await page.locator('script[type="application/ld+json"]').allTextContents();
  const articles = texts.flatMap((text) => {
    const parsed = NewsArticleShape.safeParse(JSON.parse(text));
    return parsed.success ? [parsed.data] : [];
  });
  expect(articles).toHaveLength(1);
  expect(articles[0]?.headline).toBe('The harbour reopens, and every kind of block is here');
  expect(articles[0]?.author).toEqual([
    { '@type': 'Person', name: 'Mira Okafor', url: 'https://fixture.example/authors/mira-okafor/' },
    { '@type': 'Person', name: 'Tomas Lind', url: 'https://fixture.example/authors/tomas-lind/' },
  ]);
  await expect(page.locator('meta[property="article:author"]')).toHaveCount(2);
});

test('buttons that only work with JavaScript are not shown without it; the embed keeps its link', async ({ page }) => {
  await page.goto('/articles/every-block-type');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // In the page, not shown.
  const theme = page.getByRole('button', { name: 'Dark mode', includeHidden: true });
  await expect(theme).toHaveCount(1);
  await expect(theme).toBeHidden();
  const card = page.getByRole('figure').filter({ hasText: 'Filmed from the breakwater.' });
  await expect(card.getByRole('link', { name: 'The first ferry leaves the harbour' })).toBeVisible();
  const play = card.getByRole('button', { name: 'Play here (loads YouTube)', includeHidden: true });
  await expect(play).toHaveCount(1);
  await expect(play).toBeHidden();
});
