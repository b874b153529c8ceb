import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import fc from 'fast-check';
import { expect, test } from 'vitest';

import { kindOnDisk, resolveStaticFile, splitRequestUrl, type KindOf } from './static-files.ts';

const ROOT = path.resolve('/site');

/** A folder tree from a list of files: each file's parent folders exist too. */
function tree(files: string[]): KindOf {
  const kinds = new Map<string, 'file' | 'folder'>([[ROOT, 'folder']]);
  for (const name of files) {
    const file = path.join(ROOT, name);
    kinds.set(file, 'file');
    for (let folder = path.dirname(file); folder !== ROOT; folder = path.dirname(folder)) kinds.set(folder, 'folder');
  }
  return (file) => kinds.get(file);
}

const SITE = tree([
  'index.html',
  '404.html',
  'articles/first/index.html',
  'empty-folder/.keep',
  'data/tags.json',
  'robots.txt',
  'with space.txt',
]);

const at = (name: string) => path.join(ROOT, name);
const resolve = (pathname: string, base = '/', kindOf = SITE) => resolveStaticFile(ROOT, base, pathname, kindOf);

test.each([
  ['/', 'index.html'],
  ['/data/tags.json', 'data/tags.json'],
  ['/robots.txt', 'robots.txt'],
  ['/with%20space.txt', 'with space.txt'],
  ['/articles/first/', 'articles/first/index.html'],
  ['/articles/first/index.html', 'articles/first/index.html'],
])('%s is the file %s', (pathname, file) => {
  expect(resolve(pathname)).toEqual({ kind: 'file', file: at(file) });
});

test('a folder with an index.html, asked for without its slash, names the slash form and the page', () => {
  expect(resolve('/articles/first')).toEqual({
    kind: 'folder-without-slash',
    location: '/articles/first/',
    index: at('articles/first/index.html'),
  });
});

test.each([
  '/nope',
  '/articles/nope',
  '/articles/nope/',
  '/empty-folder',
  '/empty-folder/',
  '/robots.txt/',
  '/articles/first.html',
  '/articles/first/x',
])('%s is not found', (pathname) => {
  expect(resolve(pathname)).toEqual({ kind: 'not-found' });
});

test.each([
  '/%',
  '/%E0%A4%A',
  '/assets/%zz.js',
  '/../secret.txt',
  '/assets/../../secret.txt',
  '/%2e%2e/secret.txt',
  '/%2E%2E%2fsecret.txt',
  '/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
  '/..%5csecret.txt',
  '/./index.html',
  '/index.html%00.txt',
])('%s is malformed', (pathname) => {
  expect(resolve(pathname)).toEqual({ kind: 'malformed' });
});

test('under a base, the base is the folder root and its own address without the slash is a folder without it', () => {
  expect(resolve('/news/', '/news/')).toEqual({ kind: 'file', file: at('index.html') });
  expect(resolve('/news/data/tags.json', '/news/')).toEqual({ kind: 'file', file: at('data/tags.json') });
  expect(resolve('/news', '/news/')).toEqual({
    kind: 'folder-without-slash',
    location: '/news/',
    index: at('index.html'),
  });
  expect(resolve('/news/articles/first', '/news/')).toMatchObject({
    kind: 'folder-without-slash',
    location: '/news/articles/first/',
  });
  expect(resolve('/news/nope', '/news/')).toEqual({ kind: 'not-found' });
  expect(resolve('/news/../secret.txt', '/news/')).toEqual({ kind: 'malformed' });
});

test.each(['/', '/index.html', '/data/tags.json', '/newsroom/', '/news-index.html'])(
  '%s is outside the base /news/',
  (pathname) => {
    expect(resolve(pathname, '/news/')).toEqual({ kind: 'outside-base' });
  },
);

test('a folder without an index.html is not found, the site root included', () => {
  const bare = tree(['assets/app.js']);
  expect(resolve('/', '/', bare)).toEqual({ kind: 'not-found' });
  expect(resolve('/news', '/news/', bare)).toEqual({ kind: 'not-found' });
  expect(resolve('/assets', '/', bare)).toEqual({ kind: 'not-found' });
});

test('whatever the address, a file it names is inside the folder served', () => {
  const everythingIsAFile: KindOf = () => 'file';
  const segment = fc.oneof(
    fc.constantFrom('..', '.', '%2e%2e', '%2E.', '%2f', '%5c', '%00', '%', 'a', ''),
    fc.string({ maxLength: 6 }),
  );
  fc.assert(
    fc.property(fc.array(segment, { maxLength: 6 }), (segments) => {
      const answer = resolveStaticFile(ROOT, '/', `/${segments.join('/')}`, everythingIsAFile);
      if (answer.kind === 'file') expect(answer.file.startsWith(`${ROOT}${path.sep}`)).toBe(true);
    }),
  );
});

test.each([
  [undefined, { pathname: '/', query: '' }],
  ['/tags', { pathname: '/tags', query: '' }],
  ['/tags?page=2', { pathname: '/tags', query: '?page=2' }],
  ['/tags?a=1?b=2', { pathname: '/tags', query: '?a=1?b=2' }],
])('the request target %j is %j', (url, parts) => {
  expect(splitRequestUrl(url)).toEqual(parts);
});

test('kindOnDisk tells files from folders, and anything it cannot look at is nothing', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'broadsheet-static-files-'));
  try {
    mkdirSync(path.join(dir, 'folder'));
    writeFileSync(path.join(dir, 'file.txt'), 'x');
    expect(kindOnDisk(path.join(dir, 'file.txt'))).toBe('file');
    expect(kindOnDisk(path.join(dir, 'folder'))).toBe('folder');
    expect(kindOnDisk(path.join(dir, 'missing'))).toBeUndefined();
    // A file taken for a folder, and a name longer than any file system allows, make stat throw.
    expect(kindOnDisk(path.join(dir, 'file.txt', 'x'))).toBeUndefined();
    expect(kindOnDisk(path.join(dir, 'a'.repeat(300)))).toBeUndefined();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
