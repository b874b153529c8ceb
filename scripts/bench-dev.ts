/**
 * `npm run bench:dev`: the dev server at newsroom scale. On a generated corpus
 * of BENCH_ARTICLES articles (default 10,000, kept under .cache/bench/), each
 * run starts `vite` as `npm run dev` does and times:
 *
 * - server answers: from the process's start to the first HTTP answer on its
 *   port (plain requests every 25 ms; vite's output is never read);
 * - first page: from the process's start to the article's headline in
 *   Chromium (the `<h1>` in the DOM, at the next animation frame);
 * - edit: from writing a new headline into the article's JSON to that
 *   headline in the page, which the dev server reloads; BENCH_EDITS edits per
 *   run (default 3).
 *
 * The first run starts with `--force` (Vite's dependency cache rebuilt: a
 * first `npm run dev`); the next BENCH_RUNS (default 5) reuse it, as every
 * start after that does. Prints the cold run and the medians of the warm ones.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { loadavg } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

import { chromium, type Page } from '@playwright/test';

import { field } from './content/raw-json.ts';
import { chromiumLaunchOptions } from './browser.ts';

const root = path.resolve(import.meta.dirname, '..');
const work = path.join(root, '.cache/bench');
const articles = Number(process.env.BENCH_ARTICLES ?? 10_000);
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 5));
const EDITS = Math.max(1, Number(process.env.BENCH_EDITS ?? 3));
const PORT = Number(process.env.BENCH_PORT ?? 5199);
const ORIGIN = `http://localhost:${PORT}`;
const GIVE_UP_MS = 60_000;
const contentDir = path.join(work, `dev-content-${articles}`);
const logFile = path.join(work, 'bench-dev-vite.log');

/** Vite's own script, started the way `npm run dev` starts it, without npm's start in the figures. */
const viteBin = path.join(root, 'node_modules/vite/bin/vite.js');

declare global {
  interface Window {
    benchHeadline?: (text: string, at: number) => void;
  }
}

/** The server is up once it answers anything at all. */
function answers(): Promise<boolean> {
  return new Promise((resolve) => {
    const request = http.get(`${ORIGIN}/`, { timeout: 1000 }, (response) => {
      response.resume();
      resolve(true);
    });
    request.on('timeout', () => {
      request.destroy();
    });
    request.on('error', () => {
      resolve(false);
    });
  });
}

async function untilAnswers(startedAt: number): Promise<void> {
  while (!(await answers())) {
    if (Date.now() - startedAt > GIVE_UP_MS)
      throw new Error(`the dev server did not answer on ${ORIGIN}; see ${logFile}`);
    await sleep(25);
  }
}

/** Nothing may already listen there: its answer would be taken for the new server's. */
async function portIsFree(): Promise<void> {
  if (await answers()) throw new Error(`something already answers on ${ORIGIN}; set BENCH_PORT`);
}

function startVite(force: boolean): ChildProcess {
  const log = openSync(logFile, 'a');
  const args = [viteBin, '--port', String(PORT), '--strictPort', ...(force ? ['--force'] : [])];
  // Its own process group, so that the whole tree is stopped at the end.
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: { ...process.env, CONTENT_DIR: contentDir },
    stdio: ['ignore', log, log],
    detached: true,
  });
  closeSync(log);
  return child;
}

/** Stops the whole process group, whatever vite started, and waits for vite to be gone. */
async function stopVite(child: ChildProcess): Promise<void> {
  const { pid } = child;
  if (pid === undefined) return;
  const exited = new Promise<boolean>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve(true);
    else
      child.once('exit', () => {
        resolve(true);
      });
  });
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-pid, name);
    } catch {
      // The group is already gone.
    }
  };
  signal('SIGTERM');
  if (!(await Promise.race([exited, sleep(5000, false)]))) signal('SIGKILL');
  await exited;
}

