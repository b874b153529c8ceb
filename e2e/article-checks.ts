/** What every rendering of the bundled article must show, shared by the journeys that open it. */
import { ARTICLE } from './content.ts';
import { expect, type Locator } from './fixtures.ts';

/** The lead figure with caption and credit, and the six body paragraphs in order. */
export async function expectFigureAndBody(article: Locator): Promise<string[]> {
  const figure = article.getByRole('figure');
  await expect(figure).toHaveCount(1);
  await expect(figure).toContainText(ARTICLE.caption);
  await expect(figure).toContainText(ARTICLE.credit);
  // The seed's photo is not ours to ship: a short note in the figure, not a photo-sized box (format 1.1).
  await expect(figure.getByText(ARTICLE.photoNote)).toBeVisible();
  await expect(figure.getByRole('img')).toHaveCount(0);

  const paragraphs = await article.getByRole('paragraph').allInnerTexts();
  const first = paragraphs.findIndex((text) => text.startsWith(ARTICLE.paragraphs[0]));
  expect(first, 'the first body paragraph is on the page').toBeGreaterThan(-1);
  const body = paragraphs.slice(first, first + ARTICLE.paragraphs.length);
  expect(body.map((text, index) => text.slice(0, ARTICLE.paragraphs[index]?.length))).toEqual([...ARTICLE.paragraphs]);
  return paragraphs.slice(first + ARTICLE.paragraphs.length);
}
