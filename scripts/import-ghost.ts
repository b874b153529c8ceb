/**
 * `npm run import:ghost -- --out <dir> [--site-url <url>] [--images <dir>] <file>…`: turns a Ghost Admin export
 * (Ghost 2.x to 6.x) or Content API responses into a Broadsheet content folder (docs/ghost-import.md).
 *
 * The folder is written to a scratch folder, checked with the content check, and only then swapped in for
 * `--out`; on any failure `--out` is untouched. Unreadable input is reported as `<input>: <JSON path>: <what>`
 * lines, with a non-zero exit.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

import { defaultCacheFile, openSizeCache } from './ghost/image-size-cache.ts';
import { refuseOut } from './ghost/out-dir.ts';
import { probeImageSize } from './ghost/remote-image-size.ts';
import { formatReport } from './ghost/report.ts';
import { importGhost } from './ghost/run-import.ts';
import { writeContentFolder } from './ghost/write-content.ts';

const USAGE = `Usage: npm run import:ghost -- --out <dir> [--site-url <url>] [--images <dir>] <file>…

  <file>…            a Ghost Admin export (.json, Ghost 2.x to 6.x), or Content API responses
                     (/ghost/api/content/posts/?include=tags,authors, /pages/, /settings/), one file per page
  --out <dir>        the content folder to write; replaced only if it is missing, empty or a content folder
                     (a membershipUrl set by hand in its site.json is kept)
  --site-url <url>   the Ghost site's https: address (needed for an Admin export: it does not say it)
  --images <dir>     Ghost's content/images folder: its files are copied into the content folder
  --help             show this message`;

const projectRoot = path.resolve(import.meta.dirname, '..');

function fail(message: string, usage = false): never {
  console.error(message);
  if (usage) console.error(`\n${USAGE}`);
  process.exit(1);
}

type Options = { out: string; siteUrl: string | null; imagesDir: string | null; inputs: string[] };

function parseOptions(args: string[]): Options | 'help' {
  const { values, positionals } = parseArgs({
    args,
    strict: true,
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      'site-url': { type: 'string' },
      images: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) return 'help';
  if (values.out === undefined || values.out === '') fail('import:ghost: --out is required', true);
  if (positionals.length === 0) fail('import:ghost: name at least one Ghost export or Content API file', true);
  const siteUrl = values['site-url'] ?? null;
  if (siteUrl !== null) {
    let url: URL | null = null;
    try {
      url = new URL(siteUrl);
    } catch {
      url = null;
    }
    if (url?.protocol !== 'https:')
      fail(`import:ghost: --site-url must be an absolute https: URL, not ${JSON.stringify(siteUrl)}`);
  }
  const imagesDir = values.images === undefined ? null : path.resolve(values.images);
  if (imagesDir !== null && statSync(imagesDir, { throwIfNoEntry: false })?.isDirectory() !== true)
    fail(`import:ghost: --images ${imagesDir} is not a folder`);
  return { out: path.resolve(values.out), siteUrl, imagesDir, inputs: positionals };
}

async function main(args: string[]): Promise<void> {
  let options: Options | 'help';
  try {
    options = parseOptions(args);
  } catch (error) {
    // parseArgs throws TypeErrors with a code for unknown options and missing values.
    if (error instanceof TypeError && 'code' in error) fail(`import:ghost: ${error.message}`, true);
    throw error;
  }
  if (options === 'help') {
    console.log(USAGE);
    return;
  }
  const refused = refuseOut(options.out, projectRoot, process.cwd());
  if (refused !== null) fail(`import:ghost: ${refused}`);

  const started = performance.now();
  const cache = openSizeCache(defaultCacheFile(projectRoot));
  const outcome = await importGhost({
    inputs: options.inputs,
    siteUrl: options.siteUrl,
    imagesDir: options.imagesDir,
    cache,
    probe: (url) => probeImageSize(url),
    out: options.out,
  });
  if (!outcome.ok) fail(`${outcome.problems.join('\n')}\n\nNothing was imported; ${options.out} is unchanged.`);

  const written = await writeContentFolder(outcome.folder, options.out);
  if (!written.ok)
    fail(`The imported content does not pass the content check:\n${written.problems}\n\n${options.out} is unchanged.`);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`${formatReport(outcome.report)}\n\nwrote ${options.out} in ${seconds} s`);
}

await main(process.argv.slice(2));
