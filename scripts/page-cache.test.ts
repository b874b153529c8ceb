import { mkdtempSync, renameSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterEach, expect, test, vi } from 'vitest';

import { isSameFile, pageCacheDir, readPageEntries, writePageEntries, writtenFile } from './page-cache.ts';

const dirs: string[] = [];
function scratch(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'broadsheet-page-cache-'));
  dirs.push(dir);
  return dir;
}

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  vi.restoreAllMocks();
});

test('a file is the one written until it is edited, replaced or gone', () => {
  const file = path.join(scratch(), 'index.html');
  writeFileSync(file, '<p>Harbour</p>');
  const written = writtenFile(file);
  expect(isSameFile(file, written)).toBe(true);

  // Edited in place, to the same size: the modification time tells.
  writeFileSync(file, '<p>Harbor!</p>');
  utimesSync(file, new Date(written.mtimeMs + 5_000), new Date(written.mtimeMs + 5_000));
  expect(isSameFile(file, written)).toBe(false);

  // Replaced by another file with the same size and time: the inode tells.
  const again = writtenFile(file);
  const replacement = `${file}.new`;
  writeFileSync(replacement, '<p>Harbor!</p>');
  utimesSync(replacement, new Date(again.mtimeMs), new Date(again.mtimeMs));
  renameSync(replacement, file);
  expect(isSameFile(file, again)).toBe(false);

  const replaced = writtenFile(file);
  rmSync(file);
  expect(isSameFile(file, replaced)).toBe(false);
});

test('the manifest round-trips; a damaged one is no manifest, with a warning', () => {
  const dir = scratch();
  const entries = {
    'index.html': {
      key: 'k',
      reads: { 'data/latest/1.json': 'h', 'data/x.json': null },
      written: { ino: 1, size: 2, mtimeMs: 3 },
    },
  };
  writePageEntries(dir, entries);
  expect(readPageEntries(dir)).toEqual(entries);

  const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  writeFileSync(path.join(dir, 'manifest.json'), '{"version":2,"pages":{"index.html":{"key":');
  expect(readPageEntries(dir)).toEqual({});
  writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify({ version: 2, pages: { 'index.html': { key: 1 } } }));
  expect(readPageEntries(dir)).toEqual({});
  expect(warn).toHaveBeenCalledTimes(2);

  // An older format is not damage: no warning, every page rendered.
  writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify({ version: 1, pages: {} }));
  expect(readPageEntries(dir)).toEqual({});
  expect(readPageEntries(scratch())).toEqual({});
  expect(warn).toHaveBeenCalledTimes(2);
});

test('each content folder and output folder has a manifest of its own', () => {
  const a = pageCacheDir('/p', '/p/content', '/p/dist');
  expect(pageCacheDir('/p', '/p/content', '/p/dist')).toBe(a);
  expect(pageCacheDir('/p', '/p/content', '/p/dist-news')).not.toBe(a);
  expect(pageCacheDir('/p', '/p/other', '/p/dist')).not.toBe(a);
  expect(a.startsWith('/p/node_modules/.cache/broadsheet/pages/')).toBe(true);
});
