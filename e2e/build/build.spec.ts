/**
 * `npm run build` changes its output only when everything succeeded: bad
 * content leaves the previous output exactly as it was; a good build leaves
 * the output exactly as a clean one would, touching only what changed. These spawn real
 * builds, so they run here, beside the browser tests, and not in the unit
 * suite; they need no browser.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { expect, test } from '@playwright/test';

import { runBuild, snapshot } from './build-runs.ts';

const root = path.resolve(import.meta.dirname, '../..');
const scratch: string[] = [];

// Each test is one build: a few seconds alone, much longer beside browser tests on two busy cores.
test.describe.configure({ timeout: 120_000 });

test.afterEach(() => {
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'broadsheet-build-'));
  scratch.push(dir);
  return dir;
}

test('a build with invalid content exits non-zero, names the problem and leaves the previous output untouched', async () => {
  const work = tempDir();
  const contentDir = path.join(work, 'content');
  cpSync(path.join(root, 'src/content'), contentDir, { recursive: true });
  const articleFile = path.join(contentDir, 'articles/kim-jong-un-reportedly-awards-troops-who-fought-for-russia.json');
  writeFileSync(articleFile, readFileSync(articleFile, 'utf8').replace('"olena-goncharova"', '"jane-doe"'));

  const outDir = path.join(work, 'dist');
  mkdirSync(path.join(outDir, 'assets'), { recursive: true });
  writeFileSync(path.join(outDir, 'index.html'), '<!doctype html><title>previous build</title>');
  writeFileSync(path.join(outDir, 'assets/app.js'), 'console.log("previous")');
  const before = snapshot(outDir);

  const result = await runBuild(contentDir, outDir);

  expect(result.status).toBe(1);
  expect(result.stderr).toContain(
    'articles/kim-jong-un-reportedly-awards-troops-who-fought-for-russia.json: authors[0]: no author "jane-doe" in authors.json',
  );
  expect(snapshot(outDir)).toEqual(before);
  // No scratch folder left behind, and nothing retired: the build never got as far as the swap.
  expect(readdirSync(work).sort()).toEqual(['content', 'dist']);
});

test('a successful build replaces the previous output as a whole', async () => {
  const work = tempDir();
  const outDir = path.join(work, 'dist');
  mkdirSync(outDir);
  writeFileSync(path.join(outDir, 'stale.txt'), 'from an older build');

  const result = await runBuild(path.join(root, 'src/content'), outDir);

  expect(result.status, result.stderr).toBe(0);
  const files = Object.keys(snapshot(outDir));
  expect(files).not.toContain('stale.txt');
  expect(files).toContain('index.html');
  expect(files).toContain('articles/kim-jong-un-reportedly-awards-troops-who-fought-for-russia/index.html');
  expect(files).toContain('data/tag-filter.json');
  // Every file was new, so the new output took the old one's place whole: the stage is gone at once, and the
  // previous output, retired to dist.old-<pid>-<uuid>/, is deleted by a detached process that may still be at work
  // when the build returns.
  const besideDist = readdirSync(work).filter((name) => name !== 'dist');
  expect(
    besideDist.filter((name) => !/^dist\.old-\d+-[\w-]+$/.test(name)),
    'nothing but the retired output',
  ).toEqual([]);
  await expect.poll(() => readdirSync(work), { timeout: 30_000 }).toEqual(['dist']);
});

test('a build with nothing new touches no file of the output, and removes what it no longer makes', async () => {
  const work = tempDir();
  const outDir = path.join(work, 'dist');
  const first = await runBuild(path.join(root, 'src/content'), outDir);
  expect(first.status, first.stderr).toBe(0);
  await expect.poll(() => readdirSync(work), { timeout: 30_000 }).toEqual(['dist']);
  const home = statSync(path.join(outDir, 'index.html'));
  writeFileSync(path.join(outDir, 'articles/stale.html'), 'from an older build');
  const before = snapshot(outDir);

  const second = await runBuild(path.join(root, 'src/content'), outDir);

  expect(second.status, second.stderr).toBe(0);
  expect(second.stdout).toContain('bundles reused');
  expect(second.stdout).toContain('(0 files written, 1 removed)');
  const { 'articles/stale.html': stale, ...rest } = before;
  expect(stale).toBe('from an older build');
  expect(snapshot(outDir)).toEqual(rest);
  // The very same file, not a copy of it.
  expect(statSync(path.join(outDir, 'index.html')).ino).toBe(home.ino);
  expect(readdirSync(work)).toEqual(['dist']);
});
