import { expect, test } from 'vitest';

import { dataPaths, isSearchFile } from './data-paths.ts';

test('the search index’s files, and only they, are search files', () => {
  const search = [
    dataPaths.searchManifest(),
    dataPaths.searchPart('ku'),
    dataPaths.searchTypoPart('kr'),
    dataPaths.searchShard('ku', 3),
  ];
  const others = [dataPaths.summaries(1), dataPaths.tagIndex(), dataPaths.authorIndex(), dataPaths.tagFilter()];
  expect(search.map(isSearchFile)).toEqual(search.map(() => true));
  expect(others.map(isSearchFile)).toEqual(others.map(() => false));
});
