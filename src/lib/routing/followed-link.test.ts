// @vitest-environment jsdom
import { afterEach, expect, test } from 'vitest';

import { findFollowed, rememberFollowed, takeFollowed } from './followed-link.ts';

afterEach(() => {
  document.body.replaceChildren();
  takeFollowed();
});

const link = () => Object.assign(document.createElement('a'), { href: '/tags/rail/', textContent: 'Rail' });

/** A page made anew: a link to a tag in its header, and the same link twice in its main. */
const page = () => {
  const header = document.createElement('header');
  const main = document.createElement('main');
  header.append(link());
  main.append(link(), link());
  document.body.replaceChildren(header, main);
  return [...document.querySelectorAll('a')];
};

test('the link followed is found again on the page made anew: the same href, the same one of its repeats', () => {
  rememberFollowed(page()[2] ?? null);
  const followed = takeFollowed();
  expect(followed).toEqual({ href: '/tags/rail/', story: null, nth: 1 });
  expect(takeFollowed(), 'taken once').toBeNull();
  const again = page();
  if (followed !== null) expect(findFollowed(followed)).toBe(again[2]);
});

test('a link outside main, or no link, is not found again', () => {
  rememberFollowed(page()[0] ?? null);
  const followed = takeFollowed();
  expect(followed).not.toBeNull();
  if (followed !== null) expect(findFollowed(followed)).toBeUndefined();
  rememberFollowed(null);
  expect(takeFollowed()).toBeNull();
});

/** A list as the views make it: each story's entry with its tag's link, then its headline's. */
const list = (...stories: string[]) => {
  const main = document.createElement('main');
  const entries = document.createElement('ol');
  for (const story of stories) {
    const entry = document.createElement('li');
    const heading = document.createElement('h2');
    heading.append(Object.assign(document.createElement('a'), { href: `/articles/${story}/`, textContent: story }));
    entry.append(link(), heading);
    entries.append(entry);
  }
  main.append(entries);
  document.body.replaceChildren(main);
  return (story: string) => document.querySelector(`a[href="/articles/${story}/"]`)?.closest('li')?.querySelector('a');
};

test("a tag's link in a list is found again in the same story's entry, when newer stories came in above it", () => {
  rememberFollowed(list('first', 'second')('second') ?? null);
  const followed = takeFollowed();
  expect(followed).toEqual({ href: '/tags/rail/', story: '/articles/second/', nth: 1 });
  // Published while the reader was away: the list fetched again has it on top.
  const tagOf = list('newest', 'first', 'second');
  if (followed !== null) expect(findFollowed(followed)).toBe(tagOf('second'));
});

test('when its story has left the list, the link is found by its place among the same links', () => {
  rememberFollowed(list('first', 'second')('second') ?? null);
  const followed = takeFollowed();
  const tagOf = list('first', 'third');
  if (followed !== null) expect(findFollowed(followed)).toBe(tagOf('third'));
});
