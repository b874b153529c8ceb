import { mkdtempSync, renameSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterEach, expect, test, vi } from 'vitest';

import {
  buildInputsHash,
  fileStamp,
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
  expect(isSameFile(fileStamp(file), written)).toBe(true);

  // Edited in place, to the same size: the modification time tells.
  writeFileSync(file, '<p>Harbor!</p>');
  utimesSync(file, new Date(written.mtimeMs + 5_000), new Date(written.mtimeMs + 5_000));
  expect(isSameFile(fileStamp(file), written)).toBe(false);

  // Replaced by another file with the same size and time: the inode tells.
  const again = writtenFile(file);
  const replacement = `${file}.new`;
  writeFileSync(replacement, '<p>Harbor!</p>');
  utimesSync(replacement, new Date(again.mtimeMs), new Date(again.mtimeMs));
  renameSync(replacement, file);
  expect(isSameFile(fileStamp(file), again)).toBe(false);

  const replaced = writtenFile(file);
  rmSync(file);
  expect(isSameFile(fileStamp(file), replaced)).toBe(false);
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
    output: { stampOf: (file: string) => fileStamp(path.join(outDir, file)) },
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

test("a page's key covers everything its job is made from: the build's inputs, its address, kind and data", () => {
  const inputs = {
    codeKey: 'code',
    rendererHash: 'renderer',
    template: '<html></html>',
    base: '/',
    site: { title: 'The Harbour Times' },
    chunks: new Map([['article', 'assets/article-page-1.js']]),
  };
  const build = buildInputsHash(inputs);
  expect(buildInputsHash({ ...inputs }), 'the same inputs').toBe(build);
  const changedInputs = [
    { ...inputs, codeKey: 'other code' },
    { ...inputs, rendererHash: 'other renderer' },
    { ...inputs, template: '<html lang="en"></html>' },
    { ...inputs, base: '/news/' },
    { ...inputs, site: { title: 'The Harbor Times' } },
    { ...inputs, chunks: new Map([['article', 'assets/article-page-2.js']]) },
  ];
  for (const changed of changedInputs) expect(buildInputsHash(changed)).not.toBe(build);

  const data = JSON.stringify({ slug: 'harbour', title: 'Harbour' });
  const key = pageKey(build, '/articles/harbour', 'article', data);
  expect(pageKey(build, '/articles/harbour', 'article', data)).toBe(key);
  expect(pageKey('other build', '/articles/harbour', 'article', data)).not.toBe(key);
  expect(pageKey(build, '/articles/harbor', 'article', data)).not.toBe(key);
  expect(pageKey(build, '/articles/harbour', 'notFound', data)).not.toBe(key);
  expect(pageKey(build, '/articles/harbour', 'article', data.replace('Harbour"', 'Harbor"'))).not.toBe(key);
  // The separators keep one field's end from passing for the next one's start.
  expect(pageKey(build, '/a', 'rticle', data)).not.toBe(pageKey(build, '/', 'article', data));
});
