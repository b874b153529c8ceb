/**
 * What a browser downloads to show each view for the first time, from the
 * bundle itself: the entry chunk, the view's lazy chunk and everything they
 * import, plus the stylesheet and the early script every page runs before
 * the app (early-script.ts). Printed by `npm run build`.
 */
import { gzipSync } from 'node:zlib';

import type { Rolldown } from 'vite';
import { z } from 'zod';

import { PAGE_KINDS } from '../src/lib/page-kinds.ts';
import { isEarlyScriptFile } from './early-script.ts';

/** What a first load of one kind of page downloads, in bytes of gzip. */
export const FirstLoadsSchema = z.array(
  z.object({
    view: z.string(),
    /** The app's JavaScript, which the budget is for. */
    jsBytes: z.number(),
    cssBytes: z.number(),
    /** The early script, which every page runs in <head>; it was inline in each page until 2026-12-01. */
    earlyBytes: z.number(),
  }),
);
export type FirstLoad = z.infer<typeof FirstLoadsSchema>[number];

/** The first-load JavaScript budget of a page (gzip). */
export const JS_BUDGET_BYTES = 110 * 1024;

/** Where the build leaves its report of each view's first load, beside Vite's manifest in the output. */
export const FIRST_LOAD_REPORT = '.vite/first-load.json';

function gzipBytes(source: string | Uint8Array): number {
  return gzipSync(source, { level: 9 }).byteLength;
}

export function firstLoads(output: Rolldown.RolldownOutput): FirstLoad[] {
  const chunks = new Map<string, Rolldown.OutputChunk>();
  const assets: Rolldown.OutputAsset[] = [];
  for (const item of output.output) {
    if (item.type === 'chunk') chunks.set(item.fileName, item);
    else assets.push(item);
  }

  const closure = (fileName: string, seen = new Set<string>()): Set<string> => {
    if (seen.has(fileName)) return seen;
    seen.add(fileName);
    for (const imported of chunks.get(fileName)?.imports ?? []) closure(imported, seen);
    return seen;
  };

  // One stylesheet for the whole site (cssCodeSplit: false), linked from every page.
  const cssBytes = assets
    .filter((asset) => asset.fileName.endsWith('.css'))
    .reduce((sum, asset) => sum + gzipBytes(asset.source), 0);

  const earlyBytes = assets
    .filter((asset) => isEarlyScriptFile(asset.fileName))
    .reduce((sum, asset) => sum + gzipBytes(asset.source), 0);

  const entry = [...chunks.values()].find((chunk) => chunk.isEntry);
  if (entry === undefined) return [];

  return Object.entries(PAGE_KINDS).flatMap(([kind, { view }]) => {
    if (view === null) return [];
    const chunk = [...chunks.values()].find((candidate) => candidate.facadeModuleId?.endsWith(`/src/${view.module}`));
    if (chunk === undefined) return [];
    const files = closure(chunk.fileName, closure(entry.fileName));
    const jsBytes = [...files].reduce((sum, name) => sum + gzipBytes(chunks.get(name)?.code ?? ''), 0);
    return [{ view: kind, jsBytes, cssBytes, earlyBytes }];
  });
}

export function formatFirstLoads(loads: readonly FirstLoad[]): string {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  const rows = loads.map(
    (load) => `  ${load.view.padEnd(13)} JS ${kb(load.jsBytes).padStart(9)}   CSS ${kb(load.cssBytes).padStart(8)}`,
  );
  // One file for every page: its size once, not on each view's row.
  const early = loads[0]?.earlyBytes;
  return [
    ...rows,
    ...(early === undefined ? [] : [`  and on every page, before the app: early script ${kb(early)}`]),
  ].join('\n');
}
