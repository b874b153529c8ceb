import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterEach, expect, test } from 'vitest';

import { writeDataFiles, type SerializedFile } from './data-files.ts';
import { keptFiles } from './kept-files.ts';
import { openOutput } from './output-writer.ts';
import { sha256 } from './page-cache.ts';

const scratch: string[] = [];

afterEach(() => {
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function folders() {
  const work = mkdtempSync(path.join(tmpdir(), 'broadsheet-data-files-'));
  scratch.push(work);
  return { outDir: path.join(work, 'dist'), cacheDir: path.join(work, 'cache') };
}

/** One build's data files into `outDir`, recorded in `cacheDir`: which files it wrote and which it kept. */
async function build(outDir: string, cacheDir: string, files: SerializedFile[], { clean = false } = {}) {
  const output = openOutput(outDir, { clean });
  const calls: { written: string[]; kept: string[] } = { written: [], kept: [] };
  const watched = {
    write: (file: string, contents: string | Uint8Array) => {
      calls.written.push(file);
      output.write(file, contents);
    },
    keep: (kept: Iterable<string>) => {
      calls.kept.push(...kept);
      output.keep(kept);
    },
  };
  const kept = { files: keptFiles('data', cacheDir, outDir, { clean }), keys: new Map<string, string>() };
  const hashes = writeDataFiles(watched, files, kept);
  await output.commit();
  kept.files.record(kept.keys);
  return { ...calls, hashes };
}

const TAGS: SerializedFile = { path: '/data/tags.json', text: '{"tags":[]}' };
const SUMMARIES: SerializedFile = { path: '/data/summaries-by-number/0.json', text: '[1,2,3]' };
const FILES = [TAGS, SUMMARIES];

test('a data file recorded with the same hash, and still the file the last build left, is kept without being written', async () => {
  const { outDir, cacheDir } = folders();
  const first = await build(outDir, cacheDir, FILES);
  expect(first.written).toEqual(FILES.map((file) => file.path));
  expect(first.hashes).toEqual(Object.fromEntries(FILES.map(({ path, text }) => [path, sha256(text)])));

  const second = await build(outDir, cacheDir, FILES);
  expect(second).toMatchObject({ written: [], kept: FILES.map((file) => file.path) });
  expect(readFileSync(path.join(outDir, 'data/tags.json'), 'utf8')).toBe('{"tags":[]}');
});

test('a changed file, one edited in the output by hand and every file of a clean build are written again', async () => {
  const { outDir, cacheDir } = folders();
  await build(outDir, cacheDir, FILES);

  const changed = [{ ...TAGS, text: '{"tags":["a"]}' }, SUMMARIES];
  expect(await build(outDir, cacheDir, changed)).toMatchObject({ written: ['/data/tags.json'] });
  expect(readFileSync(path.join(outDir, 'data/tags.json'), 'utf8')).toBe('{"tags":["a"]}');

  writeFileSync(path.join(outDir, 'data/summaries-by-number/0.json'), '[9]');
  expect(await build(outDir, cacheDir, changed)).toMatchObject({ written: ['/data/summaries-by-number/0.json'] });
  expect(readFileSync(path.join(outDir, 'data/summaries-by-number/0.json'), 'utf8')).toBe('[1,2,3]');

  expect((await build(outDir, cacheDir, changed, { clean: true })).written).toHaveLength(2);
});
