import { expect, test } from 'vitest';

import { drawWord, englishWordFrequencies } from './real-vocabulary.ts';

test('the list has tens of thousands of words, most frequent first', () => {
  const { words, cumulative } = englishWordFrequencies();
  expect(words.length).toBeGreaterThan(70_000);
  expect(words.slice(0, 3)).toEqual(['you', 'I', 'the']);
  const count = (index: number) => (cumulative[index] ?? 0) - (cumulative[index - 1] ?? 0);
  expect(count(1)).toBeGreaterThanOrEqual(count(2));
});

test('a roll draws words in proportion to their counts', () => {
  const frequencies = englishWordFrequencies();
  expect(drawWord(frequencies, 0)).toBe('you');
  expect(drawWord(frequencies, 0.999_999_999)).toBe(frequencies.words.at(-1));
  // "you" is about 4% of the corpus: a roll just past its share draws the next word.
  const share = (frequencies.cumulative[0] ?? 0) / (frequencies.cumulative.at(-1) ?? 1);
  expect(drawWord(frequencies, share * 0.99)).toBe('you');
  expect(drawWord(frequencies, share * 1.01)).toBe('I');
});
