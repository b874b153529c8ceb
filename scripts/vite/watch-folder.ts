/**
 * Watches a folder and its subfolders with one `fs.watch` per folder. Vite's
 * watcher (chokidar) opens a watch per file and stats the whole folder again
 * on each change in it: with 10,000 articles in one folder, that cost about
 * half a second at start and again on every save. The content folder needs
 * only to know which path changed; the content loader reads it.
 */
import { readdirSync, watch, type FSWatcher } from 'node:fs';
import path from 'node:path';

import { kindOnDisk } from '../static-files.ts';

export type FolderWatcher = { close: () => void };

/**
 * Calls `onChange` with the full path of each file or folder added, changed or removed under `dir`, or with
 * undefined when a folder's watch failed and anything under it may have changed. A folder added later is watched
 * too. Events come as the system sends them: a save can give several.
 */
export function watchFolder(dir: string, onChange: (fullPath: string | undefined) => void): FolderWatcher {
  const watchers = new Map<string, FSWatcher>();

  const stop = (folder: string) => {
    for (const [watched, watcher] of watchers) {
      if (watched === folder || watched.startsWith(folder + path.sep)) {
        watcher.close();
        watchers.delete(watched);
      }
    }
  };

  const start = (folder: string) => {
    if (watchers.has(folder)) return;
    let watcher: FSWatcher;
    try {
      // Not persistent: the server's own handles decide when the process ends.
      watcher = watch(folder, { persistent: false }, (_event, name) => {
        if (name === null) {
          onChange(undefined);
          return;
        }
        const fullPath = path.join(folder, name);
        // A folder that appeared is watched with what it holds, and one replaced (removed and made again, as a
        // checkout does) is watched afresh: the old watch follows the folder that went. One that went away, or
        // cannot be read (a link to itself, no permission), stops being watched; the loader reports what it finds.
        stop(fullPath);
        if (kindOnDisk(fullPath) === 'folder') start(fullPath);
        onChange(fullPath);
      });
    } catch {
      // Gone, or not a folder, before it could be watched: whoever reads it finds out.
      return;
    }
    watcher.on('error', () => {
      stop(folder);
      onChange(undefined);
    });
    watchers.set(folder, watcher);
    let entries;
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) if (entry.isDirectory()) start(path.join(folder, entry.name));
  };

  start(path.resolve(dir));
  return {
    close: () => {
      for (const watcher of watchers.values()) watcher.close();
      watchers.clear();
    },
  };
}
