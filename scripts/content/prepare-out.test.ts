import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterEach, expect, test } from 'vitest';

import { prepareOut } from './prepare-out.ts';

const projectRoot = path.resolve(import.meta.dirname, '../..');
const elsewhere = { cwd: projectRoot, projectRoot };

let scratch: string | undefined;
afterEach(() => {
  if (scratch !== undefined) rmSync(scratch, { recursive: true, force: true });
});
const newScratch = () => (scratch = mkdtempSync(path.join(os.tmpdir(), 'broadsheet-prepare-out-')));

test('a missing folder is made, with its parents; an empty one is taken as it is', () => {
  const dir = path.join(newScratch(), 'a', 'content');
  prepareOut(dir, { force: false, ...elsewhere });
  expect(readdirSync(dir)).toEqual([]);
  prepareOut(dir, { force: false, ...elsewhere });
  expect(readdirSync(dir)).toEqual([]);
});

test('a non-empty folder is refused unless forced; forced, a content folder is emptied', () => {
  const dir = newScratch();
  const stray = path.join(dir, 'articles', 'stray.json');
  mkdirSync(path.dirname(stray));
  writeFileSync(stray, '{}');
  writeFileSync(path.join(dir, 'site.json'), '{}');

  expect(() => {
    prepareOut(dir, { force: false, ...elsewhere });
  }).toThrow('is not empty (pass --force to empty it first)');
  expect(existsSync(stray)).toBe(true);

  prepareOut(dir, { force: true, ...elsewhere });
  expect(readdirSync(dir)).toEqual([]);
});

test('--force never empties a folder that is not a content folder', () => {
  const dir = newScratch();
  const nested = path.join(dir, 'articles', 'draft.md');
  mkdirSync(path.dirname(nested));
  writeFileSync(nested, 'keep me');
  expect(() => {
    prepareOut(dir, { force: true, ...elsewhere });
  }).toThrow('is not a content folder ("articles/draft.md"');
  expect(readFileSync(nested, 'utf8')).toBe('keep me');

  rmSync(nested);
  const notes = path.join(dir, 'notes.ts');
  writeFileSync(notes, 'keep me too');
  expect(() => {
    prepareOut(dir, { force: true, ...elsewhere });
  }).toThrow('is not a content folder ("notes.ts"');
  expect(readFileSync(notes, 'utf8')).toBe('keep me too');
});

test('--force never empties the working directory, the project or the bundled content, nor replaces a file', () => {
  const dir = newScratch();
  writeFileSync(path.join(dir, 'site.json'), '{}');
  expect(() => {
    prepareOut(dir, { force: true, cwd: path.join(dir, 'sub'), projectRoot });
  }).toThrow('it contains the working directory or the project');
  expect(existsSync(path.join(dir, 'site.json'))).toBe(true);
  // A project of its own in the scratch folder: a regression here must not empty this project's content.
  const project = path.join(dir, 'project');
  const bundled = path.join(project, 'src', 'content');
  mkdirSync(bundled, { recursive: true });
  writeFileSync(path.join(bundled, 'site.json'), '{}');
  expect(() => {
    prepareOut(bundled, { force: true, cwd: os.tmpdir(), projectRoot: project });
  }).toThrow('it is the bundled content');
  expect(existsSync(path.join(bundled, 'site.json'))).toBe(true);

  const file = path.join(dir, 'site.json');
  expect(() => {
    prepareOut(file, { force: true, ...elsewhere });
  }).toThrow('exists and is not a folder');
});
