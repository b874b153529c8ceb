import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, expect, test } from 'vitest';

import { openSizeCache } from './image-size-cache.ts';
import { formatReport } from './report.ts';
import { importGhost, type ImportOptions } from './run-import.ts';
import { contentFiles, writeContentFolder } from './write-content.ts';

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

type ExportPost = {
  id: string;
  slug: string;
  type: 'post' | 'page';
  html: string;
  feature_image?: string;
  title?: string;
};

type ExportPerson = { id: string; name: string; slug: string };

/**
 * A small Ghost 5.x export in the scratch folder: Jane writes "news", Ghost Writer only "gone-tag" (the post
 * "gone"). `people` renames them, keeping their ids.
 */
function writeExport(
  name: string,
  posts: ExportPost[],
  secondaryNavigation: { label: string; url: string }[] = [],
  people: { users?: ExportPerson[]; tags?: ExportPerson[] } = {},
) {
  const file = path.join(scratch, name);
  const rows = posts.map((post) => ({
    title: post.slug,
    status: 'published',
    visibility: 'public',
    published_at: '2024-05-01T08:00:00.000Z',
    ...post,
  }));
  const data = {
    posts: rows,
    users: people.users ?? [
      { id: 'u1', name: 'Jane', slug: 'jane' },
      { id: 'u2', name: 'Ghost Writer', slug: 'ghost-writer' },
    ],
    tags: people.tags ?? [
      { id: 't1', name: 'News', slug: 'news' },
      { id: 't2', name: 'Gone tag', slug: 'gone-tag' },
    ],
    posts_authors: rows.map((post) => ({ post_id: post.id, author_id: post.slug === 'gone' ? 'u2' : 'u1' })),
    posts_tags: rows.map((post) => ({ post_id: post.id, tag_id: post.slug === 'gone' ? 't2' : 't1' })),
    settings: [
      { key: 'title', value: 'Small' },
      { key: 'description', value: 'A small site' },
      { key: 'secondary_navigation', value: JSON.stringify(secondaryNavigation) },
    ],
  };
  writeFileSync(file, JSON.stringify({ db: [{ meta: {}, data }] }));
  return file;
}

/** What an html card with only a form or an iframe leaves: nothing to show. */
const NOTHING_TO_SHOW =
  '<!--kg-card-begin: html--><iframe src="https://forms.example.org/x"></iframe><!--kg-card-end: html-->';

test('what is skipped is not linked: not in the footer, and links to it and its tags and authors go to the old site', async () => {
  const links = ['/gone/', '/contact/', '/tag/gone-tag/', '/author/ghost-writer/', '/tag/news/']
    .map((href, index) => `<a href="__GHOST_URL__${href}">link ${index}</a>`)
    .join(' ');
  const input = writeExport(
    'skipped-links.json',
    [
      { id: 'p1', slug: 'kept', type: 'post', html: `<p>${links}</p>` },
      { id: 'p2', slug: 'gone', type: 'post', html: NOTHING_TO_SHOW },
      { id: 'p3', slug: 'contact', type: 'page', html: NOTHING_TO_SHOW },
    ],
    [{ label: 'Contact', url: '/contact/' }],
  );
  const outcome = await imported([input], 'https://small.example.org');
  const { folder } = outcome;
  expect(folder.site.footerPages).toBeUndefined();
  expect(folder.tags.map((tag) => tag.slug)).toEqual(['news']);
  expect(folder.authors.map((author) => author.slug)).toEqual(['jane']);
  expect(folder.articles.map((article) => article.body)).toEqual([
    [
      '[link 0](https://small.example.org/gone/) [link 1](https://small.example.org/contact/) ' +
        '[link 2](https://small.example.org/tag/gone-tag/) [link 3](https://small.example.org/author/ghost-writer/) ' +
        '[link 4](/tags/news)',
    ],
  ]);
  const report = formatReport(outcome.report);
  expect(report).toContain(
    "links: 1 rewritten to the site's own pages, 4 left pointing to the old site, 0 kept as text",
  );
  expect(report).toContain(`page "contact" (${input}): skipped: nothing to show in its body`);
  expect(report).toContain('site.json: footer link "Contact" (/contact/) left out: not one of the imported pages');
  expect(report).toContain(
    'articles/kept.json: link to https://small.example.org/gone/ left pointing to the old site (Broadsheet has no page for it)',
  );
  // The content check accepts the folder: nothing points to a page that is not there.
  expect(await writeContentFolder(folder, path.join(scratch, 'skipped-links-out'))).toEqual({ ok: true });
});

test('a broken link or an image path leading out of --images is reported by post and field; the import goes on', async () => {
  const input = writeExport('broken-paths.json', [
    {
      id: 'p1',
      slug: 'sale',
      type: 'post',
      html: '<p>The <a href="__GHOST_URL__/sale-50%/">sale</a> is on.</p>',
      feature_image: '__GHOST_URL__/content/images/2024%2F..%2F..%2F..%2Fsecret%2Fprivate.jpg',
    },
  ]);
  const outcome = await imported([input], 'https://small.example.org');
  expect(outcome.folder.articles.map((article) => article.body)).toEqual([['The sale is on.']]);
  expect(outcome.folder.imageFiles).toEqual([]);
  const report = formatReport(outcome.report);
  expect(report).toContain('articles/sale.json: link "/sale-50%/" has a broken %-escape: kept as text');
  expect(report).toContain(
    `articles/sale.json: feature image "__GHOST_URL__/content/images/2024%2F..%2F..%2F..%2Fsecret%2Fprivate.jpg" refused: not a path inside Ghost's content/images`,
  );
});

