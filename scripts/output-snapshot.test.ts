import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterEach, expect, test } from 'vitest';

import { filesUnder } from './files-under.ts';
import { snapshotOutput } from './output-snapshot.ts';
import { fileStamp } from './page-cache.ts';

const scratch: string[] = [];

afterEach(() => {
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function folderWith(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'broadsheet-snapshot-'));
  scratch.push(dir);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

test('a snapshot lists every file as filesUnder does, each with the stamp a stat gives', async () => {
  const dir = folderWith({
    'index.html': 'home',
    'articles/harbour/index.html': '<h1>Harbour</h1>',
    'data/pages/articles/harbour.json': '{}',
  });
  mkdirSync(path.join(dir, 'empty/folder'), { recursive: true });
  symlinkSync(path.join(dir, 'index.html'), path.join(dir, 'home.html'));
  symlinkSync(path.join(dir, 'nowhere.html'), path.join(dir, 'broken.html'));

  const snapshot = await snapshotOutput(dir);
  expect([...snapshot.files].sort()).toEqual(filesUnder(dir));
  for (const file of filesUnder(dir)) {
    expect(snapshot.stampOf(file), file).toEqual(fileStamp(path.join(dir, file)));
  }
  // Listed, so that the commit removes it, but it is no file the last build wrote.
  expect(snapshot.stampOf('broken.html')).toBeUndefined();
  expect(snapshot.stampOf('articles/other/index.html')).toBeUndefined();
  expect(snapshot.stampOf('articles')).toBeUndefined();
});

test("an empty output has no files; a missing one fails with the thread's own error", async () => {
  const dir = folderWith({});
  expect((await snapshotOutput(dir)).files).toEqual([]);
  await expect(snapshotOutput(path.join(dir, 'missing'))).rejects.toThrow('ENOENT');
});
