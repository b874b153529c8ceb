/**
 * `npm run content:generate -- --articles 10000 --out <dir> [--seed <n>] [--vocabulary real] [--force]`:
 * writes a synthetic content folder (scripts/content/generate-corpus.ts) for
 * tests and benchmarks. The same arguments give byte-identical files.
 *
 * `--out` is created if missing. An existing, non-empty `--out` is refused
 * unless `--force` is given, in which case it is emptied first. Even then,
 * only a folder that looks like a content folder (site.json, authors.json,
 * tags.json and articles/*.json, nothing else) is emptied: a mistyped `--out`
 * must not delete source code.
 */
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { corpusFiles, DEFAULT_SEED, generateCorpus, type Corpus } from './content/generate-corpus.ts';
import { parseGenerateOptions, UsageError, type GenerateOptions } from './content/generate-options.ts';

const USAGE = `Usage: npm run content:generate -- --articles <count> --out <dir> [--seed <n>] [--vocabulary <kind>] [--force]

  --articles <count>  how many articles to write, a positive integer
  --out <dir>         the content folder to write; created if missing
  --seed <n>          PRNG seed, an integer from 0 to 4294967295 (default ${DEFAULT_SEED})
  --vocabulary <kind> placeholder (default): made-up words, about 1,700 distinct;
                      real: English words with their real frequencies (SUBTLEX-US),
                      names and figures, over 100,000 distinct at 10,000 articles
  --force             empty --out first if it is a non-empty content folder
  --help              show this message`;

const projectRoot = path.resolve(import.meta.dirname, '..');

function fail(message: string, usage = false): never {
  console.error(`content:generate: ${message}`);
  if (usage) console.error(`\n${USAGE}`);
  process.exit(1);
}

/** True when `dir` is `other` or one of its ancestors. */
function contains(dir: string, other: string): boolean {
  const relative = path.relative(dir, other);
  const outside = relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative);
  return !outside;
}

const CONTENT_FILES = new Set(['site.json', 'authors.json', 'tags.json']);

/** The first entry of `dir` that this script would not have written, or null. */
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

/** Makes `dir` an existing, empty folder, or exits with the reason it cannot. */
function prepareOut(dir: string, force: boolean): void {
  const stats = statSync(dir, { throwIfNoEntry: false });
  if (stats === undefined) {
    mkdirSync(dir, { recursive: true });
    return;
  }
  if (!stats.isDirectory()) fail(`--out ${dir} exists and is not a folder`);
  const entries = readdirSync(dir);
  if (entries.length === 0) return;
  if (!force) fail(`--out ${dir} exists and is not empty (pass --force to empty it first)`);
  if (contains(dir, process.cwd()) || contains(dir, projectRoot)) {
    fail(`refusing to empty ${dir}: it contains the working directory or the project`);
  }
  if (dir === path.join(projectRoot, 'src', 'content')) fail(`refusing to empty ${dir}: it is the bundled content`);
  const foreign = foreignEntry(dir);
  if (foreign !== null) {
    fail(`refusing to empty ${dir}: it is not a content folder (${JSON.stringify(foreign)} is not one of its files)`);
  }
  for (const entry of entries) rmSync(path.join(dir, entry), { recursive: true, force: true });
}

function main(args: string[]): void {
  let options: GenerateOptions | 'help';
  try {
    options = parseGenerateOptions(args);
  } catch (error) {
    if (error instanceof UsageError) fail(error.message, true);
    throw error;
  }
  if (options === 'help') {
    console.log(USAGE);
    return;
  }

  const started = performance.now();
  let corpus: Corpus;
  let bytes = 0;
  try {
    // Refuse a non-empty --out before spending time on the corpus.
    prepareOut(options.out, options.force);
    corpus = generateCorpus({ articles: options.articles, seed: options.seed, vocabulary: options.vocabulary });
    mkdirSync(path.join(options.out, 'articles'));
    // Synchronous writes, one file at a time: for 10,000 small files this measured
    // faster than 16 concurrent async writes.
    for (const file of corpusFiles(corpus)) {
      writeFileSync(path.join(options.out, file.path), file.contents);
      bytes += Buffer.byteLength(file.contents);
    }
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  const megabytes = (bytes / 1e6).toFixed(1);
  console.log(
    `generated ${corpus.articles.length} articles, ${corpus.authors.length} authors, ${corpus.tags.length} tags ` +
      `(seed ${options.seed}, ${options.vocabulary} vocabulary, ${megabytes} MB) in ${options.out} in ${seconds} s`,
  );
}

main(process.argv.slice(2));
