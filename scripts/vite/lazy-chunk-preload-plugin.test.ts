import { expect, test } from 'vitest';

import { loadedWith, preloadsNeeded } from './lazy-chunk-preload-plugin.ts';

const loaded = loadedWith([
  { fileName: 'assets/index.js', imports: ['assets/runtime.js', 'assets/app.js'] },
  { fileName: 'assets/app.js', imports: ['assets/runtime.js'] },
  { fileName: 'assets/runtime.js', imports: [] },
  { fileName: 'assets/view.js', imports: ['assets/runtime.js', 'assets/app.js'] },
  { fileName: 'assets/other-view.js', imports: ['assets/app.js', 'assets/extra.js'] },
  { fileName: 'assets/extra.js', imports: ['assets/more.js'] },
  { fileName: 'assets/more.js', imports: [] },
]);

test('a chunk has loaded itself and what it imports, directly or not', () => {
  expect([...(loaded.get('assets/index.js') ?? [])].sort()).toEqual([
    'assets/app.js',
    'assets/index.js',
    'assets/runtime.js',
  ]);
  expect([...(loaded.get('assets/other-view.js') ?? [])].sort()).toEqual([
    'assets/app.js',
    'assets/extra.js',
    'assets/more.js',
    'assets/other-view.js',
    'assets/runtime.js',
  ]);
});

test('a lazy chunk whose imports its importer has loaded needs no preload: the import() fetches it', () => {
  const deps = ['assets/view.js', 'assets/runtime.js', 'assets/app.js'];
  expect(preloadsNeeded('assets/view.js', deps, 'assets/index.js', loaded)).toEqual([]);
  // From the app chunk, which has not loaded the entry but has loaded what the view imports.
  expect(preloadsNeeded('assets/view.js', deps, 'assets/app.js', loaded)).toEqual([]);
});

test('the chunks a lazy chunk imports that its importer has not loaded are still preloaded', () => {
  const deps = ['assets/other-view.js', 'assets/app.js', 'assets/runtime.js', 'assets/extra.js', 'assets/more.js'];
  expect(preloadsNeeded('assets/other-view.js', deps, 'assets/index.js', loaded)).toEqual([
    'assets/extra.js',
    'assets/more.js',
  ]);
  expect(preloadsNeeded('assets/other-view.js', deps, 'assets/unknown.js', loaded)).toEqual([
    'assets/app.js',
    'assets/runtime.js',
    'assets/extra.js',
    'assets/more.js',
  ]);
});
