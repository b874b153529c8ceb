import {
  existsSync,
  lstatSync,
  realpathSync,
  symlinkSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterEach, expect, test, vi } from 'vitest';

import { filesUnder } from './files-under.ts';
import { openOutput, realOutputDir } from './output-writer.ts';

const scratch: string[] = [];

afterEach(() => {
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** An output folder holding `files`, in a folder of its own. */
function outputWith(files: Record<string, string>): string {
  const work = mkdtempSync(path.join(tmpdir(), 'broadsheet-output-'));
  scratch.push(work);
  const outDir = path.join(work, 'dist');
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(outDir, file)), { recursive: true });
    writeFileSync(path.join(outDir, file), text);
  }
  return outDir;
}

const contents = (outDir: string) =>
  Object.fromEntries(filesUnder(outDir).map((file) => [file, readFileSync(path.join(outDir, file), 'utf8')]));

/** The folder the output sits in holds nothing of a build once it is done: no stage, no lock. */
const besideOutput = (outDir: string) => readdirSync(path.dirname(outDir)).filter((name) => name !== 'dist');

const SITE = {
  'index.html': 'home',
  'articles/a/index.html': 'a',
  'articles/b/index.html': 'b',
  'articles/c/index.html': 'c',
  'data/search.json': '{}',
};

test('only changed files are staged; commit moves them in and removes what the build did not declare', async () => {
  const outDir = outputWith(SITE);
  const untouched = statSync(path.join(outDir, 'articles/a/index.html'));
  const output = openOutput(outDir);
  output.write('index.html', 'home, updated');
  output.write('/data/search.json', '{}');
  output.write('articles/d/index.html', 'd');
  output.keep(['articles/a/index.html', 'articles/b/index.html']);

  expect(filesUnder(output.stageDir)).toEqual(['articles/d/index.html', 'index.html']);
  expect(contents(outDir)).toEqual(SITE);
  expect(await output.commit()).toEqual({ changed: 2, removed: 1 });

  expect(contents(outDir)).toEqual({
    'articles/a/index.html': 'a',
    'articles/b/index.html': 'b',
    'articles/d/index.html': 'd',
    'data/search.json': '{}',
    'index.html': 'home, updated',
  });
  // Not rewritten: the same file, as the page cache recorded it.
  expect(statSync(path.join(outDir, 'articles/a/index.html')).ino).toBe(untouched.ino);
  // The report's sizes: the home page's is its new one, not the one the output held when the build opened it.
  for (const file of output.files()) expect(output.sizeOf(file), file).toBe(statSync(path.join(outDir, file)).size);
  // The removed page's folder goes with it.
  expect(existsSync(path.join(outDir, 'articles/c'))).toBe(false);
  expect(besideOutput(outDir)).toEqual([]);
});

test('files others put in the stage are moved in once declared, in place or replacing the output', async () => {
  for (const clean of [false, true]) {
    const outDir = outputWith(SITE);
    const output = openOutput(outDir, { clean });
    // As a prerender worker writes a page it rendered.
    mkdirSync(path.join(output.stageDir, 'articles/e'), { recursive: true });
    writeFileSync(path.join(output.stageDir, 'articles/e/index.html'), 'e');
    output.staged(['articles/e/index.html']);
    output.write('index.html', 'home');
    output.keep(['articles/a/index.html', 'data/search.json']);
    // Replaced whole, the old output is not listed to count what went.
    expect(await output.commit()).toEqual({ changed: clean ? 2 : 1, removed: clean ? null : 2 });
    const expected = {
      'articles/a/index.html': 'a',
      'articles/e/index.html': 'e',
      'data/search.json': '{}',
      'index.html': 'home',
    };
    expect(contents(outDir)).toEqual(expected);
    // What the build's report is made from.
    expect([...output.files()].sort()).toEqual(Object.keys(expected).sort());
  }
});

test('an aborted build leaves the output exactly as it was', () => {
  const outDir = outputWith(SITE);
  const output = openOutput(outDir);
  output.write('index.html', 'half a build');
  output.abort();
  expect(contents(outDir)).toEqual(SITE);
  expect(besideOutput(outDir)).toEqual([]);
});

test('an output inside folders that do not exist yet is made, with them', async () => {
  const outDir = path.join(path.dirname(outputWith({})), 'out', 'site');
  const output = openOutput(outDir);
  output.write('index.html', 'home');
  await output.commit();
  expect(contents(outDir)).toEqual({ 'index.html': 'home' });
  expect(readdirSync(path.dirname(outDir))).toEqual(['site']);
});

