// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import { createRoutesStub } from 'react-router';
import { expect, test } from 'vitest';

import type { ArticleData, ArticleView } from '../../lib/content/model.ts';
import { aSummary, anArticle, anAuthor } from '../../test/view-models.ts';
import { ArticlePage } from './article-page.tsx';

/** The article as the dev server's island gives it: the whole view, its authors' cards as data. */
function renderArticle(article: ArticleView) {
  const data: ArticleData = { ...article, authorCards: article.authors };
  const Stub = createRoutesStub([
    { path: '/articles/:slug', Component: ArticlePage, HydrateFallback: () => null, loader: () => data },
  ]);
  render(<Stub initialEntries={[`/articles/${article.slug}`]} />);
  return screen.findByRole('heading', { level: 1 });
}

test('shows the headline as the only h1, with the primary tag as a kicker above it', async () => {
  const heading = await renderArticle(anArticle());
  expect(heading).toHaveTextContent('The engine runs at last');
  expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
  const kicker = screen.getAllByRole('link', { name: 'Engines' })[0];
  expect(kicker).toHaveAttribute('href', '/tags/engines/');
  expect(kicker?.compareDocumentPosition(heading)).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
});

test('shows the byline, the publication date as a <time> and the reading time', async () => {
  await renderArticle(anArticle({ updatedAt: '2025-08-23T10:00:00+02:00' }));
  const byline = screen.getByText(/^By/);
  expect(within(byline).getByRole('link', { name: 'Ada Byron' })).toHaveAttribute('href', '/authors/ada-byron/');
  const published = screen.getByText('August 22, 2025');
  expect(published.tagName).toBe('TIME');
  expect(published).toHaveAttribute('datetime', '2025-08-22');
  expect(screen.getByText('August 23, 2025')).toHaveAttribute('datetime', '2025-08-23T10:00:00+02:00');
  expect(screen.getByText(/2 min read/)).toBeInTheDocument();
});

test('joins several authors in the byline, each a link', async () => {
  await renderArticle(anArticle({ authors: [anAuthor(), anAuthor({ slug: 'charles-b', name: 'Charles B' })] }));
  const byline = screen.getByText(/^By/);
  expect(byline).toHaveTextContent('By Ada Byron and Charles B');
  expect(within(byline).getAllByRole('link')).toHaveLength(2);
});

test('shows the lead figure with caption and credit, and a note when the photo is not available', async () => {
  await renderArticle(anArticle());
  const figure = screen.getByRole('figure');
  expect(within(figure).getByText('Photo not available: A harbour at dawn')).toBeInTheDocument();
  expect(within(figure).queryByRole('img')).toBeNull();
  expect(figure.querySelector('figcaption')).toHaveTextContent('The harbour at dawn. Photo by A. Photographer');
});

test('shows the source attribution with a link that does not pass our address on', async () => {
  await renderArticle(anArticle({ source: { name: 'The Daily Engine', url: 'https://engine.example/story' } }));
  const link = screen.getByRole('link', { name: 'The Daily Engine' });
  expect(link).toHaveAttribute('href', 'https://engine.example/story');
  expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  expect(link.closest('p')).toHaveTextContent('First published by The Daily Engine.');
});

test('lists the tags as chips in order, primary first, each linking to its tag view', async () => {
  await renderArticle(anArticle());
  const topics = screen.getByRole('region', { name: 'Topics' });
  const chips = within(topics).getAllByRole('link');
  expect(chips.map((chip) => chip.textContent)).toEqual(['Engines', 'London']);
  expect(chips[1]).toHaveAttribute('href', '/tags/london/');
});

test('ends with an author card and related reading', async () => {
  const { slug, title, publishedAt, primaryTag } = aSummary();
  await renderArticle(anArticle({ related: [{ slug, title, publishedAt, primaryTag }] }));
  const card = screen.getByRole('region', { name: 'About Ada Byron' });
  expect(within(card).getByRole('heading', { level: 3, name: 'Ada Byron' })).toBeInTheDocument();
  expect(within(card).getByText('Science editor')).toBeInTheDocument();
  expect(within(card).getByRole('link', { name: 'More from Ada Byron' })).toHaveAttribute(
    'href',
    '/authors/ada-byron/',
  );
  const related = screen.getByRole('region', { name: 'Related reading' });
  expect(within(related).getByRole('link', { name: 'A related story' })).toHaveAttribute(
    'href',
    '/articles/related-story/',
  );
  // Compact: section, headline and date, each entry a headline one level below the section's.
  expect(within(related).getByRole('heading', { level: 3, name: 'A related story' })).toBeInTheDocument();
  expect(within(related).getByText('Engines')).toBeInTheDocument();
  expect(within(related).getByText('August 20, 2025')).toBeInTheDocument();
});

test('shows no related reading when nothing shares a tag', async () => {
  await renderArticle(anArticle({ related: [] }));
  expect(screen.queryByRole('region', { name: 'Related reading' })).not.toBeInTheDocument();
});
