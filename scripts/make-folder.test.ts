import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterEach, expect, test } from 'vitest';

import { makeFolder } from './make-folder.ts';

let scratch: string | undefined;
afterEach(() => {
  if (scratch !== undefined) rmSync(scratch, { recursive: true, force: true });
});
const newScratch = () => (scratch = mkdtempSync(path.join(tmpdir(), 'make-folder-')));

test('makes a folder whose parent exists, and one whose parents do not', () => {
  const root = newScratch();
  makeFolder(path.join(root, 'articles'));
  makeFolder(path.join(root, 'articles', 'a-story'));
  makeFolder(path.join(root, 'tags', 'ideas', 'page', '2'));
  expect(statSync(path.join(root, 'articles', 'a-story')).isDirectory()).toBe(true);
  expect(statSync(path.join(root, 'tags', 'ideas', 'page', '2')).isDirectory()).toBe(true);
});

test('a folder that is already there is left as it is', () => {
  const root = newScratch();
  const folder = path.join(root, 'authors');
  makeFolder(folder);
  writeFileSync(path.join(folder, 'index.html'), 'kept');
  makeFolder(folder);
  expect(existsSync(path.join(folder, 'index.html'))).toBe(true);
});

test('a file where a parent folder should be is an error, not a folder made elsewhere', () => {
  const root = newScratch();
  writeFileSync(path.join(root, 'tags'), 'a file');
  expect(() => {
    makeFolder(path.join(root, 'tags', 'ideas'));
  }).toThrow(/ENOTDIR/);
});
