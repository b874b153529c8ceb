// @vitest-environment node
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterEach, expect, test } from 'vitest';

import { readFileText } from './content-file.ts';
import { readAhead } from './read-ahead.ts';

const folders: string[] = [];

afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

test('readAhead: every file read on the worker as it would be here, in order, a missing file and a folder included', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'broadsheet-read-ahead-'));
  folders.push(dir);
  const paths = Array.from({ length: 150 }, (_, index) => path.join(dir, `file-${index}.json`));
  paths.forEach((fullPath, index) => {
    writeFileSync(fullPath, index === 7 ? '\uFEFF{"bom": true}' : JSON.stringify({ index, text: 'é'.repeat(index) }));
  });
  mkdirSync(path.join(dir, 'folder.json'));
  paths.splice(20, 0, path.join(dir, 'missing.json'), path.join(dir, 'folder.json'));

  const read = [];
  for await (const batch of readAhead(paths)) read.push(...batch);
  expect(read).toEqual(paths.map(readFileText));
  // Not vacuous: the files were read, and the two that cannot be are reported with their codes.
  expect(read[7]).toMatchObject({ text: '\uFEFF{"bom": true}' });
  expect(read.slice(20, 22)).toMatchObject([
    { stats: null, text: null, code: 'ENOENT' },
    { text: null, code: 'EISDIR' },
  ]);
});
