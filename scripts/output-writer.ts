/**
 * How a build updates its output folder: in place, touching only the files that changed
 * (docs/decisions/011-incremental-builds.md).
 *
 * Every file of the new output is either written, and then staged in a folder beside the output when its bytes
 * differ from the output's copy, or declared unchanged (a page the page cache reuses). Nothing in the output
 * changes until `commit`, which the build calls once everything has succeeded: it removes the files this build
 * did not declare, then moves the staged files in. A build that fails before it leaves the output exactly as it
 * was; publishing one article moves a few thousand files instead of writing every one. When most files changed
 * (a clean build, new code), the unchanged few are linked into the stage instead, and it replaces the output whole.
 *
 * One build at a time writes an output folder: a lock folder beside it, naming the build's process, keeps a
 * second one out, and is taken over when that process is gone.
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmdirSync,
  rmSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';

import { isRunning } from './is-running.ts';
import { makeFolder } from './make-folder.ts';
import { EMPTY_SNAPSHOT, snapshotOutput, type OutputSnapshot } from './output-snapshot.ts';

export type OutputWriter = {
  /** The output folder this build replaces the contents of. */
  readonly outDir: string;
  /** Where changed files wait for `commit`; the prerender's workers write the pages they render here. */
  readonly stageDir: string;
  /** `file` (relative to the output) with these contents: staged only when the output's copy differs. */
  write: (file: string, contents: string | Uint8Array) => void;
  /** Files of the new output that are already in the output as they should be. */
  keep: (files: Iterable<string>) => void;
  /**
   * Files of the new output that someone else wrote into the stage (the prerender's workers): the writer keeps
   * a list of what is staged instead of reading the stage's folders again, ten thousand of them in a clean build.
   */
  staged: (files: Iterable<string>) => void;
  /** Every file of the new output so far, as `/`-separated paths: once committed, exactly the output's files. */
  files: () => ReadonlySet<string>;
  /** Whether `file` is part of the new output so far. */
  has: (file: string) => boolean;
  /**
   * The output as this build found it (output-snapshot.ts): taken on another thread the first time it is asked
   * for, which a build does as soon as it opens the output. Empty for a clean build, which keeps nothing.
   */
  found: () => Promise<OutputSnapshot>;
  /**
   * Makes the output this build's: resolves to how many files were moved in and how many removed; `removed` is null
   * when the output was replaced whole, whose old files are not listed (counting them took 0.7–1.7 s at 10,000
   * articles).
   */
  commit: () => Promise<{ changed: number; removed: number | null }>;
  /** The size of a file of the output once committed: from the snapshot for a file that stayed, else its stat. */
  sizeOf: (file: string) => number;
  /** Leaves the output as it was, and removes the stage. */
  abort: () => void;
};

function sameContents(file: string, contents: Uint8Array): boolean {
  try {
    if (statSync(file).size !== contents.byteLength) return false;
    return Buffer.compare(readFileSync(file), contents) === 0;
  } catch {
    return false;
  }
}

