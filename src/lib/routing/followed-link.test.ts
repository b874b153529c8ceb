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
  expect(followed).toEqual({ href: '/tags/rail/', nth: 1 });
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