test('a file can become a folder, and a folder a file', async () => {
  const outDir = outputWith({ feed: 'a file', 'notes/old.txt': 'in a folder', 'index.html': 'home' });
  const output = openOutput(outDir);
  output.write('feed/index.xml', 'now a folder');
  output.write('notes', 'now a file');
  output.keep(['index.html']);
  await output.commit();
  expect(contents(outDir)).toEqual({ 'feed/index.xml': 'now a folder', notes: 'now a file', 'index.html': 'home' });
});

test('when most files changed, or the build is clean, the output is the same as one replaced file by file', async () => {
  for (const clean of [false, true]) {
    const outDir = outputWith(SITE);
    const output = openOutput(outDir, { clean });
    output.write('articles/a/index.html', 'a, new');
    output.write('articles/b/index.html', 'b, new');
    output.write('index.html', 'home');
    output.keep(['data/search.json']);
    await output.commit();
    expect(contents(outDir)).toEqual({
      'articles/a/index.html': 'a, new',
      'articles/b/index.html': 'b, new',
      'data/search.json': '{}',
      'index.html': 'home',
    });
    // The old output is deleted in the background once the new one is in place.
    expect(besideOutput(outDir).every((name) => name.startsWith('dist.old-'))).toBe(true);
  }
});

test('a lock that names no process is held while new, and taken over once old; process 0 is no owner', () => {
  const outDir = outputWith(SITE);
  const lockDir = `${outDir}.lock`;
  // As an older build's lock looks while it writes its owner, or once it died before writing it. An empty pid
  // file reads as 0, and process.kill(0, 0) succeeds: it must not pass for a running build, nor be taken at once.
  mkdirSync(lockDir);
  writeFileSync(path.join(lockDir, 'pid'), '');
  expect(() => openOutput(outDir)).toThrow(`another build (starting) is writing ${outDir}`);
  const minuteAgo = new Date(Date.now() - 60_000);
  utimesSync(lockDir, minuteAgo, minuteAgo);
  const taken = openOutput(outDir);
  expect(readFileSync(path.join(lockDir, 'pid'), 'utf8')).toBe(String(process.pid));
  taken.abort();
  expect(besideOutput(outDir)).toEqual([]);
});

test('one build at a time: a second one is refused, naming the first; a lock left by a killed build is taken over', async () => {
  const outDir = outputWith(SITE);
  const first = openOutput(outDir);
  expect(() => openOutput(outDir)).toThrow(`another build (process ${process.pid}) is writing ${outDir}`);
  first.abort();

  // No process has this number (Linux's pid_max is at most 2^22).
  mkdirSync(`${outDir}.lock`);
  writeFileSync(path.join(`${outDir}.lock`, 'pid'), String(2 ** 23));
  const next = openOutput(outDir);
  next.keep(Object.keys(SITE));
  expect(await next.commit()).toEqual({ changed: 0, removed: 0 });
  expect(besideOutput(outDir)).toEqual([]);
});

test('an output reached through a link is written in the folder it points to, and the link stays', async () => {
  const outDir = outputWith(SITE);
  const link = path.join(path.dirname(outDir), 'site');
  symlinkSync(outDir, link);
  expect(realOutputDir(link)).toBe(realpathSync(outDir));
  // A clean build replaces the output whole, by renames.
  const output = openOutput(realOutputDir(link), { clean: true });
  for (const [file, text] of Object.entries(SITE)) output.write(file, `${text}, again`);
  await output.commit();
  expect(lstatSync(link).isSymbolicLink()).toBe(true);
  expect(readFileSync(path.join(link, 'index.html'), 'utf8')).toBe('home, again');
  expect(realOutputDir(path.join(path.dirname(outDir), 'not-yet'))).toBe(path.join(path.dirname(outDir), 'not-yet'));
});

test("a killed build's working folders beside the output are removed by the next build; a running one's stay", async () => {
  const outDir = outputWith(SITE);
  // No process has this number (Linux's pid_max is at most 2^22); the test runner's parent does run.
  const dead = 2 ** 23;
  for (const folder of [
    `next-${dead}`,
    `client-${dead}`,
    `old-${dead}`,
    `old-${dead}.0f1e2d3c.removing`,
    `next-${dead}.removing`,
    `old-${dead}-0f1e2d3c`,
    `lock.${dead}-0f1e2d3c`,
    `lock.stale-${dead}-0f1e2d3c`,
    `next-${process.ppid}`,
  ]) {
    mkdirSync(path.join(`${outDir}.${folder}`, 'articles'), { recursive: true });
  }
  const output = openOutput(outDir);
  output.keep(Object.keys(SITE));
  await output.commit();
  await vi.waitFor(() => {
    expect(besideOutput(outDir)).toEqual([`dist.next-${process.ppid}`]);
  });
});
