/**
 * `content:generate`'s output folder made ready (scripts/generate-content.ts): created when missing, refused when
 * it holds anything unless `--force`, and even then emptied only if it is a content folder this script could have
 * written, so that a mistyped `--out` never deletes source code. Throws the reason it refuses, which the script
 * prints; tested in-process rather than by starting the script once per case.
 */
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';

import { isInsideFolder } from '../inside-folder.ts';

const CONTENT_FILES = new Set(['site.json', 'authors.json', 'tags.json']);

/** The first entry of `dir` that the script would not have written, or null. */
function foreignEntry(dir: string): string | null {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isFile() && CONTENT_FILES.has(entry.name)) continue;
    if (entry.isDirectory() && entry.name === 'articles') {
      const articles = path.join(dir, 'articles');
      for (const article of readdirSync(articles, { withFileTypes: true })) {
        if (!article.isFile() || !article.name.endsWith('.json')) return `articles/${article.name}`;
      }
      continue;
    }
    return entry.name;
  }
  return null;
}

export type PrepareOptions = {
  force: boolean;
  /** The working directory and the project: a folder that holds either is never emptied. */
  cwd: string;
  projectRoot: string;
};

/** Makes `dir` an existing, empty folder, or throws the reason it will not. */
export function prepareOut(dir: string, { force, cwd, projectRoot }: PrepareOptions): void {
  const stats = statSync(dir, { throwIfNoEntry: false });
  if (stats === undefined) {
    mkdirSync(dir, { recursive: true });
    return;
  }
  if (!stats.isDirectory()) throw new Error(`--out ${dir} exists and is not a folder`);
  const entries = readdirSync(dir);
  if (entries.length === 0) return;
  if (!force) throw new Error(`--out ${dir} exists and is not empty (pass --force to empty it first)`);
  if (isInsideFolder(dir, cwd) || isInsideFolder(dir, projectRoot)) {
    throw new Error(`refusing to empty ${dir}: it contains the working directory or the project`);
  }
  if (dir === path.join(projectRoot, 'src', 'content')) {
    throw new Error(`refusing to empty ${dir}: it is the bundled content`);
  }
  const foreign = foreignEntry(dir);
  if (foreign !== null) {
    throw new Error(
      `refusing to empty ${dir}: it is not a content folder (${JSON.stringify(foreign)} is not one of its files)`,
    );
  }
  for (const entry of entries) rmSync(path.join(dir, entry), { recursive: true, force: true });
}
