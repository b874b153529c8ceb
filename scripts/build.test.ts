// @vitest-environment node
/**
 * `npm run build` swaps its output in only when everything succeeded: bad
 * content leaves the previous output exactly as it was.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterEach, expect, test } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
const scratch: string[] = [];

afterEach(() => {
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'broadsheet-build-'));
  scratch.push(dir);
  return dir;
}

function runBuild(contentDir: string, outDir: string) {
  return spawnSync('npx', ['tsx', 'scripts/build.ts'], {
    cwd: root,
    env: { ...process.env, CONTENT_DIR: contentDir, OUT_DIR: outDir },
    encoding: 'utf8',
  });
}

/** Every file below `dir` with its content, to compare a folder before and after. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    files[path.relative(dir, full)] = readFileSync(full, 'utf8');
  }
  return files;
}

test('a build with invalid content exits non-zero, names the problem and leaves the previous output untouched', () => {
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

  const result = runBuild(contentDir, outDir);

  expect(result.status).toBe(1);
  expect(result.stderr).toContain(
    'articles/kim-jong-un-reportedly-awards-troops-who-fought-for-russia.json: authors[0]: no author "jane-doe" in authors.json',
  );
  expect(snapshot(outDir)).toEqual(before);
  expect(readdirSync(work).sort()).toEqual(['content', 'dist']);
}, 60_000);

test('a successful build replaces the previous output as a whole', () => {
  const work = tempDir();
  const outDir = path.join(work, 'dist');
  mkdirSync(outDir);
  writeFileSync(path.join(outDir, 'stale.txt'), 'from an older build');

  const result = runBuild(path.join(root, 'src/content'), outDir);

  expect(result.status, result.stderr).toBe(0);
  const files = Object.keys(snapshot(outDir));
  expect(files).not.toContain('stale.txt');
  expect(files).toContain('index.html');
  expect(files).toContain('data/articles/kim-jong-un-reportedly-awards-troops-who-fought-for-russia.json');
  expect(readdirSync(work)).toEqual(['dist']);
}, 60_000);
