import { renderToString } from 'react-dom/server';
import { expect, test } from 'vitest';

import { AuthorNames } from './author-names.tsx';

const ada = { slug: 'ada', name: 'Ada Byron' };
const charles = { slug: 'charles', name: 'Charles B' };
const grace = { slug: 'grace', name: 'Grace H' };

/** As the prerender writes it (Vite makes SSR true in a Node test, as in the prerender's build). */
const prerendered = (authors: (typeof ada)[]) => renderToString(<AuthorNames authors={authors} />);

test('the prerender writes each byline as a sentence of links, the same each time it recurs', () => {
  expect(import.meta.env.SSR).toBe(true);
  const two = '<a href="/authors/ada/">Ada Byron</a> and <a href="/authors/charles/">Charles B</a>';
  expect(prerendered([ada, charles])).toBe(two);
  expect(prerendered([ada, charles, grace])).toBe(
    '<a href="/authors/ada/">Ada Byron</a>, <a href="/authors/charles/">Charles B</a>, and <a href="/authors/grace/">Grace H</a>',
  );
  expect(prerendered([ada, charles])).toBe(two);
  expect(prerendered([charles, ada])).toBe(
    '<a href="/authors/charles/">Charles B</a> and <a href="/authors/ada/">Ada Byron</a>',
  );
});
