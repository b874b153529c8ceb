/** `npm run build` run and timed by the benchmarks, one at a time on a quiet machine. */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');

export type TimedBuild = { seconds: number; peakMb: number; output: string };

/** The whole command a reader types, `npm run build`, timed from outside: npm's and Node's start included. */
export function timedBuild(contentDir: string, outDir: string, env: Record<string, string> = {}): TimedBuild {
  const started = performance.now();
  const output = execFileSync('npm', ['run', '--silent', 'build'], {
    cwd: root,
    env: { ...process.env, CONTENT_DIR: contentDir, OUT_DIR: outDir, ...env },
    encoding: 'utf8',
  });
  const seconds = (performance.now() - started) / 1000;
  const peak = /peak memory (\d+) MB/.exec(output)?.[1];
  return { seconds, peakMb: Number(peak ?? Number.NaN), output };
}

/**
 * A build clears the output it replaced in a detached process once it is done (scripts/build.ts). Each
 * build waits until every earlier one in `dir` has finished that, so that none is timed while another's
 * tens of thousands of deletions compete with it for the disk and the two cores.
 */
export async function whenPreviousOutputsCleared(dir: string): Promise<void> {
  const retired = () => (existsSync(dir) ? readdirSync(dir).filter((name) => name.includes('.old-')) : []);
  const deadline = Date.now() + 120_000;
  while (retired().length > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 250));
}
