/**
 * Content format 1.1 as a reader meets it in the fixture: standalone pages linked from the footer, the new blocks
 * of the every-block-type article, an embed that requests nothing until asked, and a members-only story.
 */
import { expect, test } from '../fixtures.ts';
import { gotoHydrated } from '../prerendered.ts';

const BLOCKS = '/articles/every-block-type';

test('the footer links to the pages in footerPages order, and a page opens in the app', async ({ page }) => {
  await gotoHydrated(page, '/');
  const footer = page.getByRole('navigation', { name: 'Footer' });
  await expect(footer.getByRole('link')).toHaveText([
    'Latest',
    'Tags',
    'Authors',
    'Contact',
    'About the Fixture Gazette',
  ]);
  await footer.getByRole('link', { name: 'About the Fixture Gazette' }).click();
  await expect(page).toHaveURL(/\/about\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('About the Fixture Gazette');
  await expect(page.getByText('Who writes this paper, and why.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Our standards' })).toBeVisible();
  await expect(page.getByRole('img', { name: "The newsroom's window on the quay" })).toBeVisible();
  await expect(page).toHaveTitle('About the Fixture Gazette · The Fixture Gazette');
});

test('a page is prerendered and in the sitemap, but in no list, feed or search result', async ({ page, request }) => {
  const html = await (await request.get('/contact')).text();
  expect(html).toContain('Write to the desk at');
  expect(await (await request.get('/sitemap.xml')).text()).toContain('https://fixture.example/about/</loc>');
  expect(await (await request.get('/feed.xml')).text()).not.toContain('lighthousekeeper');
  // A query's results are found in the browser: the prerendered shell is replaced, as it should be.
  await page.goto('/search?q=lighthousekeeper');
  await expect(page.getByText(/No articles match/)).toBeVisible();
});

test('a single segment that is no page is not found', async ({ page }) => {
  const response = await page.request.get('/no-such-page');
  expect(response.status()).toBe(404);
});

test('headings below h2, a gallery, code as written and a divider', async ({ page }) => {
  await page.goto(BLOCKS);
  const article = page.getByRole('article').first();
  await expect(article.getByRole('heading', { level: 3, name: 'The quay, section by section' })).toBeVisible();
  await expect(article.getByRole('heading', { level: 4, name: 'The north quay' })).toBeVisible();
  const gallery = article.getByRole('figure').filter({ hasText: 'The quay at work, from dawn to noon.' });
  await expect(gallery.getByRole('img')).toHaveCount(3);
  await expect(gallery.locator('figcaption')).toHaveText(
    'The quay at work, from dawn to noon. Photo by the Fixture Desk; Photo by Tomas Lind',
  );
  await expect(article.locator('pre code')).toHaveText(
    'GATE  OPEN   06:00\nGATE  CLOSE  22:00\n  *not emphasis* [not a link](/x)',
  );
  await expect(article.getByRole('separator')).toHaveCount(1);
});

test('an embed requests nothing from its provider until the reader presses Play', async ({ page }) => {
  const external: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith('http://localhost')) external.push(request.url());
  });
  // No network here: the player answers from the test, as YouTube's would.
  await page.route('https://www.youtube-nocookie.com/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Player</title><p>Playing</p>' }),
  );
  await gotoHydrated(page, BLOCKS);
  const card = page.getByRole('figure').filter({ hasText: 'Filmed from the breakwater.' });
  await expect(card.getByRole('link', { name: 'The first ferry leaves the harbour' })).toHaveAttribute(
    'href',
    'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
  );
  const other = page.getByRole('figure').filter({ hasText: "The port authority's announcement" });
  await expect(other.getByText('social.example')).toBeVisible();
  await expect(other.getByRole('button')).toHaveCount(0);
  await page.mouse.wheel(0, 4000);
  await page.waitForLoadState('networkidle');
  expect(external).toEqual([]);

  await card.getByRole('button', { name: 'Play here (loads YouTube)' }).click();
  const player = card.locator('iframe');
  await expect(player).toHaveAttribute('src', 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1');
  await expect(player).toBeFocused();
  // Only the no-cookie player was asked for; the fixture fails the test on any CSP violation.
  await expect.poll(() => external).toEqual(['https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1']);
  await expect(player.contentFrame().getByText('Playing')).toBeVisible();
});

test('a members-only story shows its preview, then the invitation to membership', async ({ page }) => {
  await page.goto('/articles/dispatch-05');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('A members-only briefing from the harbour');
  await expect(page.getByText(/This free preview is all the site holds/)).toBeVisible();
  const invitation = page.getByRole('complementary').filter({ hasText: 'The rest of this story is for members' });
  await expect(invitation.getByRole('heading', { level: 2 })).toHaveText(
    'The rest of this story is for members of The Fixture Gazette',
  );
  await expect(invitation.getByRole('link', { name: 'Become a member' })).toHaveAttribute(
    'href',
    'https://fixture.example/join',
  );
});
