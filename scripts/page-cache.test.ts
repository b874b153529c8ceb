import { mkdtempSync, renameSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterEach, expect, test, vi } from 'vitest';

import {
  isReusable,
  isSameFile,
  pageCacheDir,
  pageKey,
  readPageEntries,
  writePageEntries,
  writtenFile,
} from './page-cache.ts';

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

test('a page stays only while its key, every file it read and its own file are as they were', () => {
  const outDir = scratch();
  writeFileSync(path.join(outDir, '404.html'), '<h1>Not found</h1>');
  const entry = {
    key: 'key-1',
    reads: { 'data/tag-filter.json': 'hash-1', 'data/gone.json': null, 'articles/404/': null },
    written: writtenFile(path.join(outDir, '404.html')),
  };
  const context = {
    outDir,
    dataHashes: { 'data/tag-filter.json': 'hash-1' },
    pagesWithData: new Set(['articles/harbour/']),
  };
  expect(isReusable(entry, 'key-1', '404.html', context)).toBe(true);

  expect(isReusable(undefined, 'key-1', '404.html', context), 'never rendered').toBe(false);
  expect(isReusable(entry, 'key-2', '404.html', context), 'its job or code changed').toBe(false);
  const changedFile = { ...context, dataHashes: { 'data/tag-filter.json': 'hash-2' } };
  expect(isReusable(entry, 'key-1', '404.html', changedFile), 'a file it read changed').toBe(false);
  const fileAppeared = { ...context, dataHashes: { ...context.dataHashes, 'data/gone.json': 'hash-3' } };
  expect(isReusable(entry, 'key-1', '404.html', fileAppeared), 'a file it found missing exists').toBe(false);
  const pageAppeared = { ...context, pagesWithData: new Set(['articles/404/']) };
  expect(isReusable(entry, 'key-1', '404.html', pageAppeared), 'a page it found missing exists').toBe(false);

  writeFileSync(path.join(outDir, '404.html'), '<h1>Edited by hand</h1>');
  expect(isReusable(entry, 'key-1', '404.html', context), 'its file in the output was edited').toBe(false);
});

test("a page's key covers every field of its job, the island's text included", () => {
  const job = {
    pathname: '/articles/harbour',
    file: 'articles/harbour/index.html',
    head: '<title>Harbour</title>',
    appFiles: '',
    data: { address: '/articles/harbour', island: '<script type="application/json">{"a":1}</script>' },
    prerenderedPath: '/articles/harbour',
    status: 200,
  };
  const key = pageKey('code', 'template', job);
  expect(pageKey('code', 'template', { ...job })).toBe(key);
  expect(pageKey('other code', 'template', job)).not.toBe(key);
  expect(pageKey('code', 'other template', job)).not.toBe(key);
  expect(pageKey('code', 'template', { ...job, head: '<title>Harbor</title>' })).not.toBe(key);
  expect(pageKey('code', 'template', { ...job, status: 404 })).not.toBe(key);
  expect(
    pageKey('code', 'template', { ...job, data: { ...job.data, island: job.data.island.replace('1', '2') } }),
  ).not.toBe(key);
  expect(pageKey('code', 'template', { ...job, data: { ...job.data, address: '/' } })).not.toBe(key);
  expect(pageKey('code', 'template', { ...job, data: null })).not.toBe(key);
});
