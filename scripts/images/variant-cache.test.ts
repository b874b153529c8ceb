import type * as fsPromises from 'node:fs/promises';
import { mkdir, mkdtemp, readdir, readFile, rename, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterEach, beforeEach, expect, test, vi } from 'vitest';

import { variantCache } from './variant-cache.ts';

/*
 * A hook run just before the cache stats a path, to play another build's part at that moment (prune's race with a
 * build that renames its scratch folder into place). Unset, the real `stat` runs untouched.
 */
const statHook = vi.hoisted(() => {
  const hook: { before: ((file: string) => Promise<void>) | null } = { before: null };
  return hook;
});

vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof fsPromises>();
  return {
    ...actual,
    stat: async (...args: Parameters<typeof actual.stat>) => {
      if (statHook.before !== null) await statHook.before(String(args[0]));
      return actual.stat(...args);
    },
  };
});

const KEY = 'a'.repeat(64);
const OTHER_KEY = 'b'.repeat(64);
const HOUR_MS = 60 * 60 * 1000;

const files = () =>
  new Map([
    ['400.avif', Buffer.from('avif bytes at 400')],
    ['400.webp', Buffer.from('webp bytes at 400')],
    ['400.jpg', Buffer.from('jpeg bytes at 400')],
  ]);
const names = [...files().keys()];

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'variant-cache-'));
});

afterEach(async () => {
  statHook.before = null;
  await rm(dir, { recursive: true, force: true });
});

test('write then read: every file comes back with the bytes written, by name', async () => {
  const cache = variantCache(dir);
  await cache.write(KEY, files());
  expect(await cache.read(KEY, names)).toEqual(files());
  // A reader may ask for some of the entry's files only.
  expect(await cache.read(KEY, ['400.webp'])).toEqual(new Map([['400.webp', Buffer.from('webp bytes at 400')]]));
  expect(await readFile(cache.pathOf(KEY, '400.jpg'), 'utf8')).toBe('jpeg bytes at 400');
});

test('read: null for an entry never written', async () => {
  const cache = variantCache(dir);
  await cache.write(OTHER_KEY, files());
  expect(await cache.read(KEY, names)).toBeNull();
});

test('read: null when a name asked for is not in the manifest, even if its file is there', async () => {
  const cache = variantCache(dir);
  await cache.write(KEY, files());
  // A file the manifest does not vouch for is not trusted, whatever it holds.
  await writeFile(cache.pathOf(KEY, '800.jpg'), 'jpeg bytes at 800');
  expect(await cache.read(KEY, [...names, '800.jpg'])).toBeNull();
});

test('read: null for a truncated file', async () => {
  const cache = variantCache(dir);
  await cache.write(KEY, files());
  await writeFile(cache.pathOf(KEY, '400.webp'), 'webp bytes');
  expect(await cache.read(KEY, names)).toBeNull();
});

test('read: null for a file altered in place, same length', async () => {
  const cache = variantCache(dir);
  await cache.write(KEY, files());
  const bytes = await readFile(cache.pathOf(KEY, '400.avif'));
  bytes[0] = (bytes[0] ?? 0) ^ 0xff;
  await writeFile(cache.pathOf(KEY, '400.avif'), bytes);
  expect(await cache.read(KEY, names)).toBeNull();
});

test('read: null for a variant file that is missing', async () => {
  const cache = variantCache(dir);
  await cache.write(KEY, files());
  await rm(cache.pathOf(KEY, '400.jpg'));
  expect(await cache.read(KEY, names)).toBeNull();
});

test.each([
  ['not JSON', '{"files": {'],
  ['JSON of another shape', JSON.stringify({ variants: ['400.avif'] })],
  ['hashes that are not strings', JSON.stringify({ files: { '400.avif': 1, '400.webp': 2, '400.jpg': 3 } })],
])('read: null for a garbage manifest (%s)', async (_, manifest) => {
  const cache = variantCache(dir);
  await cache.write(KEY, files());
  await writeFile(cache.pathOf(KEY, 'manifest.json'), manifest);
  expect(await cache.read(KEY, names)).toBeNull();
});

