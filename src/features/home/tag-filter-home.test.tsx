// @vitest-environment jsdom
/** The home view's tag filter, loader and view together, over data files built from a small site. */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRoutesStub } from 'react-router';
import { afterEach, beforeEach, expect, test } from 'vitest';

import { setDataFetch } from '../../lib/content/api.ts';
import { buildPageData } from '../../build/view-model/page-data.ts';
import type { Article, Tag } from '../../build/content/schema.ts';
import { paths } from '../../lib/paths.ts';
import { siteFetch } from '../../test/page-response.ts';
import { anArticleFile, day } from '../../build/test-content.ts';
import { homeLoader } from './home-loader.ts';
import { HomePage } from './home-page.tsx';

const tags: Tag[] = [
  { slug: 'rail', name: 'Rail' },
  { slug: 'ukraine', name: 'Ukraine' },
  { slug: 'weather', name: 'Weather' },
  { slug: 'unused', name: 'Unused' },
];

/** 45 articles, a1 the oldest: all Rail; the 25 newest also Ukraine; every ninth also Weather. */
const articles: Article[] = Array.from({ length: 45 }, (_, index) =>
  anArticleFile(`a${index + 1}`, {
    title: `Story ${index + 1}`,
    publishedAt: day(index + 1),
    tags: ['rail', ...(index >= 20 ? ['ukraine'] : []), ...(index % 9 === 0 ? ['weather'] : [])],
  }),
);

const site = buildPageData({
  pages: [],
  site: { title: 'The Ledger', description: 'News.', url: 'https://ledger.example.org', language: 'en' },
  authors: [{ slug: 'jane-doe', name: 'Jane Doe' }],
  tags,
  articles,
});

const requested: string[] = [];

beforeEach(() => {
  setDataFetch(
    siteFetch(site, (path) => {
      requested.push(path);
    }),
  );
});

afterEach(() => {
  requested.length = 0;
  setDataFetch((input, init) => fetch(input, init));
});

function renderHome(address: string) {
  const route = { Component: HomePage, loader: homeLoader, HydrateFallback: () => null, ErrorBoundary: NotFound };
  const Stub = createRoutesStub([
    { path: paths.home.pattern, ...route },
    { path: paths.homePage.pattern, ...route },
  ]);
  render(<Stub initialEntries={[address]} />);
}

function NotFound() {
  return <p>Not found</p>;
}

/** Each render runs the loader; jsdom on a busy machine can take more than findBy's default second. */
const LOADED = { timeout: 10_000 };
/** The same allowance for whole tests, which may load twice. */
const NAVIGATES = 20_000;

const headlines = () =>
  screen.getAllByRole('article').map((entry) => within(entry).getByRole('heading', { level: 2 }).textContent);

test(
  'the unfiltered home fetches its one latest page, not the filter, and offers a closed "Filter by tag"',
  async () => {
    renderHome('/');
    expect(await screen.findByRole('heading', { level: 1 }, LOADED)).toHaveTextContent(/^Latest$/);
    // The home page itself, at the base URL.
    expect(requested).toEqual(['']);
    expect(screen.getByText('Filter by tag').closest('details')).not.toHaveAttribute('open');
  },
  NAVIGATES,
);

test(
  'opening "Filter by tag" loads the tags with their counts, each a link that starts the filter',
  async () => {
    renderHome('/');
    await userEvent.click(await screen.findByText('Filter by tag', {}, LOADED));
    const rail = await screen.findByRole('link', { name: 'Rail, 45 articles' }, LOADED);
    expect(rail).toHaveAttribute('href', '/?tags=rail');
    expect(screen.getByRole('link', { name: 'Ukraine, 25 articles' })).toHaveAttribute('href', '/?tags=ukraine');
    expect(screen.getByRole('link', { name: 'Weather, 5 articles' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /Unused/ })).not.toBeInTheDocument();
    expect(requested).toContain('data/tag-filter.json');
  },
  NAVIGATES,
);

