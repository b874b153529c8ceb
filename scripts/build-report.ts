/**
 * What a browser downloads to show each view for the first time, from the
 * bundle itself: the entry chunk, the view's lazy chunk and everything they
 * import, plus the stylesheet. Printed by `npm run build`.
 */
import { gzipSync } from 'node:zlib';

import type { Rolldown } from 'vite';

export type FirstLoad = { view: string; jsBytes: number; cssBytes: number };

/** The module of each view's lazy chunk, in the order they are reported. */
const VIEWS = [
  ['home', 'home-page.tsx'],
  ['article', 'article-page.tsx'],
  ['tag index', 'tag-index-page.tsx'],
  ['tag', 'tag-page.tsx'],
  ['author index', 'author-index-page.tsx'],
  ['author', 'author-page.tsx'],
] as const;

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

  // One stylesheet for the whole site (cssCodeSplit: false), inlined into each page by the prerender.
  const cssBytes = assets
    .filter((asset) => asset.fileName.endsWith('.css'))
    .reduce((sum, asset) => sum + gzipBytes(asset.source), 0);

  const entry = [...chunks.values()].find((chunk) => chunk.isEntry);
  if (entry === undefined) return [];

  return VIEWS.flatMap(([view, file]) => {
    const chunk = [...chunks.values()].find((candidate) => candidate.facadeModuleId?.endsWith(`/${file}`));
    if (chunk === undefined) return [];
    const files = closure(chunk.fileName, closure(entry.fileName));
    const jsBytes = [...files].reduce((sum, name) => sum + gzipBytes(chunks.get(name)?.code ?? ''), 0);
    return [{ view, jsBytes, cssBytes }];
  });
}

export function formatFirstLoads(loads: readonly FirstLoad[]): string {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  return loads
    .map(
      (load) => `  ${load.view.padEnd(13)} JS ${kb(load.jsBytes).padStart(9)}   CSS ${kb(load.cssBytes).padStart(8)}`,
    )
    .join('\n');
}
