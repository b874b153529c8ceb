import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterEach, expect, test } from 'vitest';

import { buildEnvironment, codeKey, runtimeVersions, restoreBundle, storeBundle } from './bundle-cache.ts';
import { filesUnder } from './files-under.ts';

const scratch: string[] = [];

afterEach(() => {
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function folderWith(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'broadsheet-bundles-'));
  scratch.push(dir);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

const PROJECT = {
  'src/app/main.tsx': 'app',
  'src/app/styles.css': '@import "tailwindcss"',
  'scripts/prerender-worker.ts': 'worker',
  'index.html': '<!doctype html>',
  'package-lock.json': '{}',
  'tsconfig.base.json': '{}',
  'docs/decisions/011.md': 'notes',
  'e2e/home.spec.ts': 'a test',
  'src/content/site.json': '{}',
};

test('the code key changes with any source, config or setting, and with nothing else', () => {
  const root = folderWith(PROJECT);
  const settings = { base: '/', site: { title: 'The Ledger' } };
  const key = codeKey(root, settings);
  expect(codeKey(root, settings)).toBe(key);

  const changed = (file: string, text: string) => {
    const original = readFileSync(path.join(root, file), 'utf8');
    writeFileSync(path.join(root, file), text);
    const changedKey = codeKey(root, settings);
    writeFileSync(path.join(root, file), original);
    return changedKey;
  };
  const sources = ['src/app/main.tsx', 'scripts/prerender-worker.ts', 'index.html', 'package-lock.json'];
  // The settings tsconfig.app.json and tsconfig.node.json extend.
  for (const file of [...sources, 'tsconfig.base.json']) {
    expect(changed(file, 'edited'), file).not.toBe(key);
  }
  // What the bundles are not made from: Tailwind scans src/ and index.html only (styles.css says so).
  expect(changed('docs/decisions/011.md', 'edited')).toBe(key);
  expect(changed('e2e/home.spec.ts', 'edited')).toBe(key);
  // The bundled content is content: Tailwind does not scan it (styles.css), and no code imports it.
  expect(changed('src/content/site.json', '{ "title": "edited" }')).toBe(key);

  expect(codeKey(root, { ...settings, base: '/news/' })).not.toBe(key);
  expect(codeKey(root, { ...settings, site: { title: 'The Other Ledger' } })).not.toBe(key);
  // Another Node formats dates and folds text by its own Unicode and ICU data.
  const runtime = runtimeVersions();
  expect(codeKey(root, settings, runtime)).toBe(key);
  expect(codeKey(root, settings, { ...runtime, node: '99.0.0' })).not.toBe(key);
  expect(codeKey(root, settings, { ...runtime, icu: '99.1' })).not.toBe(key);
  // A new file in a source folder counts too.
  writeFileSync(path.join(root, 'src/app/new.ts'), '');
  expect(codeKey(root, settings)).not.toBe(key);
});

test('what the environment gives the bundles: the base path, NODE_ENV and VITE_ variables, in a stable order', () => {
  expect(
    buildEnvironment({ VITE_B: '2', HOME: '/root', BASE_PATH: '/news/', VITE_A: '1', CONTENT_DIR: '/tmp/x' }),
  ).toEqual({ BASE_PATH: '/news/', VITE_A: '1', VITE_B: '2' });
  expect(Object.keys(buildEnvironment({ VITE_B: '2', VITE_A: '1' }))).toEqual(['VITE_A', 'VITE_B']);
});

test('a stored bundle is restored file for file; a damaged or missing one is a miss that leaves nothing behind', () => {
  const built = folderWith({ 'index.html': 'template', 'assets/app-1.js': 'code', '.vite/manifest.json': '{}' });
  const cacheDir = path.join(folderWith({}), 'bundles');
  storeBundle(cacheDir, 'key1', 'client', built);

  const target = path.join(folderWith({}), 'client');
  expect(restoreBundle(cacheDir, 'key1', 'client', target)).toBe(true);
  expect(filesUnder(target)).toEqual(filesUnder(built));
  expect(readFileSync(path.join(target, 'assets/app-1.js'), 'utf8')).toBe('code');

  expect(restoreBundle(cacheDir, 'key2', 'client', target)).toBe(false);
  expect(restoreBundle(cacheDir, 'key1', 'server', target)).toBe(false);

  // A file of the entry altered after it was stored.
  writeFileSync(path.join(cacheDir, 'key1-client/files/assets/app-1.js'), 'other code');
  expect(restoreBundle(cacheDir, 'key1', 'client', target)).toBe(false);
  expect(filesUnder(target)).toEqual([]);

  // An entry without its list of hashes (a store that never finished) is no entry.
  storeBundle(cacheDir, 'key1', 'client', built);
  rmSync(path.join(cacheDir, 'key1-client/sums.json'));
  expect(restoreBundle(cacheDir, 'key1', 'client', target)).toBe(false);

  // Storing again repairs it, and leaves no scratch folder behind.
  storeBundle(cacheDir, 'key1', 'client', built);
  expect(restoreBundle(cacheDir, 'key1', 'client', target)).toBe(true);
  expect(readdirSync(cacheDir)).toEqual(['key1-client']);
});

test('storing a bundle whose entry is there and intact leaves that entry as it is, for a build restoring from it', () => {
  const built = folderWith({ 'index.html': 'template', 'assets/app-1.js': 'code' });
  const cacheDir = path.join(folderWith({}), 'bundles');
  storeBundle(cacheDir, 'key1', 'client', built);
  const file = path.join(cacheDir, 'key1-client/files/assets/app-1.js');
  const stored = statSync(file).ino;

  // A clean build of the same code stores its bundle again: the file a restore may be copying stays.
  storeBundle(cacheDir, 'key1', 'client', built);
  expect(statSync(file).ino).toBe(stored);
  expect(readdirSync(cacheDir)).toEqual(['key1-client']);
  expect(restoreBundle(cacheDir, 'key1', 'client', path.join(folderWith({}), 'client'))).toBe(true);
});
