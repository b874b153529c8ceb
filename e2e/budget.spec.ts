/**
 * The first-load JavaScript budget, from the build's own report
 * (scripts/build-report.ts): a byte count is deterministic, so it is
 * asserted here, after `npm run build`, rather than timed.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { expect, test } from '@playwright/test';
import { z } from 'zod';

import { FIRST_LOAD_REPORT, JS_BUDGET_BYTES } from '../scripts/build-report.ts';

const FirstLoadsSchema = z.array(
  z.object({ view: z.string(), jsBytes: z.number(), cssBytes: z.number(), earlyBytes: z.number() }),
);

/** The early script runs before every page's first paint (scripts/early-script.ts): it stays small. */
const EARLY_BUDGET_BYTES = 1024;

test('every view’s first load, the article’s included, stays within the JavaScript budget', () => {
  const report = readFileSync(path.resolve(import.meta.dirname, '../dist', FIRST_LOAD_REPORT), 'utf8');
  const loads = FirstLoadsSchema.parse(JSON.parse(report));
  expect(loads.map((load) => load.view)).toContain('article');
  for (const load of loads) {
    expect(load.jsBytes, `${load.view}: ${(load.jsBytes / 1024).toFixed(1)} KB gzip`).toBeLessThanOrEqual(
      JS_BUDGET_BYTES,
    );
    expect(load.earlyBytes, `${load.view}: the early script`).toBeGreaterThan(0);
    expect(load.earlyBytes, `${load.view}: the early script`).toBeLessThanOrEqual(EARLY_BUDGET_BYTES);
  }
});
