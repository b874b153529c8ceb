/**
 * Writes a content folder safely: every file goes into a scratch folder beside `--out`, the content check
 * (scripts/content/load-content.ts) reads the result, and only then is it swapped in for `--out` by two renames.
 * On any failure `--out` is left exactly as it was. JSON is written with the fields in the format's order, two
 * spaces and a final newline, so the same import gives the same bytes.
 */
import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { loadContent } from '../content/load-content.ts';
import { formatProblems } from '../content/problem.ts';
import type { ContentFolder } from './content-types.ts';
import { isInsideFolder } from '../inside-folder.ts';

export type FolderFile = { path: string; contents: string };

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** The folder's JSON files, in a fixed order. */
export function contentFiles(folder: ContentFolder): FolderFile[] {
  return [
    { path: 'site.json', contents: json(folder.site) },
    { path: 'authors.json', contents: json(folder.authors) },
    { path: 'tags.json', contents: json(folder.tags) },
    ...folder.articles.map((article) => ({ path: `articles/${article.slug}.json`, contents: json(article) })),
    ...folder.pages.map((page) => ({ path: `pages/${page.slug}.json`, contents: json(page) })),
  ];
}

export type WriteResult = { ok: true } | { ok: false; problems: string };

export function scratchFolder(out: string): string {
  return `${out}.import-${process.pid}`;
}

export async function writeContentFolder(folder: ContentFolder, out: string): Promise<WriteResult> {
  const scratch = scratchFolder(out);
  rmSync(scratch, { recursive: true, force: true });
  try {
    mkdirSync(path.join(scratch, 'articles'), { recursive: true });
    if (folder.pages.length > 0) mkdirSync(path.join(scratch, 'pages'));
    for (const file of contentFiles(folder)) writeFileSync(path.join(scratch, file.path), file.contents);
    const images = path.join(scratch, 'images');
    for (const image of folder.imageFiles) {
      const to = path.join(scratch, image.to);
      // The importer refuses such paths already (resolve-images.ts); a file outside images/ is never written.
      if (to === images || !isInsideFolder(images, to))
        throw new Error(`image ${JSON.stringify(image.to)} is not a file in the content folder's images/`);
      mkdirSync(path.dirname(to), { recursive: true });
      copyFileSync(image.from, to);
    }
    const checked = await loadContent(scratch);
    if (!checked.ok) {
      rmSync(scratch, { recursive: true, force: true });
      return { ok: false, problems: formatProblems(checked.problems) };
    }
  } catch (error) {
    rmSync(scratch, { recursive: true, force: true });
    return { ok: false, problems: error instanceof Error ? error.message : String(error) };
  }
  // Two renames: --out is never half-replaced.
  const retired = `${out}.old-${process.pid}`;
  const replacing = existsSync(out);
  if (replacing) renameSync(out, retired);
  renameSync(scratch, out);
  if (replacing) rmSync(retired, { recursive: true, force: true });
  return { ok: true };
}
