import { ARTICLE, AUTHOR, SITE_TITLE } from './content.ts';
import { expect, test, type Page } from './fixtures.ts';
import { waitForApp, watchAppReady } from './app-ready.ts';

type DeepLink = { path: string; h1: string; title: string };

const DEEP_LINKS: DeepLink[] = [
  { path: '/', h1: 'Latest', title: SITE_TITLE },
  { path: '/page/1', h1: 'Latest', title: SITE_TITLE },
  { path: '/tags', h1: 'Tags', title: 'Tags' },
  { path: '/tags/', h1: 'Tags', title: 'Tags' },
  { path: '/tags/russia', h1: 'Russia', title: 'Russia' },
  { path: '/tags/russia/', h1: 'Russia', title: 'Russia' },
  { path: '/authors', h1: 'Authors', title: 'Authors' },
  { path: '/authors/', h1: 'Authors', title: 'Authors' },
  { path: AUTHOR.path, h1: AUTHOR.name, title: AUTHOR.name },
  { path: `${AUTHOR.path}/`, h1: AUTHOR.name, title: AUTHOR.name },
  { path: ARTICLE.path, h1: ARTICLE.headline, title: ARTICLE.headline },
  { path: `${ARTICLE.path}/`, h1: ARTICLE.headline, title: ARTICLE.headline },
];

async function expectView(page: Page, link: DeepLink): Promise<void> {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(link.h1);
  // Exactly one h1, counting any that are hidden.
  await expect(page.getByRole('heading', { level: 1, includeHidden: true })).toHaveCount(1);
  const title = await page.title();
  expect(title).toContain(link.title);
  expect(title).toContain(SITE_TITLE);
}

// Each address shares a test with its other form (slashed; /page/1 for /): one browser context for both.
for (let index = 0; index < DEEP_LINKS.length; index += 2) {
  const pair = DEEP_LINKS.slice(index, index + 2);
  test(`${pair.map((each) => each.path).join(' and ')} open directly and survive a reload`, async ({ page }) => {
    for (const each of pair) {
      await test.step(each.path, async () => {
        await page.goto(each.path);
        await expectView(page, each);

        await page.reload();
        await expectView(page, each);
      });
    }
  });
}

test('an address spelt with percent-escapes opens the same view, and the app takes it over', async ({ page }) => {
  await watchAppReady(page);
  const link = { path: ARTICLE.path.replaceAll('-', '%2D'), h1: ARTICLE.headline, title: ARTICLE.headline };
  await page.goto(link.path);
  await waitForApp(page);
  await expectView(page, link);
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test("an address naming the page's file (…/index.html) opens the page, under its own address", async ({ page }) => {
  await watchAppReady(page);
  await page.goto(`${ARTICLE.path}/index.html?ref=x`);
  await waitForApp(page);
  await expectView(page, { path: ARTICLE.path, h1: ARTICLE.headline, title: ARTICLE.headline });
  await expect(page).toHaveURL(`${ARTICLE.path}/?ref=x`);
  await page.goto('/index.html');
  await waitForApp(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Latest');
});
