/**
 * Lighthouse (mobile preset: simulated slow 4G and a mid-range phone, 412 × 823 at DPR 1.75) in the system's
 * Chromium, for the benchmarks. Each page is measured several times and the run with the median performance score
 * is kept, as Lighthouse's own guidance on variability advises; the range is kept beside it.
 */
import { chromium } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { type Result } from 'lighthouse';

import { SYSTEM_CHROMIUM_ARGS, systemChromium } from './browser.ts';

export type MedianRun = { median: Result; lowest: number; highest: number };

export type LighthouseSession = {
  chromePath: string;
  /** `runs` runs of `url`; the median by performance score, and the lowest and highest scores (0–100). */
  measure(url: string, runs: number, categories?: string[]): Promise<MedianRun>;
  close(): void;
};

export async function openLighthouse(warmUpUrl: string): Promise<LighthouseSession> {
  const chromePath = systemChromium() ?? chromium.executablePath();
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ['--headless=new', ...SYSTEM_CHROMIUM_ARGS] });
  const run = async (url: string, categories: string[]): Promise<Result> => {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: categories,
    });
    if (result === undefined) throw new Error(`no Lighthouse result for ${url}`);
    return result.lhr;
  };
  // A fresh browser spends its first page load on its own start-up: one run, thrown away.
  await run(warmUpUrl, ['performance']);
  return {
    chromePath,
    async measure(url, runs, categories = ['performance']) {
      const results: Result[] = [];
      for (let index = 0; index < runs; index += 1) results.push(await run(url, categories));
      const score = (lhr: Result) => Math.round((lhr.categories.performance?.score ?? 0) * 100);
      results.sort((a, b) => score(a) - score(b));
      const median = results[Math.floor(results.length / 2)];
      if (median === undefined) throw new Error(`no Lighthouse run for ${url}`);
      return { median, lowest: score(results[0] ?? median), highest: score(results.at(-1) ?? median) };
    },
    close() {
      chrome.kill();
    },
  };
}
