import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, expect, test } from 'vitest';

import type { ContentFolder } from './content-types.ts';
import { openSizeCache } from './image-size-cache.ts';
import { refuseOut } from './out-dir.ts';
import { importGhost } from './run-import.ts';
import { writeContentFolder } from './write-content.ts';

const fixtures = path.join(import.meta.dirname, 'fixtures');
const work = mkdtempSync(path.join(tmpdir(), 'ghost-write-test-'));
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

/** Content API answers that use only version-1 features: the content check accepts them on any branch. */
async function importVersionOne(): Promise<ContentFolder> {
  const api = path.join(fixtures, 'content-api');
  const outcome = await importGhost({
    inputs: ['posts-page-1.json', 'posts-page-2.json', 'settings.json'].map((name) => path.join(api, name)),
    siteUrl: null,
    imagesDir: path.join(fixtures, 'ghost-5', 'content', 'images'),
    cache: openSizeCache(null),
    probe: () => Promise.resolve({ ok: false, reason: 'offline' }),
  });
  if (!outcome.ok) throw new Error(outcome.problems.join('\n'));
  return outcome.folder;
}

function snapshot(dir: string): Map<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry): [string, string] => {
      const file = path.join(entry.parentPath, entry.name);
      return [path.relative(dir, file), readFileSync(file).toString('base64')];
    })
    .sort(([a], [b]) => (a < b ? -1 : 1));
  return new Map(files);
}

test('import, then the content check, then the folder is swapped in; twice gives the same bytes', async () => {
  const first = path.join(work, 'first');
  const second = path.join(work, 'second');
  expect(await writeContentFolder(await importVersionOne(), first)).toEqual({ ok: true });
  expect(await writeContentFolder(await importVersionOne(), second)).toEqual({ ok: true });
  const files = snapshot(first);
  expect([...files.keys()]).toEqual([
    'articles/boats-are-back.json',
    'articles/older-news.json',
    'articles/quiet-night.json',
    'authors.json',
    'images/2024/05/boats.jpg',
    'images/2024/05/feature.jpg',
    'images/2024/05/jane.png',
    'site.json',
    'tags.json',
  ]);
  expect(snapshot(second)).toEqual(files);
  // A second import into the same folder replaces it whole.
  expect(await writeContentFolder(await importVersionOne(), first)).toEqual({ ok: true });
  expect(snapshot(first)).toEqual(files);
  expect(readdirSync(work).filter((name) => name.includes('.import-') || name.includes('.old-'))).toEqual([]);
});

test('content that fails the check leaves --out exactly as it was', async () => {
  const out = path.join(work, 'kept');
  mkdirSync(path.join(out, 'articles'), { recursive: true });
  writeFileSync(path.join(out, 'site.json'), 'the previous import');
  const folder = await importVersionOne();
  const [article] = folder.articles;
  if (article === undefined) throw new Error('no article');
  article.tags = ['no-such-tag'];
  const result = await writeContentFolder(folder, out);
  expect(result.ok).toBe(false);
  expect(result.ok ? '' : result.problems).toContain('no tag "no-such-tag" in tags.json');
  expect(readFileSync(path.join(out, 'site.json'), 'utf8')).toBe('the previous import');
  expect(readdirSync(work).filter((name) => name.startsWith('kept.'))).toEqual([]);
});

test('an image whose path leads out of images/ is refused: nothing is written outside, --out is kept', async () => {
  const out = path.join(work, 'escape', 'out');
  mkdirSync(out, { recursive: true });
  writeFileSync(path.join(out, 'site.json'), 'the previous import');
  const folder = await importVersionOne();
  const from = path.join(fixtures, 'ghost-5', 'content', 'images', '2024', '05', 'feature.jpg');
  // From the scratch folder beside --out, `images/../../` is the folder that holds --out.
  folder.imageFiles.push({ from, to: 'images/../../escaped.jpg' });
  const result = await writeContentFolder(folder, out);
  expect(result.ok).toBe(false);
  expect(result.ok ? '' : result.problems).toContain('"images/../../escaped.jpg" is not a file in');
  expect(existsSync(path.join(work, 'escape', 'escaped.jpg'))).toBe(false);
  expect(readFileSync(path.join(out, 'site.json'), 'utf8')).toBe('the previous import');
});

test('--out is replaced only when missing, empty or a content folder, and never the project', () => {
  const root = path.join(work, 'project');
  mkdirSync(path.join(root, 'src', 'content'), { recursive: true });
  expect(refuseOut(path.join(work, 'new-folder'), root, root)).toBeNull();
  const content = path.join(work, 'content');
  mkdirSync(path.join(content, 'articles'), { recursive: true });
  mkdirSync(path.join(content, 'images', '2024'), { recursive: true });
  writeFileSync(path.join(content, 'site.json'), '{}');
  writeFileSync(path.join(content, 'articles', 'a.json'), '{}');
  expect(refuseOut(content, root, root)).toBeNull();
  writeFileSync(path.join(content, 'notes.txt'), 'mine');
  expect(refuseOut(content, root, root)).toMatch(/not a content folder \("notes.txt"/);
  expect(refuseOut(root, root, root)).toMatch(/contains the working directory or the project/);
  expect(refuseOut(work, root, root)).toMatch(/contains the working directory or the project/);
  expect(refuseOut(path.join(root, 'src', 'content'), root, work)).toMatch(/bundled content/);
  writeFileSync(path.join(work, 'a-file'), '');
  expect(refuseOut(path.join(work, 'a-file'), root, root)).toMatch(/not a folder/);
  expect(existsSync(path.join(content, 'notes.txt'))).toBe(true);
});

test.each([
  ['the Ghost 5.x export', ['ghost-5/export.json'], 'https://fixture.example.org'],
  ['the Ghost 2.x export', ['ghost-2/export.json'], 'https://v2.example.org'],
  [
    'the Content API answers',
    [
      'content-api/posts-page-1.json',
      'content-api/posts-page-2.json',
      'content-api/posts-members.json',
      'content-api/pages.json',
      'content-api/settings.json',
    ],
    null,
  ],
])('%s, imported whole, passes the content check', async (_name, inputs, siteUrl) => {
  const outcome = await importGhost({
    inputs: inputs.map((input) => path.join(fixtures, input)),
    siteUrl,
    imagesDir: path.join(fixtures, 'ghost-5', 'content', 'images'),
    cache: openSizeCache(null),
    probe: () => Promise.resolve({ ok: false, reason: 'offline' }),
  });
  if (!outcome.ok) throw new Error(outcome.problems.join('\n'));
  const out = path.join(work, `whole-${inputs.length}-${siteUrl ?? 'api'}`.replace(/[^a-z0-9-]/gi, '-'));
  expect(await writeContentFolder(outcome.folder, out)).toEqual({ ok: true });
});
