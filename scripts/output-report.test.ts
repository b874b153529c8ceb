import { linkSync, mkdirSync, mkdtempSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterEach, expect, test } from 'vitest';

import { filesUnder } from './files-under.ts';
import { formatMegabytes, formatOutputSummary, outputKindOf, outputReport, outputReportOf } from './output-report.ts';

const dirs: string[] = [];
function scratch(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'broadsheet-output-report-'));
  dirs.push(dir);
  return dir;
}

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

test('each file of the output is of one kind, by where it lies', () => {
  const kinds = {
    'articles/harbour-reopens/index.html': 'article',
    'articles/harbour-reopens/photo.jpg': 'other',
    'tags/index.html': 'tag',
    'tags/rail/index.html': 'tag',
    'tags/rail/page/2/index.html': 'tag',
    'tags/rail/feed.xml': 'tag',
    'authors/index.html': 'author',
    'authors/olena-k/page/3/index.html': 'author',
    'index.html': 'home',
    'page/2/index.html': 'home',
    '404.html': 'other-page',
    'search/index.html': 'other-page',
    'about/index.html': 'other-page',
    'data/latest/1.json': 'data',
    'data/tags.json': 'data',
    'assets/index-3f2a.js': 'asset',
    'assets/images/harbour-640.avif': 'asset',
    'feed.xml': 'other',
    'sitemap.xml': 'other',
    _headers: 'other',
    '.vite/manifest.json': 'other',
  } as const;
  for (const [file, kind] of Object.entries(kinds)) expect([file, outputKindOf(file)]).toEqual([file, kind]);
});

test('counts every path with its size, hard links too, and the folders GitLab counts as entries', () => {
  const dir = scratch();
  const write = (file: string, bytes: number) => {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), 'x'.repeat(bytes));
  };
  write('index.html', 100);
  write('articles/a/index.html', 300);
  write('data/articles/a.json', 40);
  write('assets/app.js', 1_000);
  // An unchanged page the build reuses is a hard link to the previous output's file: a host uploads both.
  mkdirSync(path.join(dir, 'articles/b'));
  linkSync(path.join(dir, 'articles/a/index.html'), path.join(dir, 'articles/b/index.html'));
  symlinkSync('app.js', path.join(dir, 'assets/link.js'));

  const report = outputReport(dir);
  expect(report).toMatchObject({ files: 5, bytes: 1_740, largest: { path: 'assets/app.js', bytes: 1_000 } });
  // The output itself, articles/, articles/a, articles/b, data/, data/articles, assets/.
  expect(report.directories).toBe(7);
  expect(report.byKind).toMatchObject({
    article: { files: 2, bytes: 600 },
    home: { files: 1, bytes: 100 },
    data: { files: 1, bytes: 40 },
    asset: { files: 1, bytes: 1_000 },
    tag: { files: 0, bytes: 0 },
  });
});

test('the report of a known list of files is the report of a walk of the folder', () => {
  const dir = scratch();
  for (const [file, bytes] of Object.entries({
    'index.html': 100,
    'articles/a/index.html': 300,
    'articles/b/index.html': 250,
    'tags/rail/page/2/index.html': 90,
    'data/search/terms.json': 40,
    'assets/app.js': 1_000,
  })) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), 'x'.repeat(bytes));
  }
  const sizeOf = (file: string) => statSync(path.join(dir, file)).size;
  expect(outputReportOf(filesUnder(dir), sizeOf)).toEqual(outputReport(dir));
  expect(outputReportOf([], sizeOf)).toEqual(outputReport(scratch()));
});

test('an empty output has no largest file', () => {
  expect(outputReport(scratch())).toMatchObject({ files: 0, bytes: 0, directories: 1, largest: null });
});

test('the summary line gives files and decimal megabytes', () => {
  const report = { ...outputReport(scratch()), files: 13_012, bytes: 268_449_999 };
  expect(formatOutputSummary(report)).toBe('output: 13,012 files, 268.4 MB');
  expect(formatMegabytes(1_234_567_890)).toBe('1,234.6 MB');
});
