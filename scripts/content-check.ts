/**
 * `npm run content:check`: checks the content folder (CONTENT_DIR or the
 * bundled content) against the content format. Prints every problem and
 * exits 1, or prints a one-line summary and exits 0.
 */
import path from 'node:path';

import { loadContent, resolveContentDir } from './content/load-content.ts';
import { formatProblems } from './content/problem.ts';
import { counted } from './counted.ts';

const root = path.resolve(import.meta.dirname, '..');
const dir = resolveContentDir(root);
const result = await loadContent(dir);

if (!result.ok) {
  const count = result.problems.length;
  console.error(formatProblems(result.problems));
  console.error(`\n${count} ${count === 1 ? 'problem' : 'problems'} in ${dir}`);
  process.exit(1);
}

const { articles, pages, authors, tags } = result.content;
console.log(
  `content ok: ${counted(articles.length, 'article')}, ${counted(pages.length, 'page')}, ${counted(authors.length, 'author')}, ${counted(tags.length, 'tag')} (${path.relative(process.cwd(), dir) || '.'})`,
);
