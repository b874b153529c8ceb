import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterEach, beforeEach, expect, test } from 'vitest';

import { packFields } from '../src/build/search/packed-fields.ts';
import { FIELD } from '../src/lib/search/index-format.ts';
import { searchIndexWork, SearchWorkFinishedSchema, type SearchWorkSettings } from './search-index-work.ts';
import { DIGEST_BYTES, readSearchTermsMemo, searchTermsMemoFile } from './search-terms-memo.ts';

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'search-index-work-'));
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

/**
 * The thread's settings as the build's main thread makes them (search-index-thread.ts): the last memo's bytes when
 * it reads one (`read`; a clean build does not), and the digests whose fields it need not send.
 */
function memo(read: boolean): { settings: SearchWorkSettings; kept: (digest: Uint8Array) => boolean } {
  const file = searchTermsMemoFile(dir);
  const last = read ? readSearchTermsMemo(file, 'code-1') : null;
  const settings = { memo: { file, key: 'code-1', last: last === null ? null : new Uint8Array(last.bytes) } };
  return { settings, kept: (digest) => last?.memo.has(digest) === true };
}

const noMemo = { settings: { memo: null }, kept: () => false };

const articles = (...titles: string[]) =>
  titles.map((title): [number, string][] => [
    [FIELD.headline, title],
    [FIELD.body, `${title} was reported from Kyiv.`],
  ]);

type Fields = [number, string][];

/** A stand-in for an article's source digest (article-digests.ts): here its fields are all it is made from. */
const digestOf = (fields: Fields) =>
  createHash('sha256').update(JSON.stringify(fields)).digest().subarray(0, DIGEST_BYTES);

/** A batch as the build sends it: every article's digest, and the fields of those whose terms are not kept. */
const batchOf = (batch: Fields[], kept: (digest: Uint8Array) => boolean) => ({
  digests: new Uint8Array(Buffer.concat(batch.map(digestOf))),
  articles: packFields(batch.filter((fields) => !kept(digestOf(fields)))),
});

/** The thread's answers to `batches` then the end: the files with how many articles were indexed and reused. */
function run({ settings, kept }: ReturnType<typeof memo>, ...batches: Fields[][]) {
  const work = searchIndexWork(settings);
  for (const batch of batches) work(batchOf(batch, kept));
  return SearchWorkFinishedSchema.parse(work({ finish: true }));
}

test('a build indexes only the articles whose digests the last one did not have, and makes the same files', () => {
  const first = run(memo(false), articles('Rail link reopens', 'Troops return'), articles('Aid arrives'));
  expect(first).toMatchObject({ indexed: 3, reused: 0 });

  const again = run(memo(true), articles('Rail link reopens', 'Troops return'), articles('Aid arrives'));
  expect(again).toMatchObject({ indexed: 0, reused: 3 });
  expect(again).toEqual({ ...first, indexed: 0, reused: 3 });

  // One edited and one added, the order changed: only those two are indexed, and the files are a fresh index's.
  const edited = [...articles('Aid arrives late', 'Troops return'), ...articles('Rail link reopens', 'Grain ships')];
  expect(run(memo(true), edited)).toEqual({ ...run(noMemo, edited), indexed: 2, reused: 2 });
});

test('a clean build does not read the memo, and writes a new one', () => {
  run(memo(false), articles('Rail link reopens'));
  const written = readFileSync(searchTermsMemoFile(dir));
  expect(run(memo(false), articles('Rail link reopens'))).toMatchObject({ indexed: 1, reused: 0 });
  expect(readFileSync(searchTermsMemoFile(dir))).toEqual(written);
});

test('a batch that failed fails the end, and no memo is written from what is left', () => {
  const work = searchIndexWork(memo(false).settings);
  work(batchOf(articles('Rail link reopens'), () => false));
  expect(() => work({ articles: { text: 'not packed' } })).toThrow();
  // Every later message fails with it: the thread's answers to batches are not awaited, its answer to the end is.
  expect(() => work(batchOf(articles('Troops return'), () => false))).toThrow();
  expect(() => work({ finish: true })).toThrow();
  expect(readdirSync(dir)).toEqual([]);
});

test("a batch whose fields are not its articles' whose terms are not kept fails", () => {
  run(memo(false), articles('Rail link reopens'));
  const kept = articles('Rail link reopens');
  const added = articles('Troops return');

  const leftOut = searchIndexWork(memo(true).settings);
  expect(() => leftOut({ ...batchOf([...kept, ...added], () => false), articles: packFields([]) })).toThrow(
    /left out the fields/,
  );

  const sentAnyway = searchIndexWork(memo(true).settings);
  expect(() => sentAnyway(batchOf([...kept, ...added], () => false))).toThrow(/sent the fields/);
});
