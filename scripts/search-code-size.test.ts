import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

import { expect, test } from 'vitest';

import { searchCodeBytes } from './search-code-size.ts';

test('counts the search chunk and what it alone imports, not what the entry already loads', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'broadsheet-search-code-'));
  try {
    mkdirSync(path.join(dir, '.vite'));
    mkdirSync(path.join(dir, 'assets'));
    const files = { 'app.js': 'app'.repeat(500), 'search.js': 'search();'.repeat(50), 'edit.js': 'edit();' };
    for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, 'assets', name), text);
    const manifest = {
      'index.html': { file: 'assets/index.js', isEntry: true, imports: ['_app.js'] },
      '_app.js': { file: 'assets/app.js' },
      'src/features/search/run-search.ts': { file: 'assets/search.js', imports: ['_app.js', '_edit.js'] },
      '_edit.js': { file: 'assets/edit.js' },
    };
    writeFileSync(path.join(dir, '.vite/manifest.json'), JSON.stringify(manifest));
    const gzip = (text: string) => gzipSync(text, { level: 6 }).byteLength;
    expect(searchCodeBytes(dir)).toBe(gzip(files['search.js']) + gzip(files['edit.js']));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