test(
  'a filtered page lists the articles with every chosen tag and says how many',
  async () => {
    renderHome('/?tags=ukraine,weather');
    const heading = await screen.findByRole('heading', { level: 1 }, LOADED);
    expect(heading).toHaveTextContent('Latest · filtered');
    expect(headlines()).toEqual(['Story 37', 'Story 28']);
    const filter = screen.getByRole('navigation', { name: 'Tag filter' });
    expect(within(filter).getByText('2 articles tagged Ukraine and Weather')).toBeInTheDocument();
    const chosen = within(filter).getByRole('list', { name: 'Chosen tags' });
    expect(within(chosen).getByRole('link', { name: 'Remove Ukraine' })).toHaveAttribute('href', '/?tags=weather');
    expect(within(chosen).getByRole('link', { name: 'Remove Weather' })).toHaveAttribute('href', '/?tags=ukraine');
    expect(within(filter).getByRole('link', { name: 'Clear filter' })).toHaveAttribute('href', '/');
    expect(within(filter).getByRole('link', { name: 'Rail, 2 articles' })).toHaveAttribute(
      'href',
      '/?tags=ukraine,weather,rail',
    );
    // Only the summaries file that holds the two matches, and the filter.
    expect(requested.sort()).toEqual(['data/summaries-by-number/1.json', 'data/tag-filter.json']);
  },
  NAVIGATES,
);

test(
  'a filter of more than 20 results has pages that keep the filter',
  async () => {
    renderHome('/?tags=ukraine');
    await screen.findByRole('heading', { level: 1 }, LOADED);
    expect(headlines()).toHaveLength(20);
    const pages = screen.getByRole('navigation', { name: 'Pages' });
    expect(within(pages).getByRole('link', { name: /Older/ })).toHaveAttribute('href', '/page/2/?tags=ukraine');
    await userEvent.click(within(pages).getByRole('link', { name: /Older/ }));
    await waitFor(() => {
      expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Latest · filtered, page 2');
    }, LOADED);
    expect(headlines()).toEqual(['Story 25', 'Story 24', 'Story 23', 'Story 22', 'Story 21']);
    expect(screen.getByRole('link', { name: /Newer/ })).toHaveAttribute('href', '/?tags=ukraine');
  },
  NAVIGATES,
);

test(
  'removing a chip and clearing the filter are links the reader follows',
  async () => {
    renderHome('/?tags=ukraine,weather');
    await userEvent.click(await screen.findByRole('link', { name: 'Remove Weather' }, LOADED));
    expect(await screen.findByText('25 articles tagged Ukraine', {}, LOADED)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('link', { name: 'Clear filter' }));
    expect(await screen.findByText('Filter by tag', {}, LOADED)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(/^Latest$/);
    expect(headlines()).toHaveLength(20);
  },
  NAVIGATES,
);

test(
  'no article with every chosen tag is a page that says so',
  async () => {
    renderHome('/?tags=unused');
    expect(await screen.findByText('No article has all of these tags.', {}, LOADED)).toBeInTheDocument();
    expect(screen.getByText('No articles tagged Unused')).toBeInTheDocument();
    expect(screen.queryByRole('article')).not.toBeInTheDocument();
  },
  NAVIGATES,
);

test(
  'an unknown tag is not found, as its own address is',
  async () => {
    renderHome('/?tags=ukraine,trams');
    expect(await screen.findByText('Not found', {}, LOADED)).toBeInTheDocument();
  },
  NAVIGATES,
);

test(
  'a filtered page past the last is not found',
  async () => {
    renderHome('/page/3?tags=ukraine');
    expect(await screen.findByText('Not found', {}, LOADED)).toBeInTheDocument();
  },
  NAVIGATES,
);

test(
  'duplicate and empty entries in the address are ignored',
  async () => {
    renderHome('/?tags=weather,,weather');
    expect(await screen.findByText('5 articles tagged Weather', {}, LOADED)).toBeInTheDocument();
  },
  NAVIGATES,
);

test(
  'an empty tags value is the unfiltered home',
  async () => {
    renderHome('/?tags=');
    expect(await screen.findByText('Filter by tag', {}, LOADED)).toBeInTheDocument();
    // The home page itself, at the base URL.
    expect(requested).toEqual(['']);
  },
  NAVIGATES,
);
