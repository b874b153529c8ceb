/**
 * A story page carries its body, related reading and author cards once, as HTML, and a list page its entries;
 * their islands leave them out (docs/decisions/012-one-file-per-address.md). The app takes them from the page it
 * opened and from each page a navigation fetches, and follows their links itself.
 */
import { expect, test } from '../fixtures.ts';
import { gotoHydrated } from '../prerendered.ts';

const ISLAND = /<script type="application\/json" id="page-data">(.*?)<\/script>/s;

test("the island leaves the body, related reading and author cards to the page's HTML", async ({ request }) => {
  const html = await (await request.get('/articles/dispatch-02/')).text();
  const island = ISLAND.exec(html)?.[1] ?? '';
  expect(island).toContain('"slug":"dispatch-02"');
  expect(island).not.toContain('"body"');
  expect(island).not.toContain('"related"');
  // The byline's authors stay; their cards (role, bio, links) are the page's.
  expect(island).toContain('"name":"Tomas Lind"');
  expect(island).not.toContain('"bio"');
  expect(html).toContain('Filler dispatch 2 keeps the home page three pages long.');
});

test('a related article opens in the app, with the body and related reading of the page it fetched', async ({
  page,
}) => {
  await gotoHydrated(page, '/articles/dispatch-02');
  await expect(page.getByText('Filler dispatch 2 keeps the home page')).toBeVisible();
  const documents: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'document') documents.push(request.url());
  });

  const related = page.getByRole('region', { name: 'Related reading' });
  const next = related.getByRole('link').first();
  const title = await next.textContent();
  await next.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title ?? '');
  const number = /\d+$/.exec(title ?? '')?.[0];
  await expect(page.getByText(`Filler dispatch ${number} keeps the home page`)).toBeVisible();
  const about = page.getByRole('region', { name: /^About the authors?$/ });
  await expect(about.getByRole('heading', { level: 3 }).first()).toBeVisible();
  // The fetched page's related reading, which links back here among others, is the app's to follow too.
  await expect(page.getByRole('region', { name: 'Related reading' }).getByRole('link').first()).toBeVisible();

  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dispatch number 2');
  await expect(page.getByText('Filler dispatch 2 keeps the home page')).toBeVisible();
  expect(documents, 'no page load: the app followed the link').toEqual([]);
});

test("a list page's island leaves its entries to the page, and the next page opens in the app with its own", async ({
  page,
  request,
}) => {
  const html = await (await request.get('/tags/dispatches/')).text();
  const island = ISLAND.exec(html)?.[1] ?? '';
  expect(island).toContain('"pageCount"');
  expect(island).not.toContain('"items"');

  await gotoHydrated(page, '/tags/dispatches');
  const entries = page.getByRole('main').getByRole('heading', { level: 2 });
  const first = await entries.first().textContent();
  const documents: string[] = [];
  page.on('request', (sent) => {
    if (sent.resourceType() === 'document') documents.push(sent.url());
  });
  await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Older' }).click();
  await expect(page.getByText('Page 2 of 2', { exact: true })).toBeVisible();
  await expect(entries.first()).not.toHaveText(first ?? '');
  // The fetched page's entries are links the app follows.
  await entries.first().getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Dispatches');
  expect(documents, 'no page load: the app followed both links').toEqual([]);
});
