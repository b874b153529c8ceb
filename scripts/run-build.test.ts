import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, expect, test } from 'vitest';

import { bundledEntry, sourcesKey } from './run-build.mjs';

const project = mkdtempSync(path.join(tmpdir(), 'broadsheet-run-build-'));

afterAll(() => {
  rmSync(project, { recursive: true, force: true });
});

function write(file: string, text: string): void {
  mkdirSync(path.dirname(path.join(project, file)), { recursive: true });
  writeFileSync(path.join(project, file), text);
}

const run = (entry: string) => execFileSync(process.execPath, [entry], { encoding: 'utf8' }).trim();

write('src/greeting.ts', "export const greeting: string = 'hello';\n");
write(
  'scripts/entry.ts',
  "import { greeting } from '../src/greeting.ts';\nconsole.log(`${greeting} from ${import.meta.dirname}`);\n",
);
const entry = path.join(project, 'scripts/entry.ts');

test('the bundle runs the TypeScript, and knows the folder of the file it came from', async () => {
  const bundle = await bundledEntry(project, entry);
  expect(run(bundle)).toBe(`hello from ${path.join(project, 'scripts')}`);
  await expect(bundledEntry(project, entry)).resolves.toBe(bundle);
});

test('a changed source makes a new bundle; an unrelated file does not', async () => {
  const before = sourcesKey(project);
  write('README.md', 'notes\n');
  // The bundled content is read at run time, not bundled.
  write('src/content/site.json', '{}\n');
  expect(sourcesKey(project)).toBe(before);

  const old = await bundledEntry(project, entry);
  write('src/greeting.ts', "export const greeting: string = 'good morning';\n");
  expect(sourcesKey(project)).not.toBe(before);
  const bundle = await bundledEntry(project, entry);
  expect(bundle).not.toBe(old);
  expect(run(bundle)).toBe(`good morning from ${path.join(project, 'scripts')}`);
});

test('the four most recently used bundles are kept; a stage being written is left alone, a stale one removed', async () => {
  const cache = path.join(project, 'node_modules/.cache/broadsheet/build-script');
  // Only this test's entries: the others' bundles would be the most recent.
  rmSync(cache, { recursive: true, force: true });
  mkdirSync(cache, { recursive: true });
  const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000);
  for (const [name, hours] of [
    ['entry-old-1', 5],
    ['entry-old-2', 4],
    ['entry-old-3', 3],
    ['entry-old-4', 2],
    ['entry-old-5', 1],
    ['entry-new.stage-1', 0],
    ['entry-left.stage-2', 3],
  ] as const) {
    mkdirSync(path.join(cache, name), { recursive: true });
    utimesSync(path.join(cache, name), hoursAgo(hours), hoursAgo(hours));
  }
  write('src/greeting.ts', "export const greeting: string = 'good evening';\n");
  const bundle = await bundledEntry(project, entry);
  expect(existsSync(bundle)).toBe(true);
  expect(readdirSync(cache).sort()).toEqual(
    [path.basename(path.dirname(bundle)), 'entry-new.stage-1', 'entry-old-3', 'entry-old-4', 'entry-old-5'].sort(),
  );
});

test('a bundle cut short or edited is made again, not run', async () => {
  write('src/greeting.ts', "export const greeting: string = 'good night';\n");
  const bundle = await bundledEntry(project, entry);
  writeFileSync(bundle, 'console.log(');
  const again = await bundledEntry(project, entry);
  expect(again).toBe(bundle);
  expect(run(again)).toBe(`good night from ${path.join(project, 'scripts')}`);
});

test("the key names the project's folder and its TypeScript settings", () => {
  const copy = mkdtempSync(path.join(tmpdir(), 'broadsheet-run-build-copy-'));
  try {
    mkdirSync(path.join(copy, 'scripts'));
    mkdirSync(path.join(copy, 'src'));
    for (const file of ['scripts/entry.ts', 'src/greeting.ts']) {
      writeFileSync(path.join(copy, file), readFileSync(path.join(project, file)));
    }
    // The same sources elsewhere: the bundle names its folder, so it must not be shared.
    expect(sourcesKey(copy)).not.toBe(sourcesKey(project));
    const before = sourcesKey(copy);
    writeFileSync(path.join(copy, 'tsconfig.base.json'), '{ "compilerOptions": { "useDefineForClassFields": false } }');
    expect(sourcesKey(copy)).not.toBe(before);
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
});
