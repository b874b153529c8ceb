/**
 * The gzip bytes of the search code a reader downloads on top of the app:
 * the chunk of src/features/search/run-search.ts and whatever it imports
 * that the entry does not already load. Read from a build's Vite manifest,
 * for bench:search's first-query figures.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

import { z } from 'zod';

const SEARCH_MODULE = 'src/features/search/run-search.ts';

const ManifestSchema = z.record(
  z.string(),
  z.object({ file: z.string(), isEntry: z.boolean().optional(), imports: z.array(z.string()).optional() }),
);

export function searchCodeBytes(outDir: string): number {
  const manifest = ManifestSchema.parse(JSON.parse(readFileSync(path.join(outDir, '.vite/manifest.json'), 'utf8')));
  const closure = (key: string, seen: Set<string>): Set<string> => {
    if (seen.has(key)) return seen;
    seen.add(key);
    for (const imported of manifest[key]?.imports ?? []) closure(imported, seen);
    return seen;
  };
  const entries = Object.keys(manifest).filter((key) => manifest[key]?.isEntry === true);
  const loaded = new Set<string>();
  for (const entry of entries) closure(entry, loaded);
  if (manifest[SEARCH_MODULE] === undefined) throw new Error(`${SEARCH_MODULE} is not in the build's manifest`);
  const search = [...closure(SEARCH_MODULE, new Set())].filter((key) => !loaded.has(key));
  return search.reduce((sum, key) => {
    const file = manifest[key]?.file;
    return file === undefined ? sum : sum + gzipSync(readFileSync(path.join(outDir, file)), { level: 6 }).byteLength;
  }, 0);
}
