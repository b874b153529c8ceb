import { expect, test } from 'vitest';

import { showsWithoutReload } from './dev-content-event.ts';

test('articles, authors and tags show without a reload; the site, pages and images reload the page', () => {
  expect(['articles/harbour.json', 'authors.json', 'tags.json'].filter(showsWithoutReload)).toHaveLength(3);
  expect(
    ['site.json', 'pages/about.json', 'images/lead.jpg', 'articles', 'articles/photos/a.json', 'articles/x.txt'].filter(
      showsWithoutReload,
    ),
  ).toEqual([]);
});
