import { readFileSync } from 'node:fs';
import path from 'node:path';

import { expect, test } from 'vitest';

import { fitsHosts, HOST_LIMITS, hostWarnings } from './host-limits.ts';
import type { OutputReport } from './output-report.ts';

const none = { files: 0, bytes: 0 };

function report(files: number, bytes: number, directories = 1, largestBytes = 1_000): OutputReport {
  return {
    files,
    bytes,
    directories,
    largest: { path: 'assets/app.js', bytes: largestBytes },
    byKind: {
      article: none,
      tag: none,
      author: none,
      home: none,
      'other-page': none,
      data: none,
      asset: none,
      other: none,
    },
  };
}

test('a small site fits every host, with no warning', () => {
  const small = report(13_000, 268_400_000, 6_000);
  expect(hostWarnings(small)).toEqual([]);
  expect(fitsHosts(small)).toEqual([
    'Cloudflare Pages (free plan)',
    'Cloudflare Pages (paid plans)',
    'GitHub Pages',
    'GitLab Pages',
  ]);
});

test('each warning names the measured figure, the host and plan, the limit and its source', () => {
  const large = report(25_799, 752_000_000, 14_000);
  expect(hostWarnings(large)).toEqual([
    "25,799 files exceeds Cloudflare Pages' free plan limit of 20,000 files per site (https://developers.cloudflare.com/pages/platform/limits/#files)",
  ]);
  expect(fitsHosts(large)).toEqual(['Cloudflare Pages (paid plans)', 'GitHub Pages', 'GitLab Pages']);
});

test('a limit is exceeded only past it: at exactly the limit the site fits', () => {
  expect(fitsHosts(report(20_000, 1e9, 1))).toContain('Cloudflare Pages (free plan)');
  expect(fitsHosts(report(20_000, 1e9, 1))).toContain('GitHub Pages');
  expect(fitsHosts(report(20_001, 1e9 + 1, 1))).toEqual(['Cloudflare Pages (paid plans)']);
});

test('GitLab counts folders with files; a file over 25 MiB is over every Cloudflare plan', () => {
  const folders = report(150_000, 1e8, 60_000);
  expect(hostWarnings(folders)).toEqual([
    "150,000 files exceeds Cloudflare Pages' free plan limit of 20,000 files per site (https://developers.cloudflare.com/pages/platform/limits/#files)",
    "150,000 files exceeds Cloudflare Pages' paid plans limit of 100,000 files per site (https://developers.cloudflare.com/pages/platform/limits/#files)",
    "210,000 entries (150,000 files, 60,000 folders) exceeds GitLab Pages' limit of 200,000 entries (files, folders and symbolic links) per site (https://docs.gitlab.com/administration/instance_limits/#number-of-files-per-gitlab-pages-website)",
  ]);
  expect(fitsHosts(folders)).toEqual(['GitHub Pages']);

  const video = report(10, 1e8, 1, 30 * 2 ** 20);
  expect(hostWarnings(video)).toEqual([
    "assets/app.js (30.0 MiB) exceeds Cloudflare Pages' limit of 25 MiB per file (https://developers.cloudflare.com/pages/platform/limits/#file-size)",
  ]);
  expect(fitsHosts(video)).toEqual(['GitHub Pages', 'GitLab Pages']);
});

test('docs/hosting.md has the same table: a row for each limit with its host, plan, figure and source', () => {
  const docs = readFileSync(path.resolve(import.meta.dirname, '../docs/hosting.md'), 'utf8');
  const rows = docs
    .split('\n')
    .filter((line) => line.startsWith('|') && !line.startsWith('| Host') && !line.startsWith('| ---'));
  expect(rows).toHaveLength(HOST_LIMITS.length);
  for (const limit of HOST_LIMITS) {
    const cells = [`| ${limit.host}`, limit.plan ?? '', `| ${limit.stated} `, `(${limit.source})`];
    const row = rows.find((line) => cells.every((cell) => line.includes(cell)));
    expect(row, `a row with ${cells.join(' ')}`).toBeDefined();
  }
});
