import { expect, test } from 'vitest';

import { foldTerm, terms, wordSpans } from './normalize.ts';

test('words are folded to lower case without accents', () => {
  expect(terms('Café au LAIT, naïve Zoë')).toEqual(['cafe', 'au', 'lait', 'naive', 'zoe']);
});

test('words in other scripts are words too, and fold the same way in a query and a text', () => {
  expect(terms('Київ і Харків')).toEqual([foldTerm('Київ'), foldTerm('Харків')]);
  expect(foldTerm('КИЇВ')).toBe(foldTerm('київ'));
});

test('decomposed and composed accents fold to the same term', () => {
  expect(foldTerm('e\u0301te\u0301')).toBe(foldTerm('été'));
});

test('punctuation separates words; one-letter words and digits alone are kept out or in by length', () => {
  expect(terms("Kim Jong Un's troops, 2025: a win")).toEqual(['kim', 'jong', 'un', 'troops', '2025', 'win']);
});

test('spans point at the words in the original text', () => {
  const text = 'In Kursk, troops…';
  expect(wordSpans(text).map(({ start, end }) => text.slice(start, end))).toEqual(['In', 'Kursk', 'troops']);
});
