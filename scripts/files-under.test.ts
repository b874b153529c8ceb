import { mkdirSync, mkdtempSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterEach, expect, test } from 'vitest';

import { filesUnder, surveyOnThread } from './files-under.ts';

const dirs: string[] = [];
function scratch(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'broadsheet-files-under-'));
  dirs.push(dir);
  return dir;
}

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

test('the listing on a thread is the listing: files and links at every depth, no folders, in order', async () => {
  const dir = scratch();
  for (const file of ['index.html', 'articles/b/index.html', 'articles/a/index.html', 'data/search/x/1.json']) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), file);
  }
  mkdirSync(path.join(dir, 'empty'));
  symlinkSync(path.join(dir, 'index.html'), path.join(dir, 'articles/link.html'));

  const survey = await surveyOnThread(dir);
  const listed = [...survey.keys()];
  expect(listed).toEqual([
    'articles/a/index.html',
    'articles/b/index.html',
    'articles/link.html',
    'data/search/x/1.json',
    'index.html',
  ]);
  expect(listed).toEqual(filesUnder(dir));
  // Each file's stamp is its stat's, the link's its target's; a link to nothing is listed without one.
  const { ino, size, mtimeMs } = statSync(path.join(dir, 'index.html'));
  expect(survey.get('index.html')).toEqual({ ino, size, mtimeMs });
  expect(survey.get('articles/link.html')).toEqual({ ino, size, mtimeMs });
  rmSync(path.join(dir, 'index.html'));
  expect((await surveyOnThread(dir)).get('articles/link.html')).toBeNull();
});

test('a folder that is not there has no files, on a thread as here', async () => {
  const missing = path.join(scratch(), 'missing');
  expect(await surveyOnThread(missing)).toEqual(new Map());
  expect(filesUnder(missing)).toEqual([]);
});
