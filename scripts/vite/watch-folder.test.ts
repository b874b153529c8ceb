import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterEach, expect, test, vi } from 'vitest';

import { watchFolder, type FolderWatcher } from './watch-folder.ts';

let dir = '';
let watcher: FolderWatcher | undefined;

afterEach(() => {
  watcher?.close();
  rmSync(dir, { recursive: true, force: true });
});

function watched(): { seen: Set<string | undefined> } {
  dir = mkdtempSync(path.join(tmpdir(), 'watch-folder-'));
  mkdirSync(path.join(dir, 'articles'));
  const seen = new Set<string | undefined>();
  watcher = watchFolder(dir, (fullPath) => {
    seen.add(fullPath);
  });
  return { seen };
}

test('a file saved in a folder that was removed and made again is seen, as after a checkout', async () => {
  const { seen } = watched();
  const articles = path.join(dir, 'articles');
  rmSync(articles, { recursive: true });
  mkdirSync(articles);
  await vi.waitFor(() => {
    expect(seen).toContain(articles);
  });
  // Saved until the new folder's watch reports it: the old one watched the folder that went.
  const file = path.join(articles, 'x.json');
  await vi.waitFor(
    () => {
      writeFileSync(file, '{}');
      expect(seen).toContain(file);
    },
    { timeout: 2000, interval: 50 },
  );
});

test('an entry that cannot be told apart (a link to itself) is reported, not thrown', async () => {
  const { seen } = watched();
  const loop = path.join(dir, 'articles', 'loop');
  symlinkSync(loop, loop);
  await vi.waitFor(() => {
    expect(seen).toContain(loop);
  });
  // The watch goes on.
  const file = path.join(dir, 'articles', 'y.json');
  writeFileSync(file, '{}');
  await vi.waitFor(() => {
    expect(seen).toContain(file);
  });
});