/** Each headline the page shows, with the wall-clock time of the frame after it appeared. */
async function watchHeadlines(page: Page): Promise<(text: string) => Promise<number>> {
  const seen = new Map<string, number>();
  const waiting = new Map<string, (at: number) => void>();
  await page.exposeFunction('benchHeadline', (text: string, at: number) => {
    if (!seen.has(text)) seen.set(text, at);
    waiting.get(text)?.(at);
  });
  // No named function inside: tsx would wrap it in a helper the page does not have.
  await page.addInitScript(() => {
    const reported = new Set<string>();
    new MutationObserver(() => {
      const text = document.querySelector('h1')?.textContent ?? '';
      if (text === '' || reported.has(text)) return;
      reported.add(text);
      requestAnimationFrame(() => {
        window.benchHeadline?.(text, performance.timeOrigin + performance.now());
      });
    }).observe(document, { childList: true, subtree: true, characterData: true });
  });
  return (text) => {
    const known = seen.get(text);
    if (known !== undefined) return Promise.resolve(known);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        reject(new Error(`the headline ${JSON.stringify(text)} never showed`));
      }, GIVE_UP_MS);
      waiting.set(text, (at) => {
        clearTimeout(timer);
        resolve(at);
      });
    });
  };
}

type Run = { answers: number; firstPage: number; edits: number[] };

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? Number.NaN;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? Number.NaN) + upper) / 2;
}

mkdirSync(work, { recursive: true });
if (!existsSync(path.join(contentDir, 'site.json'))) {
  console.log(`generating ${articles.toLocaleString('en')} articles in ${contentDir}…`);
  const args = ['scripts/generate-content.ts', '--articles', String(articles), '--out', contentDir, '--force'];
  execFileSync('npx', ['tsx', ...args], { cwd: root, stdio: 'ignore' });
}
const [articleName] = readdirSync(path.join(contentDir, 'articles')).sort();
if (articleName === undefined) throw new Error(`no articles in ${contentDir}`);
const articleFile = path.join(contentDir, 'articles', articleName);
const articleText = readFileSync(articleFile, 'utf8');
const article: unknown = JSON.parse(articleText);
const givenTitle = field(article, 'title');
if (typeof givenTitle !== 'string' || typeof article !== 'object' || article === null)
  throw new Error(`${articleFile} has no title`);
const title: string = givenTitle;
const articleObject: object = article;
const articleUrl = `${ORIGIN}/articles/${articleName.replace(/\.json$/, '')}`;
writeFileSync(logFile, '');

async function run(force: boolean, runNumber: number): Promise<Run> {
  const browser = await chromium.launch(chromiumLaunchOptions());
  await portIsFree();
  const startedAt = Date.now();
  const child = startVite(force);
  try {
    const page = await browser.newPage();
    const headline = await watchHeadlines(page);
    await untilAnswers(startedAt);
    const answeredAt = Date.now();
    await page.goto(articleUrl);
    const firstPageAt = await headline(title);
    const edits: number[] = [];
    for (let edit = 1; edit <= EDITS; edit += 1) {
      // Let the page settle (the app's idle-time work) before the next edit.
      await sleep(1000);
      const edited = `${title} (run ${runNumber}, edit ${edit})`;
      const writtenAt = Date.now();
      writeFileSync(articleFile, `${JSON.stringify({ ...articleObject, title: edited }, null, 2)}\n`);
      edits.push((await headline(edited)) - writtenAt);
    }
    return { answers: answeredAt - startedAt, firstPage: firstPageAt - startedAt, edits };
  } finally {
    writeFileSync(articleFile, articleText);
    await stopVite(child);
    await browser.close();
  }
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
// Other work on the machine moves every figure: the load average says how much there was.
const loadBefore = loadavg()[0] ?? 0;
const cold = await run(true, 0);
const warm: Run[] = [];
for (let index = 1; index <= RUNS; index += 1) warm.push(await run(false, index));

console.log(`\n${articles.toLocaleString('en')} generated articles, dev server (vite) on ${articleUrl}\n`);
console.log('| | server answers | first article page | edit → new headline |');
console.log('|---|---|---|---|');
console.log(
  `| cold (--force) | ${seconds(cold.answers)} | ${seconds(cold.firstPage)} | ${median(cold.edits).toFixed(0)} ms |`,
);
console.log(
  `| warm, median of ${RUNS} | ${seconds(median(warm.map((r) => r.answers)))} | ${seconds(median(warm.map((r) => r.firstPage)))} | ${median(warm.flatMap((r) => r.edits)).toFixed(0)} ms |`,
);
const all = warm.flatMap((r) => r.edits);
console.log(
  `\nwarm first pages: ${warm.map((r) => seconds(r.firstPage)).join(', ')}; edits: ${all.map((ms) => ms.toFixed(0)).join(', ')} ms`,
);
console.log(`load average (1 min): ${loadBefore.toFixed(2)} before, ${(loadavg()[0] ?? 0).toFixed(2)} after`);
