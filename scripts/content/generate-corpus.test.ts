import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { expect, test } from 'vitest';

import { publicationTime } from '../../src/build/view-model/derive.ts';
import { parseInline } from '../../src/build/content/inline-markup.ts';
import { ArticleSchema, AuthorsSchema, SiteSchema, TagsSchema } from '../../src/build/content/schema.ts';
import { AUTHOR_COUNT, corpusFiles, DEFAULT_SEED, generateCorpus, SITE_URL, TAG_COUNT } from './generate-corpus.ts';
import { loadContent } from './load-content.ts';

const root = path.resolve(import.meta.dirname, '../..');
const script = path.join(root, 'scripts/generate-content.ts');
const corpus = generateCorpus({ articles: 500 });

/** Runs scripts/generate-content.ts as `npm run content:generate` does, through tsx. */
function runScript(args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', script, ...args],
      { cwd: root, encoding: 'utf8' },
      (error, stdout, stderr) => {
        resolve({ status: error === null ? 0 : typeof error.code === 'number' ? error.code : null, stdout, stderr });
      },
    );
  });
}

/** A fresh folder under the system's temporary folder, removed afterwards. The script only ever writes there. */
async function withTempDir(run: (dir: string) => Promise<void>): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'broadsheet-generate-'));
  try {
    await run(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('the site, authors and tags pass the schemas', () => {
  expect(SiteSchema.parse(corpus.site)).toEqual(corpus.site);
  expect(corpus.site.url).toBe(SITE_URL);
  expect(corpus.site.language).toBe('en');
  expect(AuthorsSchema.parse(corpus.authors)).toEqual(corpus.authors);
  expect(TagsSchema.parse(corpus.tags)).toEqual(corpus.tags);
});

test('every article passes ArticleSchema unchanged', () => {
  const failures = corpus.articles.flatMap((article) => {
    const result = ArticleSchema.safeParse(article);
    if (!result.success) return [`${article.slug}: ${result.error.message}`];
    return JSON.stringify(result.data) === JSON.stringify(article) ? [] : [`${article.slug}: changed by parsing`];
  });
  expect(failures).toEqual([]);
});

test('there are 40 authors and 300 tags, with unique slugs, roles and bios', () => {
  expect(corpus.authors).toHaveLength(AUTHOR_COUNT);
  expect(AUTHOR_COUNT).toBe(40);
  expect(corpus.tags).toHaveLength(TAG_COUNT);
  expect(TAG_COUNT).toBe(300);
  expect(new Set(corpus.authors.map((author) => author.slug)).size).toBe(40);
  expect(new Set(corpus.tags.map((tag) => tag.slug)).size).toBe(300);
  for (const author of corpus.authors) {
    expect(author.role).toBeTruthy();
    expect(author.bio?.split('\n\n').length).toBeGreaterThanOrEqual(1);
    expect(author.bio?.split('\n\n').length).toBeLessThanOrEqual(2);
  }
  expect(corpus.authors.some((author) => author.bio?.includes('\n\n'))).toBe(true);
  expect(corpus.tags.some((tag) => tag.description !== undefined)).toBe(true);
  expect(corpus.tags.some((tag) => tag.description === undefined)).toBe(true);
});

test("every article's authors and tags exist, without duplicates", () => {
  const authors = new Set(corpus.authors.map((author) => author.slug));
  const tags = new Set(corpus.tags.map((tag) => tag.slug));
  for (const article of corpus.articles) {
    expect(article.authors.length).toBeGreaterThanOrEqual(1);
    expect(article.authors.length).toBeLessThanOrEqual(3);
    expect(article.tags.length).toBeLessThanOrEqual(6);
    expect(article.authors.filter((author) => !authors.has(author))).toEqual([]);
    expect(article.tags.filter((tag) => !tags.has(tag))).toEqual([]);
    expect(new Set(article.authors).size).toBe(article.authors.length);
    expect(new Set(article.tags).size).toBe(article.tags.length);
  }
});

test('article slugs are unique', () => {
  const slugs = corpus.articles.map((article) => article.slug);
  expect(new Set(slugs).size).toBe(500);
});

test('articles vary as real content does', () => {
  const { articles } = corpus;
  const tagCounts = new Set(articles.map((article) => article.tags.length));
  expect([...tagCounts].sort()).toEqual([0, 1, 2, 3, 4, 5, 6]);
  expect(new Set(articles.map((article) => article.authors.length))).toEqual(new Set([1, 2, 3]));

  const dateOnly = articles.filter((article) => article.publishedAt.length === 10);
  const withOffset = articles.filter((article) => /[+-]\d{2}:\d{2}$/.test(article.publishedAt));
  const zulu = articles.filter((article) => article.publishedAt.endsWith('Z'));
  expect(dateOnly.length).toBeGreaterThan(50);
  expect(withOffset.length).toBeGreaterThan(50);
  expect(zulu.length).toBeGreaterThan(10);
  const years = new Set(articles.map((article) => article.publishedAt.slice(0, 4)));
  expect(years.size).toBeGreaterThanOrEqual(4);

  const updated = articles.filter((article) => article.updatedAt !== undefined);
  expect(updated.length).toBeGreaterThan(20);
  for (const article of updated) {
    expect(publicationTime(article.updatedAt ?? '')).toBeGreaterThan(publicationTime(article.publishedAt));
  }
  expect(articles.some((article) => article.standfirst !== undefined)).toBe(true);
  expect(articles.some((article) => article.standfirst === undefined)).toBe(true);

  for (const article of articles) {
    expect(article.body.length).toBeGreaterThanOrEqual(4);
    expect(article.body.length).toBeLessThanOrEqual(15);
    expect(typeof article.body[0]).toBe('string');
  }
  const blocks = articles.flatMap((article) => article.body);
  const types = new Set(blocks.map((block) => (typeof block === 'string' ? 'paragraph' : block.type)));
  expect(types).toEqual(new Set(['paragraph', 'heading', 'quote', 'list', 'image']));

  const images = articles.flatMap((article) => (article.image === undefined ? [] : [article.image]));
  expect(images.length).toBeGreaterThan(250);
  expect(images.filter((image) => 'src' in image)).toEqual([]);
  expect(images.some((image) => image.caption !== undefined && image.credit !== undefined)).toBe(true);
  for (const block of blocks) if (typeof block !== 'string') expect('src' in block).toBe(false);

  const markup = new Set(
    blocks
      .filter((block) => typeof block === 'string')
      .flatMap((block) => parseInline(block).map((node) => (typeof node === 'string' ? 'text' : node.type))),
  );
  expect(markup).toEqual(new Set(['text', 'em', 'strong', 'link']));
});

test('a few tags are popular and many are rare', () => {
  const uses = new Map(corpus.tags.map((tag) => [tag.slug, 0]));
  for (const article of corpus.articles) for (const tag of article.tags) uses.set(tag, (uses.get(tag) ?? 0) + 1);
  const counts = [...uses.values()].sort((a, b) => b - a);
  // On at least a tenth of the articles, while half of the tags are on at most 1% of them.
  expect(counts[0]).toBeGreaterThanOrEqual(50);
  expect(counts[150]).toBeLessThanOrEqual(5);
});

test('the same seed gives identical files, a different seed different ones', () => {
  const files = (seed?: number) => [
    ...corpusFiles(generateCorpus({ articles: 200, ...(seed === undefined ? {} : { seed }) })),
  ];
  expect(files()).toEqual(files(DEFAULT_SEED));
  expect(files(7)).toEqual(files(7));
  const [a, b] = [files(7), files(8)];
  for (const index of [0, 1, 2, 3]) expect(a[index]?.contents).not.toBe(b[index]?.contents);
  expect(a.slice(3).map((file) => file.path)).not.toEqual(b.slice(3).map((file) => file.path));
});

test('more articles with the same seed extend the corpus', () => {
  const small = generateCorpus({ articles: 50, seed: 3 });
  const large = generateCorpus({ articles: 80, seed: 3 });
  expect(large.articles.slice(0, 50)).toEqual(small.articles);
  expect(generateCorpus({ articles: 0 }).articles).toEqual([]);
});

test('the real vocabulary: English words, names and figures, far more distinct words, schema-valid and seeded', () => {
  const real = generateCorpus({ articles: 300, vocabulary: 'real' });
  expect(generateCorpus({ articles: 300, vocabulary: 'real' })).toEqual(real);
  expect(real.articles.filter((article) => !ArticleSchema.safeParse(article).success)).toEqual([]);
  const distinct = (from: typeof corpus) =>
    new Set(
      from.articles.flatMap((article) =>
        JSON.stringify(article.body)
          .toLowerCase()
          .split(/[^a-z0-9]+/),
      ),
    ).size;
  expect(distinct(real)).toBeGreaterThan(5 * distinct(generateCorpus({ articles: 300 })));
  const text = JSON.stringify(real.articles.map((article) => article.body));
  expect(text).toMatch(/\bthe\b/);
  expect(text).toMatch(/\b\d+\.\d(bn|m|tn|km|kg)\b/);
  expect(text).toMatch(/\b\d+\.\d%/);
  // The placeholder corpus is unchanged by the option's existence.
  expect(generateCorpus({ articles: 20, vocabulary: 'placeholder' })).toEqual(generateCorpus({ articles: 20 }));
});

test('rejects an article count or seed that is not an integer in range', () => {
  expect(() => generateCorpus({ articles: -1 })).toThrow(RangeError);
  expect(() => generateCorpus({ articles: 1.5 })).toThrow(RangeError);
  expect(() => generateCorpus({ articles: 1, seed: 2 ** 32 })).toThrow(RangeError);
});

test('a folder written by the script passes the content check', { timeout: 60_000 }, async () => {
  await withTempDir(async (dir) => {
    const out = path.join(dir, 'content');
    const run = await runScript(['--articles', '200', '--out', out, '--seed', '42']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^generated 200 articles, 40 authors, 300 tags .*\n$/);

    const result = await loadContent(out);
    expect(result.ok ? [] : result.problems).toEqual([]);
    expect(result.ok && result.content.articles.length).toBe(200);

    // Byte for byte what the pure generator produces.
    const expected = [...corpusFiles(generateCorpus({ articles: 200, seed: 42 }))];
    expect(readdirSync(path.join(out, 'articles')).length).toBe(200);
    for (const file of expected) expect(readFileSync(path.join(out, file.path), 'utf8')).toBe(file.contents);
  });
});

// What the script does with a non-empty --out, with and without --force, is tested in-process (prepare-out.test.ts).

test('the script explains a bad argument with its usage, and fails', { timeout: 60_000 }, async () => {
  const run = await runScript(['--articles', '10', '--out', '/tmp/x', '--bogus']);
  expect(run.status).toBe(1);
  expect(run.stderr).toContain("Unknown option '--bogus'");
  expect(run.stderr).toContain('Usage: npm run content:generate');
});
