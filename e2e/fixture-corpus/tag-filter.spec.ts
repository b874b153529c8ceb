/**
 * The home view's tag filter over the 43-article fixture: choosing tags,
 * removing one, clearing, history, shared addresses and reloads, and the
 * tag view's way in. Which articles should be listed is worked out here
 * from e2e/fixture-content itself, so every listed article is checked to
 * have every chosen tag.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { z } from 'zod';

import { expect, test, type Page } from '../fixtures.ts';
import { expectAccessibleInEachScheme, SCHEMES } from '../accessibility.ts';
import { gotoHydrated } from '../prerendered.ts';

const SITE_TITLE = 'The Fixture Gazette';

const ArticleFile = z.object({ title: z.string(), publishedAt: z.string(), tags: z.array(z.string()) });
const articlesDir = path.resolve(import.meta.dirname, '../fixture-content/articles');
const articles = readdirSync(articlesDir)
  .filter((file) => file.endsWith('.json'))
  .map((file) => ArticleFile.parse(JSON.parse(readFileSync(path.join(articlesDir, file), 'utf8'))))
  // Newest first; a bare date is midnight UTC, as the build reads it.
  .sort((a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt));

/** The headlines the filter should list, newest first: the articles that have every one of `slugs`. */
function titlesTagged(...slugs: string[]): string[] {
  return articles.filter((article) => slugs.every((slug) => article.tags.includes(slug))).map((a) => a.title);
}

const HARBOURS = titlesTagged('harbours');
const HARBOUR_DISPATCHES = titlesTagged('harbours', 'dispatches');
const DISPATCHES = titlesTagged('dispatches');

const entries = (page: Page) => page.getByRole('main').getByRole('article').getByRole('heading', { level: 2 });
const filterNav = (page: Page) => page.getByRole('navigation', { name: 'Tag filter' });

test('the fixture has what these journeys need', () => {
  expect(HARBOURS).toHaveLength(14);
  expect(HARBOUR_DISPATCHES).toHaveLength(13);
  // More than one page of results for a single tag, for /page/2?tags=….
  expect(DISPATCHES).toHaveLength(40);
});

test('the unfiltered home fetches the filter\u2019s data only when the reader opens "Filter by tag"', async ({
  page,
}) => {
  const filterRequests: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/data/tag-filter.json')) filterRequests.push(request.url());
  });
  await gotoHydrated(page, '/');
  await expect(page.getByRole('main').getByRole('article')).toHaveCount(20);
  expect(filterRequests).toEqual([]);

  await page.getByText('Filter by tag', { exact: true }).click();
  await expect(page.getByRole('link', { name: 'Dispatches, 40 articles' })).toHaveAttribute(
    'href',
    '/?tags=dispatches',
  );
  expect(filterRequests).toHaveLength(1);
});

test('a reader chooses a tag, then another; every article listed has both', async ({ page }) => {
  await gotoHydrated(page, '/');
  await page.getByText('Filter by tag', { exact: true }).click();
  await page.getByRole('link', { name: 'Harbours, 14 articles' }).click();

  await expect(page).toHaveURL('/?tags=harbours');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Latest · filtered');
  await expect(filterNav(page).getByText('14 articles tagged Harbours')).toBeVisible();
  await expect(entries(page)).toHaveText(HARBOURS);
  await expect(page).toHaveTitle(`Harbours · ${SITE_TITLE}`);

  await filterNav(page).getByRole('link', { name: 'Dispatches, 13 articles' }).click();

  await expect(page).toHaveURL('/?tags=harbours,dispatches');
  await expect(filterNav(page).getByText('13 articles tagged Harbours and Dispatches')).toBeVisible();
  await expect(entries(page)).toHaveText(HARBOUR_DISPATCHES);
  await expect(page).toHaveTitle(`Harbours + Dispatches · ${SITE_TITLE}`);
  const chosen = filterNav(page).getByRole('list', { name: 'Chosen tags' }).getByRole('link');
  await expect(chosen).toHaveCount(2);
  await expect(chosen.nth(0)).toHaveAccessibleName('Remove Harbours');
  await expect(chosen.nth(1)).toHaveAccessibleName('Remove Dispatches');

  // An article from the list has both tags on its own page, and Back returns to the filter.
  await page.getByRole('link', { name: HARBOUR_DISPATCHES[0] }).click();
  const topics = page.getByRole('region', { name: 'Topics' });
  await expect(topics.getByRole('link', { name: 'Harbours', exact: true })).toBeVisible();
  await expect(topics.getByRole('link', { name: 'Dispatches', exact: true })).toBeVisible();
  await page.goBack();
  await expect(page).toHaveURL('/?tags=harbours,dispatches');
  await expect(entries(page)).toHaveText(HARBOUR_DISPATCHES);
});

