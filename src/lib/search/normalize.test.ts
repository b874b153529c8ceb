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

test('letters that do not decompose fold to the letters a reader types without them', () => {
  expect(terms('Łódź, Ørsted, Straße, Æsir, Đorđe, Þór, Œuvre')).toEqual([
    'lodz',
    'orsted',
    'strasse',
    'aesir',
    'dorde',
    'thor',
    'oeuvre',
  ]);
});

test('a figure is one word, its thousands written with a comma or not; a point or comma after a word still separates', () => {
  expect(terms('Inflation rose to 3.5% as 1,200 troops and 12,000,000 hryvnias left.')).toEqual([
    'inflation',
    'rose',
    'to',
    '3.5',
    'as',
    '1200',
    'troops',
    'and',
    '12000000',
    'hryvnias',
    'left',
  ]);
  expect(terms('Kyiv,Kharkiv. 2025.Next')).toEqual(['kyiv', 'kharkiv', '2025', 'next']);
  // A figure being typed is the start of the figure it will be.
  expect(terms('12,50')).toEqual(['1250']);
  const text = 'About 1,200 troops';
  expect(wordSpans(text).map(({ start, end }) => text.slice(start, end))).toEqual(['About', '1,200', 'troops']);
});
