import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterEach, beforeEach, expect, test } from 'vitest';

import { packFields } from '../src/build/search/packed-fields.ts';
import { FIELD } from '../src/lib/search/index-format.ts';
import { searchIndexWork, SearchWorkFinishedSchema, type SearchWorkSettings } from './search-index-work.ts';
import { searchTermsMemoFile } from './search-terms-memo.ts';

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'search-index-work-'));
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const memo = (read: boolean): SearchWorkSettings => ({ memo: { file: searchTermsMemoFile(dir), read, key: 'code-1' } });

const articles = (...titles: string[]) =>
  titles.map((title): [number, string][] => [
    [FIELD.headline, title],
    [FIELD.body, `${title} was reported from Kyiv.`],
  ]);

/** The thread's answers to `batches` then the end: the files with how many articles were indexed and reused. */
function run(settings: SearchWorkSettings, ...batches: [number, string][][][]) {
  const work = searchIndexWork(settings);
  for (const batch of batches) work({ articles: packFields(batch) });
  return SearchWorkFinishedSchema.parse(work({ finish: true }));
}

test('a build indexes only the articles whose fields the last one did not have, and makes the same files', () => {
  const first = run(memo(false), articles('Rail link reopens', 'Troops return'), articles('Aid arrives'));
  expect(first).toMatchObject({ indexed: 3, reused: 0 });

  const again = run(memo(true), articles('Rail link reopens', 'Troops return'), articles('Aid arrives'));
  expect(again).toMatchObject({ indexed: 0, reused: 3 });
  expect(again).toEqual({ ...first, indexed: 0, reused: 3 });

  // One edited and one added, the order changed: only those two are indexed, and the files are a fresh index's.
  const edited = [...articles('Aid arrives late', 'Troops return'), ...articles('Rail link reopens', 'Grain ships')];
  expect(run(memo(true), edited)).toEqual({ ...run({ memo: null }, edited), indexed: 2, reused: 2 });
});

test('a clean build does not read the memo, and writes a new one', () => {
  run(memo(false), articles('Rail link reopens'));
  const written = readFileSync(searchTermsMemoFile(dir));
  expect(run(memo(false), articles('Rail link reopens'))).toMatchObject({ indexed: 1, reused: 0 });
  expect(readFileSync(searchTermsMemoFile(dir))).toEqual(written);
});

test('a batch that failed fails the end, and no memo is written from what is left', () => {
  const work = searchIndexWork(memo(false));
  work({ articles: packFields(articles('Rail link reopens')) });
  expect(() => work({ articles: { text: 'not packed' } })).toThrow();
  // Every later message fails with it: the thread's answers to batches are not awaited, its answer to the end is.
  expect(() => work({ articles: packFields(articles('Troops return')) })).toThrow();
  expect(() => work({ finish: true })).toThrow();
  expect(readdirSync(dir)).toEqual([]);
});