test("a skipped post's report line is followed by its own messages, which say why it had nothing to show", async () => {
  const gallery = ['a', 'b']
    .map((name) => `<div class="kg-gallery-image"><img src="https://images.example.org/${name}.jpg"></div>`)
    .join('');
  const input = writeExport('skipped-why.json', [
    { id: 'p1', slug: 'kept', type: 'post', html: '<p>Kept.</p>' },
    {
      id: 'p2',
      slug: 'photos',
      type: 'post',
      html: `<figure class="kg-card kg-gallery-card"><div class="kg-gallery-container"><div class="kg-gallery-row">${gallery}</div></div></figure>`,
    },
  ]);
  const outcome = await imported([input], 'https://small.example.org');
  const label = `post "photos" (${input})`;
  const lines = outcome.report.lines.filter((line) => line.startsWith(label));
  expect(lines).toEqual([
    `${label}: skipped: nothing to show in its body`,
    `${label}: gallery image https://images.example.org/a.jpg dropped: its size is unknown and it could not be fetched (offline)`,
    `${label}: gallery image https://images.example.org/b.jpg dropped: its size is unknown and it could not be fetched (offline)`,
  ]);
});

test('slugs in other scripts are transliterated, and every renamed slug is reported: posts, tags and authors', async () => {
  const input = writeExport(
    'cyrillic.json',
    [{ id: 'p1', slug: 'новини-дня', type: 'post', html: '<p>Новини.</p>' }],
    [],
    { users: [{ id: 'u1', name: 'Олена', slug: 'олена' }], tags: [{ id: 't1', name: 'Україна', slug: 'україна' }] },
  );
  const outcome = await imported([input], 'https://small.example.org');
  const [article] = outcome.folder.articles;
  expect(article).toMatchObject({ slug: 'novini-dnya', tags: ['ukraina'], authors: ['olena'] });
  expect(outcome.report.lines).toEqual(
    expect.arrayContaining([
      'articles/novini-dnya.json: Ghost\'s slug "новини-дня" is "novini-dnya" here',
      'tags.json: Ghost\'s tag slug "україна" is "ukraina" here',
      'authors.json: Ghost\'s author slug "олена" is "olena" here',
    ]),
  );
});

test('a membershipUrl set by hand in --out survives the next import, and the report says so', async () => {
  const out = path.join(scratch, 'membership-out');
  const input = writeExport('membership.json', [{ id: 'p1', slug: 'kept', type: 'post', html: '<p>Kept.</p>' }]);
  const first = await imported([input], 'https://small.example.org');
  expect(await writeContentFolder(first.folder, out)).toEqual({ ok: true });
  const siteFile = path.join(out, 'site.json');
  const site: unknown = JSON.parse(readFileSync(siteFile, 'utf8'));
  writeFileSync(siteFile, JSON.stringify({ ...Object(site), membershipUrl: 'https://small.example.org/join' }));

  const again = await importGhost(options([input], { siteUrl: 'https://small.example.org', out }));
  if (!again.ok) throw new Error(again.problems.join('\n'));
  expect(again.folder.site.membershipUrl).toBe('https://small.example.org/join');
  expect(again.report.lines).toContain(
    `site.json: membershipUrl "https://small.example.org/join" kept from ${siteFile}`,
  );
  expect(await writeContentFolder(again.folder, out)).toEqual({ ok: true });
  expect(readFileSync(siteFile, 'utf8')).toContain('"membershipUrl": "https://small.example.org/join"');
});

test('a post nested too deeply to map is skipped and named; the import goes on', async () => {
  const input = writeExport('deep.json', [
    { id: 'p1', slug: 'deep', type: 'post', html: `<p>${'<b>'.repeat(50_000)}deep</p>` },
    { id: 'p2', slug: 'kept', type: 'post', html: '<p>Kept.</p>' },
  ]);
  const outcome = await imported([input], 'https://small.example.org');
  expect(outcome.folder.articles.map((article) => article.slug)).toEqual(['kept']);
  expect(outcome.report.lines).toContain(`post "deep" (${input}): skipped: its html is nested too deeply to read`);
});

test('a title over 300 characters is cut between characters, never inside an emoji', async () => {
  const long = `${'a'.repeat(298)}😀 and more words`;
  const input = writeExport('long-title.json', [
    { id: 'p1', slug: 'long', type: 'post', html: '<p>Text.</p>', title: long },
  ]);
  const outcome = await imported([input], 'https://small.example.org');
  const [article] = outcome.folder.articles;
  expect(article?.title).toBe(`${'a'.repeat(298)}😀…`);
  expect(/\p{Cs}/u.test(article?.title ?? '')).toBe(false);
});
