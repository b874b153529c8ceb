/**
 * An incremental build (one that reuses the page cache of the builds before
 * it) writes exactly what a clean build of the same content writes, byte for
 * byte, after an article is added, edited and deleted; and it did reuse
 * pages, so the comparison is not between two clean builds.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { expect, test } from '@playwright/test';

import { pageCacheDir } from '../../scripts/page-cache.ts';
import { searchTermsMemoFile } from '../../scripts/search-terms-memo.ts';
import { runBuild, snapshot } from './build-runs.ts';

const root = path.resolve(import.meta.dirname, '../..');
const SEED = 'kim-jong-un-reportedly-awards-troops-who-fought-for-russia';

// Six builds, on two cores busy with browser tests.
test.describe.configure({ timeout: 240_000 });

/** A copy of the bundled content, an output and a clean build's output beside it, and their caches, all removed after. */
type Site = {
  contentDir: string;
  outDir: string;
  cleanDir: string;
  /** The incremental build's cache (scripts/page-cache.ts). */
  cacheDir: string;
  articleFile: (slug: string) => string;
  /** The bundled article's JSON, as copied. */
  seed: string;
  /** The seed again as another article, dated a day later. */
  secondDispatch: () => string;
};

async function withSite(name: string, use: (site: Site) => Promise<void>): Promise<void> {
  const work = mkdtempSync(path.join(tmpdir(), `broadsheet-${name}-`));
  const contentDir = path.join(work, 'content');
  const outDir = path.join(work, 'dist');
  const cleanDir = path.join(work, 'clean');
  const caches = [pageCacheDir(root, contentDir, outDir), pageCacheDir(root, contentDir, cleanDir)];
  try {
    cpSync(path.join(root, 'src/content'), contentDir, { recursive: true });
    const articleFile = (slug: string) => path.join(contentDir, 'articles', `${slug}.json`);
    const seed = readFileSync(articleFile(SEED), 'utf8');
    const secondDispatch = () =>
      seed
        .replace(`"slug": "${SEED}"`, '"slug": "second-dispatch"')
        .replace(/"title": "[^"]*"/, '"title": "A second dispatch from the front"')
        .replace('"publishedAt": "2025-08-22"', '"publishedAt": "2025-08-23"');
    await use({ contentDir, outDir, cleanDir, cacheDir: caches[0] ?? '', articleFile, seed, secondDispatch });
  } finally {
    rmSync(work, { recursive: true, force: true });
    for (const cache of caches) rmSync(cache, { recursive: true, force: true });
  }
}

test('add, edit and delete: each incremental build equals a clean build, file for file', async () => {
  await withSite('incremental', async ({ contentDir, outDir, cleanDir, articleFile, secondDispatch }) => {
    const first = await runBuild(contentDir, outDir);
    expect(first.status, first.stderr).toBe(0);

    const changes: [string, () => void][] = [
      [
        'an article added',
        () => {
          writeFileSync(articleFile('second-dispatch'), secondDispatch());
        },
      ],
      [
        'an article edited',
        () => {
          const file = articleFile('second-dispatch');
          writeFileSync(file, readFileSync(file, 'utf8').replace('A second dispatch', 'A corrected dispatch'));
        },
      ],
      [
        'an article deleted',
        () => {
          unlinkSync(articleFile('second-dispatch'));
        },
      ],
    ];

    // The first build had no cache: it is the clean build of the content as it is again after the deletion.
    const original = snapshot(outDir);
    for (const [change, apply] of changes) {
      apply();
      const backToOriginal = change === 'an article deleted';
      // Side by side: each has its own output and cache.
      const [incremental, cleanBuild] = await Promise.all([
        runBuild(contentDir, outDir),
        backToOriginal ? null : runBuild(contentDir, cleanDir, { BUILD_CLEAN: '1' }),
      ]);
      expect(incremental.status, `${change}: ${incremental.stderr}`).toBe(0);

      // The incremental build rendered some pages and took the rest from the cache, and the code had not changed.
      const [, rendered, unchanged] = /(\d+) rendered, (\d+) unchanged/.exec(incremental.stdout) ?? [];
      expect(Number(rendered), `${change}: ${incremental.stdout}`).toBeGreaterThan(0);
      expect(Number(unchanged), `${change}: ${incremental.stdout}`).toBeGreaterThan(0);
      expect(incremental.stdout, change).toContain(', bundles reused)');
      // Search indexed only the article that is new or changed, and took the others' terms from the last build.
      const indexed = change === 'an article deleted' ? '0 articles' : '1 article';
      expect(incremental.stdout, change).toMatch(
        new RegExp(`search index: ${indexed} indexed, [1-9]\\d* with the terms`),
      );

      if (cleanBuild === null) {
        expect(snapshot(outDir), change).toEqual(original);
        continue;
      }
      expect(cleanBuild.status, `${change}: ${cleanBuild.stderr}`).toBe(0);
      expect(cleanBuild.stdout).toMatch(/, 0 unchanged\) clean/);
      expect(cleanBuild.stdout).toMatch(/search index: \d+ articles? indexed, 0 with the terms/);
      expect(snapshot(outDir), change).toEqual(snapshot(cleanDir));
    }
  });
});

test('a damaged search terms memo is a warning, every article is indexed, and the output equals a clean build', async () => {
  await withSite('memo', async ({ contentDir, outDir, cleanDir, cacheDir, articleFile, seed, secondDispatch }) => {
    writeFileSync(articleFile('second-dispatch'), secondDispatch());
    const first = await runBuild(contentDir, outDir);
    expect(first.status, first.stderr).toBe(0);

    // One byte of the memo changed, then one article edited.
    const memoFile = searchTermsMemoFile(cacheDir);
    const memo = readFileSync(memoFile);
    const middle = Math.floor(memo.length / 2);
    memo[middle] = (memo[middle] ?? 0) ^ 0xff;
    writeFileSync(memoFile, memo);
    writeFileSync(articleFile(SEED), seed.replace(/"title": "/, '"title": "Corrected: '));

    const [incremental, cleanBuild] = await Promise.all([
      runBuild(contentDir, outDir),
      runBuild(contentDir, cleanDir, { BUILD_CLEAN: '1' }),
    ]);
    expect(incremental.status, incremental.stderr).toBe(0);
    expect(incremental.stderr).toContain(`the search index's terms memo ${memoFile} is damaged`);
    expect(incremental.stdout).toContain('search index: 2 articles indexed, 0 with the terms');
    expect(cleanBuild.status, cleanBuild.stderr).toBe(0);
    expect(snapshot(outDir)).toEqual(snapshot(cleanDir));
  });
});