/** The process a lock names, or null when it names none (a lock of an older build, being made or damaged). */
function ownerOf(lockDir: string): number | null {
  try {
    const pid = Number(readFileSync(path.join(lockDir, 'pid'), 'utf8'));
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

/** A lock naming no process is taken for this long after it was made, then taken to be left by a killed build. */
const UNNAMED_LOCK_MS = 10_000;

function ageMs(folder: string): number {
  const made = statSync(folder, { throwIfNoEntry: false })?.mtimeMs;
  return made === undefined ? 0 : Date.now() - made;
}

/**
 * Removes a lock left by a killed build, if it is still the one found (`owner`): two builds that find the same
 * stale lock must not both take it, nor one remove the lock the other just took. A takeover folder lets one at a
 * time look and remove.
 */
function removeStaleLock(lockDir: string, owner: number | null): void {
  const guard = `${lockDir}.takeover`;
  try {
    mkdirSync(guard);
  } catch {
    // Another build is taking it over; or one was killed doing so, long ago.
    if (ageMs(guard) > UNNAMED_LOCK_MS) rmSync(guard, { recursive: true, force: true });
    return;
  }
  try {
    if (existsSync(lockDir) && ownerOf(lockDir) === owner) unlock(lockDir);
  } finally {
    rmSync(guard, { recursive: true, force: true });
  }
}

/**
 * Takes the output's lock, or throws naming the build that holds it. The lock is made whole, its owner's process
 * inside, and renamed into place: a rename never replaces a folder that holds a file, so of two builds at once
 * exactly one gets it, and no build ever sees it without its owner.
 */
function lock(outDir: string): string {
  const lockDir = `${outDir}.lock`;
  // The lock sits beside the output, whose folder may not exist yet (`OUT_DIR=out/site` on a fresh checkout).
  mkdirSync(path.dirname(lockDir), { recursive: true });
  const made = `${lockDir}.${process.pid}-${randomUUID()}`;
  mkdirSync(made);
  writeFileSync(path.join(made, 'pid'), String(process.pid));
  try {
    for (let attempt = 0; attempt < 3; attempt += 1) {
      try {
        renameSync(made, lockDir);
        return lockDir;
      } catch (error) {
        if (!(error instanceof Error && 'code' in error && ['EEXIST', 'ENOTEMPTY'].includes(String(error.code)))) {
          throw error;
        }
      }
      // Given up meanwhile: try again.
      if (!existsSync(lockDir)) continue;
      const owner = ownerOf(lockDir);
      if (owner === null ? ageMs(lockDir) < UNNAMED_LOCK_MS : isRunning(owner)) {
        throw new Error(
          `another build (${owner === null ? 'starting' : `process ${owner}`}) is writing ${outDir}; wait for it, or remove ${lockDir}`,
        );
      }
      // Left by a build that was killed: its stage is gone with it, and the output was never half-committed
      // unless it died inside commit, which the next build's comparison repairs.
      removeStaleLock(lockDir, owner);
    }
    throw new Error(`could not lock ${outDir}`);
  } finally {
    rmSync(made, { recursive: true, force: true });
  }
}

function removeInBackground(dir: string): void {
  const child = spawn(
    process.execPath,
    ['-e', `require('node:fs').rmSync(${JSON.stringify(dir)}, { recursive: true, force: true })`],
    { detached: true, stdio: 'ignore' },
  );
  child.unref();
}

/** The same file under a second name, without reading or writing it; a copy where links are not possible. */
function linkOrCopy(from: string, to: string): void {
  makeFolder(path.dirname(to));
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
}

/** Removes each of `folders` under `root` that is empty, and then its parents while they are, deepest first. */
function removeEmptyFolders(root: string, folders: Iterable<string>): void {
  for (const start of [...folders].sort((a, b) => b.length - a.length)) {
    let folder = start;
    while (folder !== root && folder.startsWith(root + path.sep)) {
      try {
        rmdirSync(folder);
      } catch {
        // Not empty (or gone already): its parents are not empty either.
        break;
      }
      folder = path.dirname(folder);
    }
  }
}

/**
 * The output folder a build writes: the folder itself when `dir` is a link to it (a web root served through a
 * link), since replacing the output whole renames it, and would put a folder where the link was.
 */
export function realOutputDir(dir: string): string {
  try {
    return realpathSync(dir);
  } catch {
    // Not there yet: made by the build.
    return dir;
  }
}

/** A path inside the output as the writer keys it: `/feed.xml` and `feed.xml` are one file. */
const inOutput = (file: string) => path.join('.', file);

/**
 * What a build makes beside its output, named with its process: `dist.next-123`, `dist.client-123`, `dist.old-123`,
 * the lock it makes or moves aside (`dist.lock.123-<uuid>`, `dist.lock.stale-123-<uuid>`), and any of them being
 * removed (`….<uuid>.removing`).
 */
const WORKING_FOLDER =
  /^(?:(?:next|client|old)-(\d+)(?:-[\w-]+)?|lock\.(?:stale-)?(\d+)-[\w-]+)(\.(?:[\w-]+\.)?removing)?$/;

/**
 * Removes, in the background, the working folders that killed builds left beside the output (a stage can hold a
 * whole site). Called with the lock held, so no build that is writing this output owns one; a folder whose process
 * still runs is left all the same.
 */
export function removeLeftovers(outDir: string): string[] {
  const name = path.basename(outDir);
  const folder = path.dirname(outDir);
  const removed: string[] = [];
  for (const entry of readdirSync(folder)) {
    if (!entry.startsWith(`${name}.`)) continue;
    const match = WORKING_FOLDER.exec(entry.slice(name.length + 1));
    const pid = Number(match?.[1] ?? match?.[2] ?? Number.NaN);
    if (!Number.isInteger(pid) || pid === process.pid || isRunning(pid)) continue;
    const retired = path.join(folder, match?.[3] === undefined ? `${entry}.${randomUUID()}.removing` : entry);
    try {
      if (retired !== path.join(folder, entry)) renameSync(path.join(folder, entry), retired);
    } catch {
      // Gone meanwhile: the last build's background removal of its old output finished.
      continue;
    }
    removeInBackground(retired);
    removed.push(entry);
  }
  return removed;
}

/**
 * Gives the lock up: moved aside whole, then removed. Emptied in place, it would be an empty folder for a moment,
 * which another build's lock can be renamed onto, and then removed with it.
 */
function unlock(lockDir: string): void {
  const aside = `${lockDir}.stale-${process.pid}-${randomUUID()}`;
  try {
    renameSync(lockDir, aside);
  } catch {
    return;
  }
  rmSync(aside, { recursive: true, force: true });
}

/** `clean`: stage every file, as if the output were empty (a clean build). */
export function openOutput(outDir: string, { clean = false }: { clean?: boolean } = {}): OutputWriter {
  const lockDir = lock(outDir);
  try {
    removeLeftovers(outDir);
  } catch (error) {
    unlock(lockDir);
    throw error;
  }
  const stageDir = `${outDir}.next-${process.pid}`;
  rmSync(stageDir, { recursive: true, force: true });
  mkdirSync(stageDir, { recursive: true });
  const files = new Set<string>();
  // What is in the stage, as write put it there or staged declared it.
  const stagedFiles = new Set<string>();
  const folders = new Set<string>();
  let snapshot: Promise<OutputSnapshot> | undefined;
  // What stayed in the output as it was found, once committed: sizeOf reads their sizes from it.
  let stayed: OutputSnapshot = EMPTY_SNAPSHOT;
  const found = () => {
    if (snapshot === undefined) {
      snapshot = clean || !existsSync(outDir) ? Promise.resolve(EMPTY_SNAPSHOT) : snapshotOutput(outDir);
      // Handled where it is awaited; until then a failure must not end the process as an unhandled rejection.
      snapshot.catch(() => undefined);
    }
    return snapshot;
  };
  const release = () => {
    rmSync(stageDir, { recursive: true, force: true });
    unlock(lockDir);
  };

  // A stage that holds the whole output replaces the old one by two renames, and the old one is deleted by a
  // detached process (tens of thousands of files took a third of a 10,000-article build).
  const swapIn = (changed: number) => {
    // Its own name: a build of this process before may still be removing its old output in the background.
    const retired = `${outDir}.old-${process.pid}-${randomUUID()}`;
    const replacing = existsSync(outDir);
    if (replacing) renameSync(outDir, retired);
    renameSync(stageDir, outDir);
    if (replacing) removeInBackground(retired);
    unlock(lockDir);
    return { changed, removed: null };
  };

  return {
    outDir,
    stageDir,

    write(name, contents) {
      const file = inOutput(name);
      files.add(file);
      const bytes = typeof contents === 'string' ? Buffer.from(contents) : contents;
      if (!clean && sameContents(path.join(outDir, file), bytes)) return;
      const target = path.join(stageDir, file);
      const folder = path.dirname(target);
      if (!folders.has(folder)) {
        makeFolder(folder);
        folders.add(folder);
      }
      writeFileSync(target, bytes);
      stagedFiles.add(file);
    },

    keep(kept) {
      for (const file of kept) files.add(inOutput(file));
    },

    staged(written) {
      for (const name of written) {
        const file = inOutput(name);
        files.add(file);
        stagedFiles.add(file);
      }
    },

    files: () => files,

    has: (file) => files.has(inOutput(file)),

    found,

    async commit() {
      const staged = [...stagedFiles];
      // When most files changed (a clean build, or new code that renders every page), replacing them one by one
      // costs more than linking the few unchanged ones into the stage and swapping the folders.
      if (clean || staged.length > files.size / 2) {
        for (const file of files) {
          if (!stagedFiles.has(file)) linkOrCopy(path.join(outDir, file), path.join(stageDir, file));
        }
        return swapIn(staged.length);
      }
      // Old files first: a file may be replaced by a folder of the same name, or the other way round.
      let removed = 0;
      const emptied = new Set<string>();
      const before = await found();
      mkdirSync(outDir, { recursive: true });
      for (const file of before.files) {
        if (files.has(file)) continue;
        unlinkSync(path.join(outDir, file));
        emptied.add(path.dirname(path.join(outDir, file)));
        removed += 1;
      }
      removeEmptyFolders(outDir, emptied);
      // Then the new ones, the hashed assets before the pages that load them.
      const order = (file: string) => (file.endsWith('.html') ? 1 : 0);
      const created = new Set<string>();
      for (const file of staged.sort((a, b) => order(a) - order(b))) {
        const target = path.join(outDir, file);
        const folder = path.dirname(target);
        if (!created.has(folder)) {
          makeFolder(folder);
          created.add(folder);
        }
        renameSync(path.join(stageDir, file), target);
      }
      release();
      stayed = before;
      return { changed: staged.length, removed };
    },

    sizeOf(file) {
      const kept = stagedFiles.has(file) ? undefined : stayed.stampOf(file);
      return kept?.size ?? statSync(path.join(outDir, file)).size;
    },

    abort: release,
  };
}
