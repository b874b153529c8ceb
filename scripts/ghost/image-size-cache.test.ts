import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, expect, test } from 'vitest';

import { openSizeCache } from './image-size-cache.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'ghost-size-cache-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

test('sizes learned in one import are there for the next, in a file with sorted keys', () => {
  const file = path.join(dir, 'nested', 'sizes.json');
  const first = openSizeCache(file);
  first.set('https://b.example/x.jpg', { width: 3, height: 2 });
  first.set('https://a.example/y.png', { width: 10, height: 20 });
  first.save();
  expect(readFileSync(file, 'utf8')).toBe(
    '{\n  "version": 1,\n  "sizes": {\n    "https://a.example/y.png": [\n      10,\n      20\n    ],\n    "https://b.example/x.jpg": [\n      3,\n      2\n    ]\n  }\n}\n',
  );
  expect(openSizeCache(file).get('https://b.example/x.jpg')).toEqual({ width: 3, height: 2 });
});

test('a damaged cache file is an empty cache, not an error', () => {
  const file = path.join(dir, 'damaged.json');
  writeFileSync(file, '{"version": 1, "sizes": {"x": [0, "y"]}}');
  expect(openSizeCache(file).get('x')).toBeUndefined();
});