test('write over a corrupt entry replaces it, and the next read succeeds', async () => {
  const cache = variantCache(dir);
  await cache.write(KEY, files());
  await writeFile(cache.pathOf(KEY, '400.avif'), 'junk');
  expect(await cache.read(KEY, names)).toBeNull();

  await cache.write(KEY, files());
  expect(await cache.read(KEY, names)).toEqual(files());
  // Only the entry: no scratch folder left behind.
  expect(await readdir(dir)).toEqual([KEY]);
});

test('write over an entry that lacks some of the files replaces it', async () => {
  const cache = variantCache(dir);
  await cache.write(KEY, new Map([['400.avif', Buffer.from('avif bytes at 400')]]));
  await cache.write(KEY, files());
  expect(await cache.read(KEY, names)).toEqual(files());
});

test('two writes of the same key at once both resolve and leave one intact entry', async () => {
  const cache = variantCache(dir);
  // Two caches on one folder, as two builds would have; both rename a scratch folder onto the same entry.
  await expect(Promise.all([cache.write(KEY, files()), variantCache(dir).write(KEY, files())])).resolves.toEqual([
    undefined,
    undefined,
  ]);
  expect(await cache.read(KEY, names)).toEqual(files());
  expect(await readdir(dir)).toEqual([KEY]);
});

test('prune: removes entries not kept, keeps kept ones, clears old scratch folders and leaves young ones', async () => {
  const cache = variantCache(dir);
  await cache.write(KEY, files());
  await cache.write(OTHER_KEY, files());
  // Scratch folders of other builds: one still at work, one that died two hours ago.
  const young = `${'c'.repeat(64)}.tmp-123-0a0b0c0d`;
  const old = `${'d'.repeat(64)}.tmp-456-01020304`;
  for (const scratch of [young, old]) {
    await mkdir(path.join(dir, scratch));
    await writeFile(path.join(dir, scratch, '400.avif'), 'half written');
  }
  const twoHoursAgo = new Date(Date.now() - 2 * HOUR_MS);
  await utimes(path.join(dir, old), twoHoursAgo, twoHoursAgo);

  expect(await cache.prune(new Set([KEY]))).toBe(2);
  expect((await readdir(dir)).sort()).toEqual([KEY, young].sort());
  expect(await cache.read(KEY, names)).toEqual(files());
});

test('prune: a scratch folder is kept while young even if its key is kept, and cleared once old', async () => {
  const cache = variantCache(dir);
  const scratch = `${KEY}.tmp-789-0f0f0f0f`;
  await mkdir(path.join(dir, scratch));
  expect(await cache.prune(new Set([KEY]))).toBe(0);
  expect(await readdir(dir)).toEqual([scratch]);

  const twoHoursAgo = new Date(Date.now() - 2 * HOUR_MS);
  await utimes(path.join(dir, scratch), twoHoursAgo, twoHoursAgo);
  expect(await cache.prune(new Set([KEY]))).toBe(1);
  expect(await readdir(dir)).toEqual([]);
});

test('prune: a scratch folder renamed into place by its build while prune runs does not fail it', async () => {
  const cache = variantCache(dir);
  const scratch = `${KEY}.tmp-321-0e0e0e0e`;
  await mkdir(path.join(dir, scratch));
  await writeFile(path.join(dir, scratch, '400.avif'), 'avif bytes at 400');
  // The other build finishes between prune's listing of the folder and its look at the scratch folder's age.
  statHook.before = async (file) => {
    if (path.basename(file) === scratch) await rename(path.join(dir, scratch), path.join(dir, KEY));
  };
  await expect(cache.prune(new Set([KEY]))).resolves.toBe(0);
  expect(await readdir(dir)).toEqual([KEY]);
});

test('prune: a cache folder that does not exist yet has nothing to remove', async () => {
  expect(await variantCache(path.join(dir, 'never-made')).prune(new Set())).toBe(0);
});
