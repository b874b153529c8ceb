// @ts-check
/**
 * `npm run build`: runs scripts/build.ts as JavaScript bundled from its sources, not through tsx. Registering tsx
 * took 0.3–0.4 s of every build's start, and each of the build's threads (the prerender's workers, the search
 * index), which inherit Node's flags, spent 0.1–0.25 s of CPU registering it again, although their scripts are
 * JavaScript already. Publishing one article is a build of a few seconds, so that start was a tenth of it.
 *
 * The bundle is made by Rolldown (Vite's bundler) once per version of the sources and kept under
 * node_modules/.cache/broadsheet/build-script/<hash of the sources>/. Packages stay imports, resolved from the
 * project's node_modules as before. It is written to a folder of its own and renamed into place, so a build never
 * runs a half-written bundle, and two builds at once at worst both make it. This file is plain JavaScript, as the
 * one thing that must run without a TypeScript loader.
 */
import { createHash } from 'node:crypto';
import {
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
import { pathToFileURL } from 'node:url';

const ENTRY_FILE = 'build.mjs';
/** Bundles kept: a checkout switched between branches reuses theirs. */
const KEPT = 4;

/**
 * What the bundle under `root` is made from: every code file under scripts/ and src/ (this file, with its bundler
 * options, among them), vite.config.ts, the TypeScript settings, the packages' versions, and the project's folder
 * itself, which the bundle names (import.meta.dirname): a copied or moved checkout must not build the original.
 * @param {string} root
 */
export function sourcesKey(root) {
  const hash = createHash('sha256').update(`${path.resolve(root)}\0`);
  const files = ['scripts', 'src'].flatMap((folder) =>
    readdirSync(path.join(root, folder), { recursive: true, encoding: 'utf8' })
      .filter((name) => /\.(?:ts|tsx|mts|js|mjs|json)$/.test(name))
      .map((name) => path.join(folder, name))
      // The bundled content is content, which the build reads at run time (bundle-cache.ts: BUNDLED_CONTENT).
      .filter((file) => !file.startsWith(path.join('src', 'content', path.sep))),
  );
  const settings = readdirSync(root).filter((name) => /^tsconfig.*\.json$/.test(name));
  for (const file of [...files.sort(), 'vite.config.ts', 'package-lock.json', ...settings.sort()]) {
    const full = path.join(root, file);
    if (!existsSync(full)) continue;
    hash.update(`${file}\0`).update(readFileSync(full)).update('\0');
  }
  return hash.digest('hex').slice(0, 32);
}

/**
 * `import.meta.dirname`, `filename` and `url` as in the source file, not the bundle: build.ts finds the project
 * from its own folder.
 */
function sourceLocations(/** @type {typeof import('rolldown').RolldownMagicString} */ MagicString) {
  return {
    name: 'broadsheet:source-locations',
    /** @param {string} code @param {string} id */
    transform(code, id) {
      if (!code.includes('import.meta.')) return null;
      const text = new MagicString(code);
      text.replaceAll('import.meta.dirname', JSON.stringify(path.dirname(id)));
      text.replaceAll('import.meta.filename', JSON.stringify(id));
      text.replaceAll('import.meta.url', JSON.stringify(pathToFileURL(id).href));
      return {
        code: text.toString(),
        map: text.generateMap({ hires: true, source: id, includeContent: true }).toString(),
      };
    },
  };
}

/** Each file of a bundle with its hash, written last into its stage: what a bundle is checked against before it runs. */
const SUMS_FILE = 'sums.json';

/** @param {string} file */
const fileHash = (file) => createHash('sha256').update(readFileSync(file)).digest('hex');

/**
 * Whether the bundle in `dir` is whole: every file its sums name, with that hash (a disk that filled up, a copy cut
 * short or a hand edit would otherwise run, or fail with a SyntaxError on every build).
 * @param {string} dir
 */
function isWhole(dir) {
  try {
    /** @type {unknown} */
    const sums = JSON.parse(readFileSync(path.join(dir, SUMS_FILE), 'utf8'));
    if (sums === null || typeof sums !== 'object') return false;
    const entries = Object.entries(sums);
    return (
      entries.some(([file]) => file === ENTRY_FILE) &&
      entries.every(([file, sum]) => typeof sum === 'string' && fileHash(path.join(dir, file)) === sum)
    );
  } catch {
    return false;
  }
}

/**
 * Bundles `entry` into `dir`: staged, then renamed into place.
 * @param {string} entry
 * @param {string} dir
 */
async function bundle(entry, dir) {
  const { build, RolldownMagicString } = await import('rolldown');
  const stage = `${dir}.stage-${process.pid}`;
  rmSync(stage, { recursive: true, force: true });
  await build({
    input: entry,
    platform: 'node',
    logLevel: 'warn',
    // Packages and Node's own modules are imported at run time, as tsx did.
    external: (id) => !id.startsWith('.') && !path.isAbsolute(id),
    plugins: [sourceLocations(RolldownMagicString)],
    output: { dir: stage, format: 'esm', entryFileNames: ENTRY_FILE, sourcemap: true },
  });
  /** @type {Record<string, string>} */
  const sums = {};
  for (const file of readdirSync(stage, { recursive: true, encoding: 'utf8' })) {
    if (statSync(path.join(stage, file)).isFile()) sums[file] = fileHash(path.join(stage, file));
  }
  writeFileSync(path.join(stage, SUMS_FILE), JSON.stringify(sums));
  try {
    renameSync(stage, dir);
  } catch (error) {
    // Another build renamed the same bundle into place first: use it.
    rmSync(stage, { recursive: true, force: true });
    if (!isWhole(dir)) throw error;
  }
}

/** A stage older than this was left by a killed build: bundling takes well under a second. */
const STALE_STAGE_MS = 10 * 60 * 1000;

/**
 * Removes all but the KEPT most recently used bundles in `cacheDir`, and stages that a killed build left. Another
 * build's stage may be in the folder, being written (npm test starts six builds at once): it is left alone.
 * @param {string} cacheDir
 */
function prune(cacheDir) {
  const now = Date.now();
  const bundles = [];
  for (const name of readdirSync(cacheDir)) {
    const stats = statSync(path.join(cacheDir, name), { throwIfNoEntry: false });
    // Renamed or removed by another build meanwhile.
    if (stats === undefined) continue;
    if (name.includes('.stage-')) {
      if (now - stats.mtimeMs > STALE_STAGE_MS) rmSync(path.join(cacheDir, name), { recursive: true, force: true });
    } else bundles.push({ name, used: stats.mtimeMs });
  }
  bundles.sort((a, b) => b.used - a.used);
  for (const { name } of bundles.slice(KEPT)) rmSync(path.join(cacheDir, name), { recursive: true, force: true });
}

/**
 * The bundle of `entry` (a TypeScript file under `root`), made if its sources changed since it was last made:
 * the path of its JavaScript entry.
 * @param {string} root
 * @param {string} entry
 */
export async function bundledEntry(root, entry) {
  const cacheDir = path.join(root, 'node_modules/.cache/broadsheet/build-script');
  const dir = path.join(cacheDir, `${path.basename(entry, '.ts')}-${sourcesKey(root)}`);
  if (!isWhole(dir)) {
    mkdirSync(cacheDir, { recursive: true });
    // A damaged bundle is moved aside first (another build may be running it), and removed by prune.
    if (existsSync(dir)) renameSync(dir, `${dir}.stage-damaged-${process.pid}`);
    await bundle(entry, dir);
    prune(cacheDir);
  } else {
    // Its folder's time is when it was last used, for prune.
    const now = new Date();
    utimesSync(dir, now, now);
  }
  return path.join(dir, ENTRY_FILE);
}

const script = process.argv[1];
if (script !== undefined && import.meta.url === pathToFileURL(path.resolve(script)).href) {
  const root = path.resolve(import.meta.dirname, '..');
  const entry = await bundledEntry(root, path.join(root, 'scripts/build.ts'));
  // Stack traces name the TypeScript sources' lines, as they did under tsx.
  process.setSourceMapsEnabled(true);
  await import(pathToFileURL(entry).href);
}
