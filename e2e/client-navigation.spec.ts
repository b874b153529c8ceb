import { ARTICLE, AUTHOR } from './content.ts';
import { expect, test, type Page } from './fixtures.ts';
import { gotoHydrated } from './prerendered.ts';

declare global {
  interface Window {
    /** Set by the test on the first document; a reload would lose it. */
    e2eDocumentMarker?: string;
  }
}

async function expectSameDocument(page: Page): Promise<void> {
  expect(await page.evaluate(() => window.e2eDocumentMarker)).toBe('first document');
}

test('moving between views keeps the document and puts focus on the new h1', async ({ page }) => {
  let documentRequests = 0;
  page.on('request', (request) => {
    if (request.resourceType() === 'document') documentRequests += 1;
  });

  await gotoHydrated(page, '/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Latest');
  await page.evaluate(() => {
    window.e2eDocumentMarker = 'first document';
  });
  const sections = page.getByRole('navigation', { name: 'Sections' });

  const steps: { go: () => Promise<void>; url: string; h1: string }[] = [
    { go: () => sections.getByRole('link', { name: 'Tags' }).click(), url: '/tags/', h1: 'Tags' },
    {
      go: () => page.getByRole('main').getByRole('link', { name: 'Russia', exact: true }).click(),
      url: '/tags/russia/',
      h1: 'Russia',
    },
    { go: () => page.getByRole('link', { name: ARTICLE.headline }).click(), url: ARTICLE.href, h1: ARTICLE.headline },
    {
      go: () => page.getByText(ARTICLE.byline, { exact: true }).getByRole('link', { name: AUTHOR.name }).click(),
      url: AUTHOR.href,
      h1: AUTHOR.name,
    },
    { go: () => sections.getByRole('link', { name: 'Authors' }).click(), url: '/authors/', h1: 'Authors' },
    { go: () => sections.getByRole('link', { name: 'Latest' }).click(), url: '/', h1: 'Latest' },
    { go: () => page.goBack().then(() => undefined), url: '/authors/', h1: 'Authors' },
    { go: () => page.goForward().then(() => undefined), url: '/', h1: 'Latest' },
  ];

  for (const step of steps) {
    await step.go();
    await expect(page).toHaveURL(step.url);
    const heading = page.getByRole('heading', { level: 1 });
    await expect(heading).toHaveText(step.h1);
    await expect(heading, `focus is on the h1 after going to ${step.url}`).toBeFocused();
    await expectSameDocument(page);
  }

  expect(documentRequests, 'only the first page load fetched a document').toBe(1);
});

test('Back returns focus to the link the reader followed, not to the top of the list', async ({ page }) => {
  await gotoHydrated(page, '/tags/russia');
  const main = page.getByRole('main');
  await main.getByRole('link', { name: ARTICLE.headline }).click();
  await expect(page).toHaveURL(ARTICLE.href);
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();

  await page.goBack();
  await expect(page).toHaveURL('/tags/russia');
  await expect(main.getByRole('link', { name: ARTICLE.headline })).toBeFocused();
});

test('on a page opened without its folder slash, a link to the page itself moves nothing', async ({ page }) => {
  // Served in place, as Netlify and Cloudflare Pages do (vite preview: preview-static-host-plugin.ts).
  await gotoHydrated(page, '/tags/north-korea');
  const canonical = page.locator('head link[rel=canonical]');
  await expect(canonical).toHaveCount(1);

  const kicker = page.getByRole('main').getByRole('link', { name: 'North Korea', exact: true });
  await kicker.click();
  await expect(page).toHaveURL('/tags/north-korea/');
  await expect(kicker).toBeFocused();
  await expect(canonical).toHaveCount(1);
});

test('the header marks the current section', async ({ page }) => {
  await gotoHydrated(page, '/tags/russia');
  const sections = page.getByRole('navigation', { name: 'Sections' });
  await expect(sections.getByRole('link', { name: 'Tags' })).toHaveAttribute('aria-current', 'page');
  await expect(sections.getByRole('link', { name: 'Latest' })).not.toHaveAttribute('aria-current', 'page');

  await sections.getByRole('link', { name: 'Latest' }).click();
  await expect(sections.getByRole('link', { name: 'Latest' })).toHaveAttribute('aria-current', 'page');
  await expect(sections.getByRole('link', { name: 'Tags' })).not.toHaveAttribute('aria-current', 'page');
});

test("after a move to another page, the head no longer names the first: no stale canonical for a browser's Share", async ({
  page,
}) => {
  await gotoHydrated(page, '/');
  const canonical = page.locator('head link[rel=canonical]');
  await expect(canonical).toHaveAttribute('href', /\/$/);
  await expect(page.locator('head script[type="application/ld+json"]')).not.toHaveCount(0);
  await page.getByRole('link', { name: ARTICLE.headline }).first().click();
  await expect(page).toHaveURL(ARTICLE.href);
  await expect(canonical).toHaveCount(0);
  await expect(page.locator('head meta[property^="og:"], head script[type="application/ld+json"]')).toHaveCount(0);
});
