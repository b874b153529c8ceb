/**
 * `npm run bench:publish`: what publishing costs at newsroom scale. On a
 * generated corpus of BENCH_ARTICLES articles (default 10,000), it times a
 * clean build, a rebuild with nothing changed, and the rebuild after adding
 * one article, editing one and deleting one; each row gives the wall time of
 * the whole command, the build's peak memory and how many pages it rendered
 * (the rest came from the page cache, decision 011).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { pageCacheDir } from './page-cache.ts';
import { timedBuild, whenPreviousOutputsCleared } from './timed-build.ts';

const root = path.resolve(import.meta.dirname, '..');
const work = path.join(root, '.cache/bench-publish');
const articles = Number(process.env.BENCH_ARTICLES ?? 10_000);
const contentDir = path.join(work, `content-${articles}`);
const outDir = path.join(work, `dist-${articles}`);

type Row = { step: string; seconds: number; peakMb: number; rendered: string; phases: string };

function build(step: string, env: Record<string, string> = {}): Row {
  const { seconds, peakMb, output } = timedBuild(contentDir, outDir, env);
  const [, pages = '?', rendered = '?'] = /\((\d+) pages, (\d+) rendered/.exec(output) ?? [];
  const phases = /^time: (.*)$/m.exec(output)?.[1] ?? '?';
  return { step, seconds, peakMb, rendered: `${rendered} of ${pages}`, phases };
}

mkdirSync(work, { recursive: true });
if (!existsSync(path.join(contentDir, 'site.json'))) {
  execFileSync(
    'npx',
    ['tsx', 'scripts/generate-content.ts', '--articles', String(articles), '--out', contentDir, '--force'],
    { cwd: root, stdio: 'ignore' },
  );
}
rmSync(pageCacheDir(root, contentDir, outDir), { recursive: true, force: true });

const articlesDir = path.join(contentDir, 'articles');
const [sample] = readdirSync(articlesDir).sort();
if (sample === undefined) throw new Error(`no articles in ${articlesDir}`);
const sampleFile = path.join(articlesDir, sample);
const sampleText = readFileSync(sampleFile, 'utf8');
const slug = sample.replace(/\.json$/, '');
const addedFile = path.join(articlesDir, 'bench-publish-added.json');
rmSync(addedFile, { force: true });

const rows: Row[] = [];
const step = async (name: string, change: () => void, env: Record<string, string> = {}) => {
  change();
  await whenPreviousOutputsCleared(work);
  rows.push(build(name, env));
};

try {
  await step('clean build', () => undefined, { BUILD_CLEAN: '1' });
  await step('nothing changed', () => undefined);
  await step('one article added', () => {
    writeFileSync(addedFile, sampleText.replace(`"slug": "${slug}"`, '"slug": "bench-publish-added"'));
  });
  await step('one article edited', () => {
    writeFileSync(addedFile, readFileSync(addedFile, 'utf8').replace(/"title": "/, '"title": "Corrected: '));
  });
  await step('one article deleted', () => {
    unlinkSync(addedFile);
  });
} finally {
  rmSync(addedFile, { force: true });
  writeFileSync(sampleFile, sampleText);
}

const clean = rows[0]?.seconds ?? Number.NaN;
console.log(`${articles.toLocaleString('en')} generated articles, \`npm run build\` as a whole:\n`);
console.log('| step | wall time | of a clean build | peak memory | pages rendered |');
console.log('| --- | --- | --- | --- | --- |');
for (const row of rows) {
  console.log(
    `| ${row.step} | ${row.seconds.toFixed(1)} s | ${(row.seconds / clean).toFixed(2)} | ${row.peakMb} MB | ${row.rendered} |`,
  );
}
console.log(
  "\nWhere the time went (the build's own `time:` line; npm's and Node's start and loading the build are the rest):\n",
);
for (const row of rows) console.log(`- ${row.step}: ${row.phases}`);
