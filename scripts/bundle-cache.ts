/**
 * The client and server bundles of recent builds, kept by the code they were built from: a build whose code did
 * not change (a newsroom publishing an article) copies them instead of running Vite twice
 * (docs/decisions/011-incremental-builds.md).
 *
 * The key is the hash of everything the bundles are made from:
 * - every file under `src/`, `scripts/` and `public/` but the bundled content (BUNDLED_CONTENT), and the
 *   project's own files at the root that Vite, the compiler and npm read (CODE_FILES). The stylesheet is made from
 *   what Tailwind scans, which styles.css limits to `src/` (less the bundled content) and index.html, so no other
 *   file can change it;
 * - the base path, the `VITE_` variables and NODE_ENV, which the bundles are built with;
 * - the site's details the client bundle carries (virtual:broadsheet/site): its title, language and footer pages.
 *
 * An entry is written to a folder of its own and renamed into place, with the hash of each file listed last; a
 * restored bundle is checked against that list after it is copied. An entry that is missing, partial, damaged
 * or pruned by another build meanwhile is simply a miss: the build runs Vite, and never uses wrong code.
 */
import { createHash, randomUUID } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';

import { z } from 'zod';

import { filesUnder, hashOfFiles } from './files-under.ts';

/** The files at the project's root that the bundles depend on; with src/, scripts/ and public/. */
export const CODE_FILES = [
  'index.html',
  'vite.config.ts',
  'package.json',
  'package-lock.json',
  'tsconfig.json',
  'tsconfig.base.json',
  'tsconfig.app.json',
  'tsconfig.node.json',
  '.env',
  '.env.local',
  '.env.production',
  '.env.production.local',
];
export const CODE_FOLDERS = ['src', 'scripts', 'public'];
/**
 * The bundled content, inside src/ but read as content (CONTENT_DIR's default): no code imports it and Tailwind
 * does not scan it (styles.css), so an edit to it re-renders the pages it changes, not every page with new bundles.
 */
export const BUNDLED_CONTENT = 'src/content/';

/** How many entries are kept: npm test builds half a dozen sites, each with its own key. */
const KEPT_ENTRIES = 24;

const SumsSchema = z.record(z.string(), z.string());
const SUMS_FILE = 'sums.json';

