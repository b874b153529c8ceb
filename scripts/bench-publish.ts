/**
 * `npm run bench:publish`: what publishing costs at newsroom scale. On a
 * generated corpus of BENCH_ARTICLES articles (default 10,000), it times a
 * clean build, a rebuild with nothing changed, and the rebuild after adding
 * one article (a copy of one, dated in the middle of the archive), editing it
 * and deleting it, then publishing one as the newest, as a newsroom does; each
 * row gives the wall time of the whole command, the build's peak memory, how
 * many pages it rendered (the rest came from the page cache, decision 011) and
 * how many files it wrote.
 *
 * BENCH_RUNS=3 goes through the steps three times and gives each step's median
 * and range: on this machine two runs of one step can differ by seconds (the
 * disk's own spread, docs/performance.md), more than most changes it measures.
 *
 * Then it builds an archive of BENCH_LARGE articles (default 100,000; 0 leaves
 * it out) clean, once, for issue 15's limits there: 5 minutes and 4 GB. That
 * takes a few minutes more, and its 2 GB output is removed afterwards.
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
const runs = Math.max(1, Number(process.env.BENCH_RUNS ?? 1));
const largeArticles = Number(process.env.BENCH_LARGE ?? 100_000);

type Row = { step: string; seconds: number; peakMb: number; rendered: string; written: string; phases: string };

function build(step: string, env: Record<string, string> = {}): Row {
  const { seconds, peakMb, output } = timedBuild(contentDir, outDir, env);
  const [, pages = '?', rendered = '?'] = /\((\d+) pages?, (\d+) rendered/.exec(output) ?? [];
  const phases = /^time: (.*)$/m.exec(output)?.[1] ?? '?';
  const written = /\((\d+) files? written/.exec(output)?.[1] ?? '?';
  return { step, seconds, peakMb, rendered: `${rendered} of ${pages}`, written, phases };
}

/** The generated corpus of `count` articles in `dir`, made unless it is there from an earlier run. */
function generatedCorpus(count: number, dir: string): void {
  if (existsSync(path.join(dir, 'site.json'))) return;
  execFileSync('npx', ['tsx', 'scripts/generate-content.ts', '--articles', String(count), '--out', dir, '--force'], {
    cwd: root,
    stdio: 'ignore',
  });
}

mkdirSync(work, { recursive: true });
generatedCorpus(articles, contentDir);
rmSync(pageCacheDir(root, contentDir, outDir), { recursive: true, force: true });

const articlesDir = path.join(contentDir, 'articles');
const [sample] = readdirSync(articlesDir).sort();
if (sample === undefined) throw new Error(`no articles in ${articlesDir}`);
const sampleFile = path.join(articlesDir, sample);
const sampleText = readFileSync(sampleFile, 'utf8');
const slug = sample.replace(/\.json$/, '');
const addedFile = path.join(articlesDir, 'bench-publish-added.json');
const newestFile = path.join(articlesDir, 'bench-publish-newest.json');
rmSync(addedFile, { force: true });
rmSync(newestFile, { force: true });

const rows: Row[] = [];
const step = async (name: string, change: () => void, env: Record<string, string> = {}) => {
  change();
  await whenPreviousOutputsCleared(work);
  rows.push(build(name, env));
};

try {
  for (let run = 0; run < runs; run += 1) {
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
    await step('the newest article published', () => {
      // Dated after every generated article (the corpus ends in 2025).
      writeFileSync(
        newestFile,
        sampleText
          .replace(`"slug": "${slug}"`, '"slug": "bench-publish-newest"')
          .replace(/"publishedAt": "[^"]*"/, '"publishedAt": "2027-01-01T09:00:00Z"')
          // A correction the sample carries must not come before the new date.
          .replace(/"updatedAt": "[^"]*"/, '"updatedAt": "2027-01-01T10:00:00Z"'),
      );
    });
    // Back to the corpus as generated, for the next run; not a step of its own.
    rmSync(newestFile, { force: true });
  }
} finally {
  rmSync(addedFile, { force: true });
  rmSync(newestFile, { force: true });
  writeFileSync(sampleFile, sampleText);
}

/** The middle value (the mean of the middle two for an even count). */
function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? Number.NaN)
    : ((sorted[middle - 1] ?? Number.NaN) + (sorted[middle] ?? Number.NaN)) / 2;
}

const steps = [...new Set(rows.map((row) => row.step))];
const runsOf = (name: string) => rows.filter((row) => row.step === name);
const cleanRuns = runsOf('clean build').map((row) => row.seconds);
const seconds = (values: readonly number[]) =>
  values.length === 1
    ? `${(values[0] ?? Number.NaN).toFixed(1)} s`
    : `${median(values).toFixed(1)} s (${Math.min(...values).toFixed(1)}–${Math.max(...values).toFixed(1)})`;
const joined = (values: readonly string[]) => [...new Set(values)].join(', ');

console.log(
  `${articles.toLocaleString('en')} generated articles, \`npm run build\` as a whole${runs > 1 ? `, median of ${runs} runs (range)` : ''}:\n`,
);
console.log('| step | wall time | of a clean build | peak memory | pages rendered | files written |');
console.log('| --- | --- | --- | --- | --- | --- |');
for (const name of steps) {
  const found = runsOf(name);
  // Each run's step against that run's clean build: the machine's pace drifts between runs.
  const ratios = found.map((row, run) => row.seconds / (cleanRuns[run] ?? Number.NaN));
  console.log(
    `| ${name} | ${seconds(found.map((row) => row.seconds))} | ${median(ratios).toFixed(2)} | ${Math.max(...found.map((row) => row.peakMb))} MB | ${joined(found.map((row) => row.rendered))} | ${joined(found.map((row) => row.written))} |`,
  );
}
console.log(
  "\nWhere the time went (the build's own `time:` line; npm's and Node's start and loading the build are the rest):\n",
);
for (const row of rows) console.log(`- ${row.step}: ${row.phases}`);

if (largeArticles > 0 && largeArticles !== articles) {
  const largeContent = path.join(work, `content-${largeArticles}`);
  const largeOut = path.join(work, `dist-${largeArticles}`);
  generatedCorpus(largeArticles, largeContent);
  await whenPreviousOutputsCleared(work);
  const large = timedBuild(largeContent, largeOut, { BUILD_CLEAN: '1' });
  const minutes = `${Math.floor(large.seconds / 60)} min ${Math.round(large.seconds % 60)} s`;
  // The build's "MB" are mebibytes (maxRSS / 1024); the issue's 4 GB are 10^9 bytes each.
  const gigabytes = ((large.peakMb * 1024 * 1024) / 1e9).toFixed(2);
  console.log(
    `\n${largeArticles.toLocaleString('en')} generated articles, a clean build: ${minutes}, peak memory ${large.peakMb} MB (${gigabytes} GB)`,
  );
  // Nothing here builds on it again, and it holds as many files as the archive has pages.
  rmSync(largeOut, { recursive: true, force: true });
  rmSync(pageCacheDir(root, largeContent, largeOut), { recursive: true, force: true });
}