test('removing a chip, clearing in one click, and back and forward through them', async ({ page }) => {
  await gotoHydrated(page, '/tags/harbours');
  await page.getByRole('link', { name: 'Narrow further' }).click();
  await filterNav(page).getByRole('link', { name: 'Dispatches, 13 articles' }).click();
  await expect(entries(page)).toHaveText(HARBOUR_DISPATCHES);

  await filterNav(page).getByRole('link', { name: 'Remove Harbours' }).click();
  await expect(page).toHaveURL('/?tags=dispatches');
  await expect(filterNav(page).getByText('40 articles tagged Dispatches')).toBeVisible();
  await expect(entries(page)).toHaveText(DISPATCHES.slice(0, 20));
  await expect(page.getByText('Page 1 of 2')).toBeVisible();

  await filterNav(page).getByRole('link', { name: 'Clear filter' }).click();
  await expect(page).toHaveURL('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Latest');
  await expect(filterNav(page)).toHaveCount(0);
  await expect(page.getByText('Filter by tag', { exact: true })).toBeVisible();
  await expect(page.getByText('Page 1 of 3')).toBeVisible();
  await expect(page).toHaveTitle(SITE_TITLE);

  await page.goBack();
  await expect(page).toHaveURL('/?tags=dispatches');
  await expect(entries(page)).toHaveText(DISPATCHES.slice(0, 20));
  await page.goBack();
  await expect(page).toHaveURL('/?tags=harbours,dispatches');
  await expect(entries(page)).toHaveText(HARBOUR_DISPATCHES);
  await page.goForward();
  await expect(page).toHaveURL('/?tags=dispatches');
  await expect(filterNav(page).getByText('40 articles tagged Dispatches')).toBeVisible();
  await page.goForward();
  await expect(page).toHaveURL('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Latest');
});

test('a shared address opens the filtered list directly, and again on reload', async ({ page }) => {
  await page.goto('/?tags=dispatches,harbours');
  await expect(entries(page)).toHaveText(HARBOUR_DISPATCHES);
  await expect(filterNav(page).getByText('13 articles tagged Dispatches and Harbours')).toBeVisible();
  await expect(page).toHaveTitle(`Dispatches + Harbours · ${SITE_TITLE}`);

  await page.reload();
  await expect(entries(page)).toHaveText(HARBOUR_DISPATCHES);
  await expect(filterNav(page).getByRole('link', { name: 'Remove Dispatches' })).toBeVisible();

  // The app is live: a chip works at once.
  await filterNav(page).getByRole('link', { name: 'Remove Dispatches' }).click();
  await expect(page).toHaveURL('/?tags=harbours');
  await expect(entries(page)).toHaveText(HARBOURS);
});

test('a later page of a filter keeps the filter in its links, opened directly and reloaded', async ({ page }) => {
  await page.goto('/page/2?tags=dispatches');
  await expect(entries(page)).toHaveText(DISPATCHES.slice(20, 40));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Latest · filtered, page 2');
  await expect(page).toHaveTitle(`Dispatches, page 2 · ${SITE_TITLE}`);
  const pages = page.getByRole('navigation', { name: 'Pages' });
  await expect(pages.getByText('Page 2 of 2')).toBeVisible();
  await expect(pages.getByRole('link', { name: 'Newer' })).toHaveAttribute('href', '/?tags=dispatches');

  await page.reload();
  await expect(entries(page)).toHaveText(DISPATCHES.slice(20, 40));

  await pages.getByRole('link', { name: 'Newer' }).click();
  await expect(page).toHaveURL('/?tags=dispatches');
  await expect(entries(page)).toHaveText(DISPATCHES.slice(0, 20));
  await expect(pages.getByRole('link', { name: 'Older' })).toHaveAttribute('href', '/page/2/?tags=dispatches');
});

test('the tag view narrows further into the filter, where another tag is added', async ({ page }) => {
  await gotoHydrated(page, '/tags/harbours');
  await page.getByRole('link', { name: 'Narrow further' }).click();

  await expect(page).toHaveURL('/?tags=harbours');
  await expect(filterNav(page).getByRole('link', { name: 'Remove Harbours' })).toBeVisible();
  await expect(entries(page)).toHaveText(HARBOURS);

  await filterNav(page).getByRole('link', { name: 'Weather, 1 article' }).click();
  await expect(page).toHaveURL('/?tags=harbours,weather');
  await expect(entries(page)).toHaveText(titlesTagged('harbours', 'weather'));
  await expect(filterNav(page).getByRole('link', { name: 'Київ, 1 article' })).toBeVisible();
});

test('tags no article shares make a page that says so; an unknown tag is not found', async ({ page }) => {
  await page.goto('/?tags=kyiv,dispatches');
  await expect(page.getByText('No article has all of these tags.')).toBeVisible();
  await expect(filterNav(page).getByText('No articles tagged Київ and Dispatches')).toBeVisible();
  await expect(page.getByRole('main').getByRole('article')).toHaveCount(0);

  await page.goto('/?tags=harbours,no-such-tag');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Not found');
});

test('the filter\u2019s controls pass axe, opened on home and applied, in each scheme', async ({ page }) => {
  // Four axe runs over a whole page; each takes seconds, or tens of them on a busy two-core machine.
  test.setTimeout(120_000);
  await page.emulateMedia({ colorScheme: SCHEMES[0] });
  await gotoHydrated(page, '/');
  await page.getByText('Filter by tag', { exact: true }).click();
  await expect(page.getByRole('link', { name: 'Harbours, 14 articles' })).toBeVisible();
  await test.step('opened on home', async () => {
    await expectAccessibleInEachScheme(page);
  });

  await page.getByRole('link', { name: 'Harbours, 14 articles' }).click();
  await expect(filterNav(page).getByRole('link', { name: 'Remove Harbours' })).toBeVisible();
  await test.step('applied', async () => {
    await expectAccessibleInEachScheme(page);
  });
});
