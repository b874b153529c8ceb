import { expectFigureAndBody } from './article-checks.ts';
import { ARTICLE } from './content.ts';
import { expect, test } from './fixtures.ts';

test('a reader opens the latest article from the home page', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Latest' })).toBeVisible();

  await page.getByRole('link', { name: ARTICLE.headline }).click();

  await expect(page).toHaveURL(ARTICLE.href);
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

  // The body: exactly six paragraphs, in order, between the byline and the source attribution.
  const afterBody = await expectFigureAndBody(article);
  expect(afterBody[0]).toBe(`First published by ${ARTICLE.source}.`);

  await expect(article.getByText(`First published by ${ARTICLE.source}`)).toBeVisible();
  await expect(article.getByRole('link', { name: ARTICLE.source })).toHaveAttribute(
    'href',
    'https://kyivindependent.com/',
  );
});
