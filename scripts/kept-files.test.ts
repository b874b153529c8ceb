import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterEach, expect, test, vi } from 'vitest';

import { keptFiles } from './kept-files.ts';

let root = '';

afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

test('a record that cannot be written after the commit is a warning naming it, and keeps nothing', () => {
  root = mkdtempSync(path.join(tmpdir(), 'kept-files-'));
  const [cacheDir, outDir] = [path.join(root, 'cache'), path.join(root, 'out')];
  mkdirSync(outDir);
  writeFileSync(path.join(outDir, 'feed.xml'), '<rss/>');
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  try {
    // A file removed by hand between the commit and the record.
    const keys = new Map([
      ['feed.xml', 'key-a'],
      ['gone.xml', 'key-b'],
    ]);
    expect(() => {
      keptFiles('feeds', cacheDir, outDir).record(keys);
    }).not.toThrow();
    expect(warn).toHaveBeenCalledOnce();
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/the feeds' cache .*could not be written \(ENOENT/));
    // Nothing was recorded: the next build makes the feed again rather than trust half a record.
    expect(keptFiles('feeds', cacheDir, outDir).isCurrent('feed.xml', 'key-a')).toBe(false);
  } finally {
    warn.mockRestore();
  }
});
