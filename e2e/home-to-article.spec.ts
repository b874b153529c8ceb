import { ARTICLE } from './content.ts';
import { expect, test } from './fixtures.ts';

test('a reader opens the latest article from the home page', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Latest' })).toBeVisible();

  await page.getByRole('link', { name: ARTICLE.headline }).click();

  await expect(page).toHaveURL(ARTICLE.path);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ARTICLE.headline);
  const article = page.getByRole('article').filter({ has: page.getByRole('heading', { level: 1 }) });

  await expect(article.getByText(ARTICLE.byline, { exact: true })).toBeVisible();
  await expect(
    article.getByText(ARTICLE.byline, { exact: true }).getByRole('link', { name: 'Olena Goncharova' }),
  ).toBeVisible();

  const date = article.getByText(ARTICLE.date, { exact: true });
  await expect(date).toBeVisible();
  await expect(date).toHaveAttribute('datetime', ARTICLE.datetime);
  expect(await date.evaluate((element) => element.localName)).toBe('time');
  await expect(article.getByText(ARTICLE.readingTime)).toBeVisible();

  const figure = article.getByRole('figure');
  await expect(figure).toHaveCount(1);
  await expect(figure).toContainText(ARTICLE.caption);
  await expect(figure).toContainText(ARTICLE.credit);
  await expect(figure.getByRole('img')).toBeVisible();

  // The body: exactly six paragraphs, in order, between the byline and the source attribution.
  const paragraphs = await article.getByRole('paragraph').allInnerTexts();
  const first = paragraphs.findIndex((text) => text.startsWith(ARTICLE.paragraphs[0]));
  expect(first, 'the first body paragraph is on the page').toBeGreaterThan(-1);
  const body = paragraphs.slice(first, first + ARTICLE.paragraphs.length);
  expect(body.map((text, index) => text.slice(0, ARTICLE.paragraphs[index]?.length))).toEqual([...ARTICLE.paragraphs]);
  expect(paragraphs[first + ARTICLE.paragraphs.length]).toBe(`First published by ${ARTICLE.source}.`);

  await expect(article.getByText(`First published by ${ARTICLE.source}`)).toBeVisible();
  await expect(article.getByRole('link', { name: ARTICLE.source })).toHaveAttribute(
    'href',
    'https://kyivindependent.com/',
  );
});
