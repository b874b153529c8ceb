import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterEach, beforeEach, expect, test, vi, type MockInstance } from 'vitest';

import {
  readSearchTermsMemo,
  searchTermsMemoFile,
  searchTermsMemoOf,
  searchTermsMemoWriter,
} from './search-terms-memo.ts';

let dir: string;
let file: string;
let warn: MockInstance<typeof console.warn>;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'search-terms-memo-'));
  file = searchTermsMemoFile(dir);
  warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

afterEach(() => {
  warn.mockRestore();
  rmSync(dir, { recursive: true, force: true });
});

/** A source digest as article-digests.ts makes them: the memo keeps its first 20 bytes. */
const digest = (source: string) => createHash('sha256').update(source).digest();
const first = digest('Kyiv. The troops');
const second = digest('Rail');

/** A memo of two articles: the first with terms 0 and 1, the second with none. */
function writeMemo(key = 'code-1') {
  const writer = searchTermsMemoWriter(file, key);
  writer.add(first, new Int32Array([0, 17, 1, 34]));
  writer.add(second, new Int32Array([]));
  writer.finish(['kyiv', 'troops']);
}

test("an article's terms come back by its digest, with the terms they number", () => {
  writeMemo();
  const memo = readSearchTermsMemo(file, 'code-1')?.memo;
  expect(memo?.lookup(first)).toEqual(new Int32Array([0, 17, 1, 34]));
  expect(memo?.lookup(second)).toEqual(new Int32Array([]));
  expect(memo?.from.terms).toEqual(['kyiv', 'troops']);
  expect(memo?.lookup(digest('Kyiv!'))).toBeUndefined();
  // Which articles' fields the build need not send (search-index-thread.ts), by the same digests.
  expect([memo?.has(first), memo?.has(second), memo?.has(digest('Kyiv!'))]).toEqual([true, true, false]);
  expect(warn).not.toHaveBeenCalled();
  // Renamed into place: no scratch file is left.
  expect(readdirSync(dir)).toEqual(['search-terms.bin']);
});

test('no memo, or one written by other code, is no memo, without a warning', () => {
  expect(readSearchTermsMemo(file, 'code-1')).toBeNull();
  writeMemo('code-1');
  expect(readSearchTermsMemo(file, 'code-2')).toBeNull();
  expect(warn).not.toHaveBeenCalled();
});

test('a memo cut short or altered is no memo, with a warning that names it', () => {
  writeMemo();
  const whole = readFileSync(file);
  truncateSync(file, whole.length - 40);
  expect(readSearchTermsMemo(file, 'code-1')).toBeNull();

  const altered = Buffer.from(whole);
  // A term's number: still a valid number, but not the one written.
  altered[24 + 6 * 4] = 1;
  writeFileSync(file, altered);
  expect(readSearchTermsMemo(file, 'code-1')).toBeNull();

  writeFileSync(file, 'not a memo');
  expect(readSearchTermsMemo(file, 'code-1')).toBeNull();
  expect(warn).toHaveBeenCalledTimes(3);
  expect(warn).toHaveBeenLastCalledWith(expect.stringContaining(`${file} is damaged`));
});

test('a memo that cannot be written is a warning, never a failure, and leaves no scratch file', () => {
  // A folder, not empty, where the memo goes: the rename fails.
  mkdirSync(path.join(file, 'in the way'), { recursive: true });
  const writer = searchTermsMemoWriter(file, 'code-1');
  writer.add(first, new Int32Array([0, 1]));
  expect(() => {
    writer.finish(['kyiv']);
  }).not.toThrow();
  expect(warn).toHaveBeenCalledWith(expect.stringContaining('could not write the search index'));
  expect(readdirSync(dir)).toEqual(['search-terms.bin']);
});

test("a killed build's scratch file is removed by the next writer, whichever process named it", () => {
  // One build at a time writes a memo (its output is locked): any other scratch file is left over.
  const dead = `${file}.999999999-0b2a.tmp`;
  const samePid = `${file}.${process.pid}-0b2b.tmp`;
  writeFileSync(dead, 'half');
  writeFileSync(samePid, 'half');
  writeFileSync(path.join(dir, 'manifest.json'), '{}');
  writeMemo();
  expect(readdirSync(dir).sort()).toEqual(['manifest.json', 'search-terms.bin']);
});

test('bytes that do not start on a multiple of four read as the file does', () => {
  writeMemo();
  const bytes = readFileSync(file);
  const shifted = new Uint8Array(bytes.length + 1);
  shifted.set(bytes, 1);
  const memo = searchTermsMemoOf(shifted.subarray(1), 'code-1');
  expect(memo === null || memo === 'damaged' ? memo : memo.lookup(first)).toEqual(new Int32Array([0, 17, 1, 34]));
});

test("a memo in the other byte order is another machine's: no memo, without a warning", () => {
  writeMemo();
  const bytes = readFileSync(file);
  bytes.set(bytes.subarray(8, 12).reverse(), 8);
  writeFileSync(file, bytes);
  expect(readSearchTermsMemo(file, 'code-1')).toBeNull();
  expect(warn).not.toHaveBeenCalled();
});

test('which digests it has is still known once its bytes are moved to another thread', () => {
  writeMemo();
  const bytes = new Uint8Array(readFileSync(file));
  const memo = searchTermsMemoOf(bytes, 'code-1');
  // As search-index-thread.ts moves them: this thread's copy is left empty.
  structuredClone(bytes.buffer, { transfer: [bytes.buffer] });
  expect(bytes.byteLength).toBe(0);
  expect(memo !== null && memo !== 'damaged' && [memo.has(first), memo.has(digest('Rail!'))]).toEqual([true, false]);
});
