import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, expect, test } from 'vitest';

import { openSizeCache } from './image-size-cache.ts';
import { formatReport } from './report.ts';
import { importGhost, type ImportOptions } from './run-import.ts';
import { contentFiles } from './write-content.ts';

const fixtures = path.join(import.meta.dirname, 'fixtures');
const images = path.join(fixtures, 'ghost-5', 'content', 'images');
const scratch = mkdtempSync(path.join(tmpdir(), 'ghost-import-test-'));
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

/** As offline: no remote image can be probed, so tests never depend on the network. */
function options(inputs: string[], extra: Partial<ImportOptions> = {}): ImportOptions {
  return {
    inputs,
    siteUrl: null,
    imagesDir: images,
    cache: openSizeCache(null),
    probe: () => Promise.resolve({ ok: false, reason: 'it could not be fetched (offline)' }),
    ...extra,
  };
}

/**
 * The folder's files against the expected ones in `expected/` (UPDATE_GOLDEN=1 rewrites them, to review in the
 * diff and format with Prettier).
 */
function expectFolder(files: { path: string; contents: string }[], expectedDir: string): void {
  if (process.env.UPDATE_GOLDEN === '1') {
    rmSync(expectedDir, { recursive: true, force: true });
    for (const file of files) {
      mkdirSync(path.dirname(path.join(expectedDir, file.path)), { recursive: true });
      writeFileSync(path.join(expectedDir, file.path), file.contents);
    }
  }
  const expectedFiles = readdirSync(expectedDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(expectedDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
  expect(files.map((file) => file.path).sort()).toEqual(expectedFiles);
  // The expected files are formatted by Prettier like every file in the repository; written back as the importer
  // writes JSON (JSON.stringify keeps their key order), they must be the importer's bytes exactly.
  for (const file of files) {
    const expected: unknown = JSON.parse(readFileSync(path.join(expectedDir, file.path), 'utf8'));
    expect(file.contents, file.path).toBe(`${JSON.stringify(expected, null, 2)}\n`);
  }
}

async function imported(inputs: string[], siteUrl: string | null = null) {
  const outcome = await importGhost(options(inputs, { siteUrl }));
  if (!outcome.ok) throw new Error(outcome.problems.join('\n'));
  return outcome;
}

const SECRETS = [
  'SECRET',
  '$2a$10$',
  'jane@fixture.example.org',
  'john@fixture.example.org',
  'desk@internal.example.org',
  'reader@members.example',
  'sk_live',
  'codeinjection',
  'Unused Editor',
  'front-page',
  'Drafts only',
  'password',
];

test('a Ghost 5.x Admin export with every card, pages, members-only posts and hostile html', async () => {
  const outcome = await imported([path.join(fixtures, 'ghost-5', 'export.json')], 'https://fixture.example.org');
  const files = contentFiles(outcome.folder);
  expectFolder(files, path.join(fixtures, 'ghost-5', 'expected'));
  const everything = files.map((file) => file.contents).join('\n');
  for (const secret of SECRETS) expect(everything).not.toContain(secret);
  expect(everything).not.toMatch(/<script|<iframe|javascript:|onerror|onclick/i);
  expect(outcome.folder.imageFiles.map((file) => file.to)).toEqual([
    'images/2024/05/about.jpg',
    'images/2024/05/boats.jpg',
    'images/2024/05/feature.jpg',
    'images/2024/05/jane.png',
    'images/2024/05/market-1.jpg',
    'images/2024/05/market-2.jpg',
    'images/2024/05/market-3.jpg',
  ]);
  const report = formatReport(outcome.report);
  expect(report).toMatch(
    /^imported 5 posts, 4 pages, 2 tags, 2 authors\nskipped 4 \(draft: 1, e-mail only: 2, scheduled: 1\)/,
  );
  expect(report).toContain('members-only previews: 2');
  expect(report).toContain(
    'articles/harbour-reopens.json: image https://images.example.invalid/no-size.jpg dropped: its size is unknown and it could not be fetched (offline)',
  );
  expect(report).toContain('pages/search-2.json: Ghost\'s slug "search" is "search-2" here');
  expect(report).toContain('articles/hostile-html.json: <script> dropped');
});

test('a Ghost 2.x export: the page flag, SEO fields on the post, author_id, relative image URLs', async () => {
  const outcome = await imported([path.join(fixtures, 'ghost-2', 'export.json')], 'https://v2.example.org');
  const files = contentFiles(outcome.folder);
  expectFolder(files, path.join(fixtures, 'ghost-2', 'expected'));
  const everything = files.map((file) => file.contents).join('\n');
  for (const secret of [...SECRETS, 'SEO title', 'zapier', 'legacy']) expect(everything).not.toContain(secret);
});

test('Content API pages of posts, pages and settings', async () => {
  const api = path.join(fixtures, 'content-api');
  const inputs = ['posts-page-1.json', 'posts-page-2.json', 'posts-members.json', 'pages.json', 'settings.json'];
  const outcome = await imported(inputs.map((name) => path.join(api, name)));
  expectFolder(contentFiles(outcome.folder), path.join(api, 'expected'));
});

test('unreadable input gives one line per problem, <input>: <JSON path>: <what>', async () => {
  const broken = path.join(scratch, 'broken.json');
  const wrong = path.join(scratch, 'wrong.json');
  const other = path.join(scratch, 'other.json');
  writeFileSync(broken, '{"db": [');
  writeFileSync(
    wrong,
    JSON.stringify({ db: [{ meta: {}, data: { posts: [{ id: 1, slug: 7, status: 'published' }] } }] }),
  );
  writeFileSync(other, JSON.stringify({ hello: 'world' }));
  const outcome = await importGhost(options([broken, wrong, other, path.join(scratch, 'missing.json')]));
  expect(outcome.ok).toBe(false);
  if (outcome.ok) return;
  expect(outcome.problems).toEqual([
    expect.stringMatching(new RegExp(`^${broken}: \\(root\\): invalid JSON: `)),
    `${wrong}: db[0].data.posts[0].slug: expected string, got 7`,
    expect.stringMatching(new RegExp(`^${other}: \\(root\\): neither a Ghost Admin export`)),
    `${path.join(scratch, 'missing.json')}: (root): file is missing`,
  ]);
});

test('an Admin export without --site-url is refused: it does not say where the site is', async () => {
  const outcome = await importGhost(options([path.join(fixtures, 'ghost-2', 'export.json')]));
  expect(outcome).toEqual({ ok: false, problems: [expect.stringContaining('pass --site-url')] });
});
