/**
 * index.html's address repair: an address with a broken %-escape is one the
 * router cannot decode (it would warn, then match nothing sensible). The
 * inline script re-escapes the "%" of such a segment before the app starts,
 * so the router reads it as text and shows "Not found"; valid escapes, the
 * query and the fragment are left alone.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { runInNewContext } from 'node:vm';

import { expect, test } from 'vitest';

const template = readFileSync(path.resolve(import.meta.dirname, '../index.html'), 'utf8');
const repair = [...template.matchAll(/<script>([\s\S]*?)<\/script>/g)]
  .map((match) => match[1] ?? '')
  .find((script) => script.includes('decodeURIComponent'));

/** The address the page shows after the script ran at `url`. */
function repaired(url: string): string {
  if (repair === undefined) throw new Error('index.html has no address repair script');
  const location = new URL(url);
  const history = {
    state: null,
    replaceState(_state: unknown, _title: string, next: string) {
      const target = new URL(next, location);
      location.pathname = target.pathname;
      location.search = target.search;
      location.hash = target.hash;
    },
  };
  runInNewContext(repair, { location, history, decodeURIComponent });
  return location.href.slice(location.origin.length);
}

test('a broken escape has its "%" escaped, so the router can decode the segment', () => {
  expect(repaired('https://x.test/articles/%E0%A4%A')).toBe('/articles/%25E0%25A4%25A');
  expect(repaired('https://x.test/tags/%')).toBe('/tags/%25');
  expect(repaired('https://x.test/news/articles/100%?q=1#top')).toBe('/news/articles/100%25?q=1#top');
});

test('valid escapes (Cyrillic, spaces) and plain addresses are left exactly as they are', () => {
  for (const address of ['/', '/articles/harbour', '/tags/%D0%BA%D0%B8%D1%97%D0%B2', '/a%20b?q=%E0#x']) {
    expect(repaired(`https://x.test${address}`)).toBe(address);
  }
});

test('only the broken segment changes', () => {
  expect(repaired('https://x.test/tags/%D0%BA%D0%B8/%E0%A4')).toBe('/tags/%D0%BA%D0%B8/%25E0%25A4');
});

test("an address naming the page's file becomes the page's own, with its query and fragment", () => {
  expect(repaired('https://x.test/index.html')).toBe('/');
  expect(repaired('https://x.test/articles/harbour/index.html?ref=x#top')).toBe('/articles/harbour/?ref=x#top');
  expect(repaired('https://x.test/news/tags/rail/index.html')).toBe('/news/tags/rail/');
  // Only the last segment: a page about index.html files keeps its address.
  expect(repaired('https://x.test/articles/index.html-guide')).toBe('/articles/index.html-guide');
});