function fileHash(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

/**
 * What runs the code: Node's version, with the Unicode and ICU data it carries. Dates are formatted and search terms
 * folded by them, so pages, feeds and the search memo made under another Node may differ from a clean build's.
 */
export function runtimeVersions(): Record<string, string> {
  const { node, icu = '', unicode = '' } = process.versions;
  return { node, icu, unicode };
}

/**
 * The hash of the code under `root`, of `settings` (what else the bundles are built with) and of the runtime
 * (runtimeVersions): the key of the bundles and, through them, of every page, feed and search memo.
 */
export function codeKey(root: string, settings: unknown, runtime = runtimeVersions()): string {
  const files = [
    ...CODE_FILES.filter((file) => existsSync(path.join(root, file))),
    ...CODE_FOLDERS.flatMap((folder) =>
      filesUnder(path.join(root, folder))
        .map((file) => `${folder}/${file}`)
        .filter((file) => !file.startsWith(BUNDLED_CONTENT)),
    ),
  ];
  return hashOfFiles(root, files, JSON.stringify({ settings, runtime })).slice(0, 32);
}

/** What the environment gives the bundles: the base path, NODE_ENV and every `VITE_` variable. */
export function buildEnvironment(env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const names = Object.keys(env)
    .filter((name) => name === 'BASE_PATH' || name === 'NODE_ENV' || name.startsWith('VITE_'))
    .sort();
  return Object.fromEntries(names.flatMap((name) => (env[name] === undefined ? [] : [[name, env[name]]])));
}

export function bundleCacheDir(root: string): string {
  return path.join(root, 'node_modules/.cache/broadsheet/bundles');
}

const entryDir = (cacheDir: string, key: string, name: string) => path.join(cacheDir, `${key}-${name}`);

/**
 * Copies the bundle `name` built from code `key` into `target`, and says whether it did. Every file is checked
 * against the hashes stored with it after the copy; on any mismatch `target` is left empty for Vite to fill.
 */
export function restoreBundle(cacheDir: string, key: string, name: string, target: string): boolean {
  const entry = entryDir(cacheDir, key, name);
  let sums: Record<string, string>;
  try {
    sums = SumsSchema.parse(JSON.parse(readFileSync(path.join(entry, SUMS_FILE), 'utf8')));
  } catch {
    return false;
  }
  rmSync(target, { recursive: true, force: true });
  try {
    for (const [file, sum] of Object.entries(sums)) {
      const to = path.join(target, file);
      mkdirSync(path.dirname(to), { recursive: true });
      copyFileSync(path.join(entry, 'files', file), to);
      if (fileHash(to) !== sum) throw new Error(`${file} does not match its hash`);
    }
  } catch {
    rmSync(target, { recursive: true, force: true });
    return false;
  }
  // Recently used: pruning removes the entries used longest ago.
  const now = new Date();
  utimesSync(entry, now, now);
  return true;
}

/** Whether `entry` holds every file its hashes list, each with its hash: whole and unaltered. */
function isIntact(entry: string): boolean {
  try {
    const sums = SumsSchema.parse(JSON.parse(readFileSync(path.join(entry, SUMS_FILE), 'utf8')));
    return Object.entries(sums).every(([file, sum]) => fileHash(path.join(entry, 'files', file)) === sum);
  } catch {
    return false;
  }
}

/**
 * Keeps a copy of the bundle `name` that Vite just wrote to `source`, for later builds of the same code. An entry
 * already there and intact stays: the same key is the same bundle, and replacing it would cut short a build that
 * restores from it meanwhile (a clean build beside an incremental one), which then ran Vite again.
 */
export function storeBundle(cacheDir: string, key: string, name: string, source: string): void {
  const entry = entryDir(cacheDir, key, name);
  if (isIntact(entry)) {
    const now = new Date();
    utimesSync(entry, now, now);
    return;
  }
  const scratch = `${entry}.${process.pid}-${randomUUID()}.tmp`;
  try {
    const sums: Record<string, string> = {};
    for (const file of filesUnder(source)) {
      const to = path.join(scratch, 'files', file);
      mkdirSync(path.dirname(to), { recursive: true });
      copyFileSync(path.join(source, file), to);
      sums[file] = fileHash(to);
    }
    writeFileSync(path.join(scratch, SUMS_FILE), JSON.stringify(sums));
    rmSync(entry, { recursive: true, force: true });
    // Another build of the same code may have stored it meanwhile: theirs and ours are the same bundle.
    renameSync(scratch, entry);
  } catch {
    // A cache that cannot be written costs the next build its Vite run, nothing more.
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  pruneBundles(cacheDir);
}

/** Removes all but the KEPT_ENTRIES most recently used entries, and scratch folders builds left behind. */
function pruneBundles(cacheDir: string): void {
  const names = existsSync(cacheDir) ? readdirSync(cacheDir) : [];
  const entries = names.flatMap((name) => {
    try {
      return [{ name, used: statSync(path.join(cacheDir, name)).mtimeMs }];
    } catch {
      return [];
    }
  });
  const dayAgo = Date.now() - 24 * 60 * 60 * 1000;
  const stale = entries.filter(({ name, used }) => name.endsWith('.tmp') && used < dayAgo);
  const kept = entries.filter(({ name }) => !name.endsWith('.tmp')).sort((a, b) => b.used - a.used);
  for (const { name } of [...stale, ...kept.slice(KEPT_ENTRIES)]) {
    rmSync(path.join(cacheDir, name), { recursive: true, force: true });
  }
}
