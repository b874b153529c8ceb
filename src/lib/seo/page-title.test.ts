import { expect, test } from 'vitest';

import type { ArticleListPage } from '../content/model.ts';
import { aSite, aSummary } from '../../test/view-models.ts';
import { errorTitle } from './page-title.ts';
import { latestTitle } from './latest-title.ts';

const site = aSite();

function aList(page = 1, pageCount = 1): ArticleListPage {
  return { page, pageCount, total: pageCount * 20, items: [aSummary()] };
}

test('latestTitle filtered by tags: the tags in the title, their names in the description', () => {
  const tags = [
    { slug: 'rail', name: 'Rail' },
    { slug: 'ukraine', name: 'Ukraine' },
  ];
  expect(latestTitle(aList(1, 2), site, tags)).toEqual({
    title: 'Rail + Ukraine · The Ledger',
    description: 'Articles tagged Rail and Ukraine from The Ledger.',
  });
  expect(latestTitle(aList(2, 2), site, tags).title).toBe('Rail + Ukraine, page 2 · The Ledger');
  expect(latestTitle(aList(1, 2), site, [])).toEqual(latestTitle(aList(1, 2), site));
});

test('errorTitle: "Something went wrong · Site"', () => {
  expect(errorTitle(site).title).toBe('Something went wrong · The Ledger');
});
