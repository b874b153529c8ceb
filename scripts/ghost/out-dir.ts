/**
 * Whether `--out` may be replaced by an import. The import swaps a whole folder in, so a mistyped `--out` must
 * never be a folder of something else: it may be missing, empty, or a content folder (what an earlier import
 * wrote: site.json, authors.json, tags.json, articles/, pages/, images/), and never the project, the working
 * directory or one of their parents.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

import { isInsideFolder } from '../inside-folder.ts';

const CONTENT_FILES = new Set(['site.json', 'authors.json', 'tags.json']);
const JSON_FOLDERS = new Set(['articles', 'pages']);

/** The first entry of `dir` that an import would not have written, or null. */
function foreignEntry(dir: string): string | null {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isFile() && CONTENT_FILES.has(entry.name)) continue;
    if (entry.isDirectory() && entry.name === 'images') continue;
    if (entry.isDirectory() && JSON_FOLDERS.has(entry.name)) {
      for (const file of readdirSync(path.join(dir, entry.name), { withFileTypes: true }))
        if (!file.isFile() || !file.name.endsWith('.json')) return `${entry.name}/${file.name}`;
      continue;
    }
    return entry.name;
  }
  return null;
}

/** Why `out` may not be replaced, or null when it may. */
export function refuseOut(out: string, projectRoot: string, cwd: string): string | null {
  if (isInsideFolder(out, cwd) || isInsideFolder(out, projectRoot))
    return `refusing to replace ${out}: it contains the working directory or the project`;
  if (out === path.join(projectRoot, 'src', 'content')) return `refusing to replace ${out}: it is the bundled content`;
  const stats = statSync(out, { throwIfNoEntry: false });
  if (stats === undefined) return null;
  if (!stats.isDirectory()) return `--out ${out} exists and is not a folder`;
  const foreign = foreignEntry(out);
  return foreign === null
    ? null
    : `refusing to replace ${out}: it is not a content folder (${JSON.stringify(foreign)} is not one of its files)`;
}
