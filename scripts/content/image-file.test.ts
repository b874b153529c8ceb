// @vitest-environment node
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, expect, test } from 'vitest';

import { readImageFile } from './image-file.ts';
import { jpegOnItsSide, png } from './test-images.ts';

let dir = '';

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'broadsheet-image-file-'));
  mkdirSync(path.join(dir, 'images', 'folder.jpg'), { recursive: true });
  writeFileSync(path.join(dir, 'images', 'flat.png'), await png(30, 20));
  writeFileSync(path.join(dir, 'images', 'portrait.jpg'), await jpegOnItsSide(30, 20));
  writeFileSync(path.join(dir, 'images', 'notes.jpg'), 'not a JPEG, just text');
  // A link to itself: stat fails with ELOOP for any user, root included (a file's mode does not stop root).
  symlinkSync('looped.png', path.join(dir, 'images', 'looped.png'));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

test('an image is its stored size when it has no orientation tag', async () => {
  expect(await readImageFile(dir, 'images/flat.png')).toEqual({ ok: true, size: { width: 30, height: 20 } });
});

test('orientation 6 swaps width and height: the size is the one readers see', async () => {
  expect(await readImageFile(dir, 'images/portrait.jpg')).toEqual({ ok: true, size: { width: 20, height: 30 } });
});

test('a file that is not an image is reported as such', async () => {
  const read = await readImageFile(dir, 'images/notes.jpg');
  expect(read.ok ? 'read as an image' : read.message).toMatch(/^"images\/notes\.jpg" is not an image \(.+\)$/);
});

test('a missing file, a path through a file and a folder are reported as no file', async () => {
  for (const src of ['images/missing.jpg', 'images/flat.png/x.jpg', 'images/folder.jpg']) {
    expect(await readImageFile(dir, src), src).toEqual({
      ok: false,
      message: `no file ${JSON.stringify(src)} in the content folder`,
    });
  }
});

test('a file that cannot be read says why', async () => {
  expect(await readImageFile(dir, 'images/looped.png')).toEqual({
    ok: false,
    message: '"images/looped.png" cannot be read (ELOOP)',
  });
});
