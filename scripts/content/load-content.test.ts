import { mkdirSync, mkdtempSync, renameSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterEach, expect, test } from 'vitest';

import { anArticleFile } from '../../src/build/test-content.ts';

import { currentStamp } from './content-file.ts';
import { imageSizes } from './image-sizes.ts';
import {
  articleFileCount,
  createContentLoader,
  loadContent,
  resolveContentDir,
  type ContentLoader,
  type LoadResult,
} from './load-content.ts';
import { formatProblem, formatProblems } from './problem.ts';
import { jpegOnItsSide, png } from './test-images.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

const folders: string[] = [];

afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Files of a content folder by relative path: strings and bytes are written as they are, anything else as JSON. */
type Files = Record<string, unknown>;

/** Writes `files` to a fresh temporary folder and returns its path. */
function folder(files: Files): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'broadsheet-content-'));
  folders.push(dir);
  for (const [name, value] of Object.entries(files)) {
    const fullPath = path.join(dir, name);
    mkdirSync(path.dirname(fullPath), { recursive: true });
    writeFileSync(
      fullPath,
      typeof value === 'string' || value instanceof Uint8Array ? value : `${JSON.stringify(value, null, 2)}\n`,
    );
  }
  return dir;
}

const site = { title: 'The Ledger', description: 'News.', url: 'https://ledger.example.org' };
const authors = [{ slug: 'olena-goncharova', name: 'Olena Goncharova' }];
const tags = [
  { slug: 'north-korea', name: 'North Korea' },
  { slug: 'russia', name: 'Russia' },
];

function article(slug: string, fields: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    slug,
    title: `Title of ${slug}`,
    publishedAt: '2025-08-22',
    authors: ['olena-goncharova'],
    tags: ['north-korea'],
    body: [`Body of ${slug}.`],
    ...fields,
  };
}

/** A valid folder with one article, foo. */
function validFiles(): Files {
  return {
    'site.json': site,
    'authors.json': authors,
    'tags.json': tags,
    'articles/foo.json': article('foo'),
  };
}

/** The problems of a folder that must not load, as the lines the content check prints. */
async function problemLines(dir: string): Promise<string[]> {
  const result = await loadContent(dir);
  if (result.ok) throw new Error(`expected problems in ${dir}, but the content loaded`);
  return result.problems.map(formatProblem);
}

test('a valid folder loads, with defaults applied', async () => {
  const dir = folder({
    ...validFiles(),
    'articles/bar.json': article('bar', { tags: [], image: { src: 'images/a.png', alt: 'A', width: 2, height: 1 } }),
    'images/a.png': await png(30, 15),
  });
  const result = await loadContent(dir);
  if (!result.ok) throw new Error(formatProblems(result.problems));
  expect(result.content.site).toEqual({ ...site, language: 'en' });
  expect(result.content.authors).toEqual(authors);
  expect(result.content.tags).toEqual(tags);
  expect(result.content.articles.map((item) => item.slug)).toEqual(['bar', 'foo']);
  expect(result.content.articles[1]).toEqual(article('foo'));
});

test('the bundled content folder loads', async () => {
  const result = await loadContent(resolveContentDir(ROOT, {}));
  expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([]);
  expect(result.ok && result.content.articles.map((item) => item.slug)).toContain(
    'kim-jong-un-reportedly-awards-troops-who-fought-for-russia',
  );
});

test('an empty articles folder, or none at all, is valid content with no articles', async () => {
  const { 'articles/foo.json': _foo, ...withoutArticles } = validFiles();
  const result = await loadContent(folder(withoutArticles));
  expect(result.ok && result.content.articles).toEqual([]);
});

test("the build's size is its article files, counted before any is read", () => {
  const dir = folder({ ...validFiles(), 'articles/bar.json': 'not JSON yet', 'articles/notes.txt': 'not an article' });
  expect(articleFileCount(dir)).toBe(2);
  const { 'articles/foo.json': _foo, ...withoutArticles } = validFiles();
  expect(articleFileCount(folder(withoutArticles))).toBe(0);
});

test('a byte order mark at the start of a file is allowed', async () => {
  const dir = folder({ ...validFiles(), 'site.json': `\uFEFF${JSON.stringify(site)}` });
  expect((await loadContent(dir)).ok).toBe(true);
});

test('invalid JSON is reported with its line and column', async () => {
  const dir = folder({ ...validFiles(), 'articles/foo.json': '{\n  "slug": "foo",\n  oops\n}\n' });
  expect(await problemLines(dir)).toEqual([
    'articles/foo.json: (root): invalid JSON at line 3, column 3: Expected double-quoted property name',
  ]);
});

test('a file cut short is invalid JSON at its end', async () => {
  const dir = folder({ ...validFiles(), 'tags.json': '[\n  { "slug": "russia", "name": "Russia" },\n' });
  expect(await problemLines(dir)).toEqual([
    'tags.json: (root): invalid JSON at line 3, column 1: unexpected end of JSON input',
  ]);
});

test('a missing site.json is a problem', async () => {
  const { 'site.json': _site, ...withoutSite } = validFiles();
  expect(await problemLines(folder(withoutSite))).toEqual(['site.json: (root): file is missing']);
});

test('a content folder that does not exist is a problem', async () => {
  const dir = path.join(folder({}), 'nowhere');
  expect(await problemLines(dir)).toEqual([`${dir}: (root): content folder does not exist`]);
});

test('an unknown field is reported by name', async () => {
  const dir = folder({ ...validFiles(), 'articles/foo.json': article('foo', { subtitle: 'A typo for standfirst' }) });
  expect(await problemLines(dir)).toEqual(['articles/foo.json: (root): unknown field "subtitle"']);
});

test('an unknown field in a nested object or another file is reported at its path', async () => {
  const dir = folder({
    ...validFiles(),
    'site.json': { ...site, tagline: 'x' },
    'authors.json': [{ ...authors[0], twitter: '@olena' }],
    'articles/foo.json': article('foo', { source: { name: 'AP', link: 'https://ap.example' } }),
  });
  expect(await problemLines(dir)).toEqual([
    'articles/foo.json: source: unknown field "link"',
    'authors.json: [0]: unknown field "twitter"',
    'site.json: (root): unknown field "tagline"',
  ]);
});

test('a missing required field is reported at its path', async () => {
  const { title: _title, ...withoutTitle } = article('foo');
  const dir = folder({ ...validFiles(), 'articles/foo.json': withoutTitle });
  expect(await problemLines(dir)).toEqual(['articles/foo.json: title: required field is missing']);
});

test('a wrong type is reported with the value found', async () => {
  const dir = folder({ ...validFiles(), 'articles/foo.json': article('foo', { tags: 'russia', title: 42 }) });
  expect(await problemLines(dir)).toEqual([
    'articles/foo.json: title: expected a string, got 42',
    'articles/foo.json: tags: expected an array, got "russia"',
  ]);
});

test('a slug that is not the file name is reported', async () => {
  const dir = folder({ ...validFiles(), 'articles/foo.json': article('bar') });
  expect(await problemLines(dir)).toEqual(['articles/foo.json: slug: "bar" does not match the file name "foo.json"']);
});

test('an invalid slug is reported as such', async () => {
  const dir = folder({ ...validFiles(), 'articles/Foo_Bar.json': article('Foo_Bar') });
  expect(await problemLines(dir)).toEqual([
    'articles/Foo_Bar.json: slug: "Foo_Bar" is not a slug (lowercase ASCII letters, digits and single hyphens)',
  ]);
});

test('an unknown author reference is reported', async () => {
  const dir = folder({ ...validFiles(), 'articles/foo.json': article('foo', { authors: ['jane-doe'] }) });
  expect(await problemLines(dir)).toEqual(['articles/foo.json: authors[0]: no author "jane-doe" in authors.json']);
});

test('an author listed twice on an article is reported', async () => {
  const dir = folder({
    ...validFiles(),
    'articles/foo.json': article('foo', { authors: ['olena-goncharova', 'olena-goncharova'] }),
  });
  expect(await problemLines(dir)).toEqual(['articles/foo.json: authors[1]: duplicate author "olena-goncharova"']);
});

test('an unknown tag is reported', async () => {
  const dir = folder({ ...validFiles(), 'articles/foo.json': article('foo', { tags: ['russia', 'ukraine'] }) });
  expect(await problemLines(dir)).toEqual(['articles/foo.json: tags[1]: no tag "ukraine" in tags.json']);
});

test('a tag listed twice on an article is reported', async () => {
  const dir = folder({
    ...validFiles(),
    'articles/foo.json': article('foo', { tags: ['russia', 'north-korea', 'russia'] }),
  });
  expect(await problemLines(dir)).toEqual(['articles/foo.json: tags[2]: duplicate tag "russia"']);
});

test('a slug used twice in authors.json or tags.json is reported', async () => {
  const dir = folder({
    ...validFiles(),
    'authors.json': [...authors, { slug: 'jane-doe', name: 'Jane' }, { slug: 'olena-goncharova', name: 'Olena G.' }],
    'tags.json': [...tags, { slug: 'russia', name: 'Russia again' }],
  });
  expect(await problemLines(dir)).toEqual([
    'authors.json: [2].slug: duplicate slug "olena-goncharova" (also at [0])',
    'tags.json: [2].slug: duplicate slug "russia" (also at [1])',
  ]);
});

test('updatedAt before publishedAt is reported; the same instant or later is fine, and the same day for a date', async () => {
  const dir = folder({
    ...validFiles(),
    'articles/foo.json': article('foo', { publishedAt: '2025-08-22', updatedAt: '2025-08-21' }),
    'articles/day.json': article('day', { publishedAt: '2025-08-22T09:30:00+03:00', updatedAt: '2025-08-22' }),
    'articles/eve.json': article('eve', { publishedAt: '2025-08-22', updatedAt: '2025-08-21T23:00:00-02:00' }),
    'articles/same.json': article('same', {
      publishedAt: '2025-08-22T09:00:00+03:00',
      updatedAt: '2025-08-22T06:00:00Z',
    }),
    'articles/later.json': article('later', { publishedAt: '2025-08-22', updatedAt: '2025-08-22T00:00:01Z' }),
    'articles/offset.json': article('offset', {
      publishedAt: '2025-08-22T09:00:00+03:00',
      updatedAt: '2025-08-22T07:00:00+02:00',
    }),
  });
  expect(await problemLines(dir)).toEqual([
    // Shown as updated on the 21st, the day before it was published.
    'articles/eve.json: updatedAt: "2025-08-21T23:00:00-02:00" is before publishedAt "2025-08-22"',
    'articles/foo.json: updatedAt: "2025-08-21" is before publishedAt "2025-08-22"',
    'articles/offset.json: updatedAt: "2025-08-22T07:00:00+02:00" is before publishedAt "2025-08-22T09:00:00+03:00"',
  ]);
});

test('an unknown block type is reported at its index', async () => {
  const dir = folder({
    ...validFiles(),
    'articles/foo.json': article('foo', { body: ['Text.', { type: 'video', src: 'https://example.org/v.mp4' }] }),
  });
  expect(await problemLines(dir)).toEqual(['articles/foo.json: body[1]: unknown block type "video"']);
});

test('other malformed blocks are reported at their own paths', async () => {
  const dir = folder({
    ...validFiles(),
    'articles/foo.json': article('foo', {
      body: ['Text.', { text: 'no type' }, { type: 'heading' }, 7, { type: 'list', items: [] }, ''],
    }),
  });
  expect(await problemLines(dir)).toEqual([
    'articles/foo.json: body[1]: block has no "type"',
    'articles/foo.json: body[2].text: required field is missing',
    'articles/foo.json: body[3]: expected a paragraph (a string) or a block object, got 7',
    'articles/foo.json: body[4].items: a list needs at least one item',
    'articles/foo.json: body[5]: must not be empty',
  ]);
});

test('a javascript: link inside paragraph markup is reported', async () => {
  const dir = folder({
    ...validFiles(),
    'articles/foo.json': article('foo', {
      body: ['Fine [link](https://ok.example), bad [link](javascript:alert(1)).'],
    }),
  });
  expect(await problemLines(dir)).toEqual([
    'articles/foo.json: body[0]: link "javascript:alert(1)" is not allowed (https:, http:, mailto: or a path starting with /)',
  ]);
});

test('disallowed links in quotes, list items and nested markup are reported at their paths', async () => {
  const dir = folder({
    ...validFiles(),
    'articles/foo.json': article('foo', {
      body: [
        'Fine.',
        { type: 'quote', text: 'See *[this](data:text/html,x)*', cite: 'Someone' },
        { type: 'list', items: ['ok [a](/a)', '**[b](vbscript:x)**'] },
      ],
    }),
  });
  expect(await problemLines(dir)).toEqual([
    'articles/foo.json: body[1].text: link "data:text/html,x" is not allowed (https:, http:, mailto: or a path starting with /)',
    'articles/foo.json: body[2].items[1]: link "vbscript:x" is not allowed (https:, http:, mailto: or a path starting with /)',
  ]);
});

test('a javascript: link in source.url or author links is reported', async () => {
  const dir = folder({
    ...validFiles(),
    'authors.json': [{ ...authors[0], links: [{ label: 'Profile', url: 'javascript:alert(1)' }] }],
    'articles/foo.json': article('foo', { source: { name: 'X', url: 'javascript:alert(2)' } }),
  });
  expect(await problemLines(dir)).toEqual([
    'articles/foo.json: source.url: "javascript:alert(2)" is not an allowed link (https:, http:, mailto: or a path starting with /)',
    'authors.json: [0].links[0].url: "javascript:alert(1)" is not an allowed link (https:, http:, mailto: or a path starting with /)',
  ]);
});

test('an image src pointing to a missing file is reported, for lead, body and avatar images', async () => {
  const image = { alt: 'x', width: 3, height: 2 };
  const dir = folder({
    ...validFiles(),
    'authors.json': [{ ...authors[0], avatar: { ...image, src: 'images/olena.jpg' } }],
    'articles/foo.json': article('foo', {
      image: { ...image, src: 'images/missing.jpg' },
      body: [
        'Text.',
        { type: 'image', ...image, src: 'images/present.jpg' },
        { type: 'image', ...image, src: 'images' },
      ],
    }),
    'images/present.jpg': await png(30, 20),
  });
  expect(await problemLines(dir)).toEqual([
    'articles/foo.json: image.src: no file "images/missing.jpg" in the content folder',
    'articles/foo.json: body[2].src: no file "images" in the content folder',
    'authors.json: [0].avatar.src: no file "images/olena.jpg" in the content folder',
  ]);
});

test('(1.1) sizes left out are read from the file as shown, for lead, body and avatar images', async () => {
  const dir = folder({
    ...validFiles(),
    'authors.json': [{ ...authors[0], avatar: { src: 'images/olena.png', alt: '' } }],
    'articles/foo.json': article('foo', {
      // Stored 30×20, on its side (orientation 6): readers see it 20 wide and 30 high.
      image: { src: 'images/portrait.jpg', alt: 'Portrait' },
      body: ['Text.', { type: 'image', src: 'images/flat.png', alt: '', caption: 'Flat.' }],
    }),
    'images/portrait.jpg': await jpegOnItsSide(30, 20),
    'images/flat.png': await png(30, 20),
    'images/olena.png': await png(16, 16),
  });
  const result = await loadContent(dir);
  if (!result.ok) throw new Error(formatProblems(result.problems));
  const [foo] = result.content.articles;
  expect(foo?.image).toEqual({ src: 'images/portrait.jpg', alt: 'Portrait', width: 20, height: 30 });
  expect(foo?.body[1]).toEqual({
    type: 'image',
    src: 'images/flat.png',
    alt: '',
    caption: 'Flat.',
    width: 30,
    height: 20,
  });
  expect(result.content.authors[0]?.avatar).toEqual({ src: 'images/olena.png', alt: '', width: 16, height: 16 });
});

test('(1.1) a size read from a file is kept with its stamp, and used while the file keeps that stamp', async () => {
  const dir = folder({
    ...validFiles(),
    'articles/foo.json': article('foo', { image: { src: 'images/flat.png', alt: 'Flat' } }),
    'images/flat.png': await png(30, 20),
  });
  const store = path.join(folder({}), 'sizes.json');
  const leadOf = async () => {
    const result = await loadContent(dir, { sizes: imageSizes(store) });
    if (!result.ok) throw new Error(formatProblems(result.problems));
    return result.content.articles[0]?.image;
  };
  expect(await leadOf()).toMatchObject({ width: 30, height: 20 });
  // The store says something else for the file as it is now: it is believed, so the file is not opened again.
  const stamp = currentStamp(path.join(dir, 'images/flat.png'));
  writeFileSync(store, JSON.stringify({ version: 1, sizes: { 'images/flat.png': { stamp, width: 60, height: 40 } } }));
  expect(await leadOf()).toMatchObject({ width: 60, height: 40 });
  // The file replaced: another stamp, so it is read again, and what is kept follows it.
  writeFileSync(path.join(dir, 'images/flat.png'), await png(10, 20));
  expect(await leadOf()).toMatchObject({ width: 10, height: 20 });
  expect(await leadOf()).toMatchObject({ width: 10, height: 20 });
});

test('(1.1) a size kept for a file that is not there is never used: the image is reported missing', async () => {
  const dir = folder({
    ...validFiles(),
    'articles/foo.json': article('foo', { image: { src: 'images/gone.png', alt: 'Gone' } }),
  });
  // A store that answers for any stamp, as one would that kept a size under the missing file's stamp.
  const sizes = { lookup: () => ({ width: 30, height: 20 }), remember: () => undefined, save: () => undefined };
  const result = await loadContent(dir, { sizes });
  expect(result.ok).toBe(false);
  if (!result.ok) expect(formatProblems(result.problems)).toContain('images/gone.png');
});

test('(1.1) given sizes must have the aspect ratio of the file as shown, within 1 %', async () => {
  const image = (src: string, width: number, height: number) => ({ type: 'image', src, alt: '', width, height });
  const dir = folder({
    ...validFiles(),
    'authors.json': [{ ...authors[0], avatar: { src: 'images/flat.png', alt: '', width: 96, height: 96 } }],
    'articles/foo.json': article('foo', {
      image: { src: 'images/portrait.jpg', alt: '', width: 1200, height: 800 },
      body: [
        'Text.',
        image('images/portrait.jpg', 600, 900),
        image('images/flat.png', 1200, 800),
        // 299 / 200 is 0.3 % off 3:2, 1:1 is a third off.
        image('images/flat.png', 299, 200),
        image('images/flat.png', 300, 300),
      ],
    }),
    'images/portrait.jpg': await jpegOnItsSide(30, 20),
    'images/flat.png': await png(30, 20),
  });
  expect(await problemLines(dir)).toEqual([
    'articles/foo.json: image.width: 1200×800 does not match the aspect ratio of "images/portrait.jpg" (20×30 as shown)',
    'articles/foo.json: body[4].width: 300×300 does not match the aspect ratio of "images/flat.png" (30×20 as shown)',
    'authors.json: [0].avatar.width: 96×96 does not match the aspect ratio of "images/flat.png" (30×20 as shown)',
  ]);
});

test('(1.1) a file that is not an image, or is missing, is reported with file and path, sized or not', async () => {
  const dir = folder({
    ...validFiles(),
    'authors.json': [{ ...authors[0], avatar: { src: 'images/notes.jpg', alt: '' } }],
    'articles/foo.json': article('foo', {
      image: { src: 'images/notes.jpg', alt: '', width: 3, height: 2 },
      body: ['Text.', { type: 'image', src: 'images/gone.jpg', alt: '' }],
    }),
    'images/notes.jpg': 'A text file named like a photo.',
  });
  const lines = await problemLines(dir);
  expect(lines).toEqual([
    expect.stringMatching(/^articles\/foo\.json: image\.src: "images\/notes\.jpg" is not an image \(.+\)$/),
    'articles/foo.json: body[1].src: no file "images/gone.jpg" in the content folder',
    expect.stringMatching(/^authors\.json: \[0\]\.avatar\.src: "images\/notes\.jpg" is not an image \(.+\)$/),
  ]);
});

test('(1.1) an https: image and an image without src still need width and height', async () => {
  const dir = folder({
    ...validFiles(),
    'authors.json': [{ ...authors[0], avatar: { alt: '', width: 96 } }],
    'articles/foo.json': article('foo', {
      image: { src: 'https://cdn.example/a.jpg', alt: '' },
      body: ['Text.', { type: 'image', alt: 'Not available yet' }],
    }),
  });
  expect(await problemLines(dir)).toEqual([
    'articles/foo.json: image.width: required field is missing (an https: image needs width and height)',
    'articles/foo.json: image.height: required field is missing (an https: image needs width and height)',
    'articles/foo.json: body[1].width: required field is missing (an image without src needs width and height)',
    'articles/foo.json: body[1].height: required field is missing (an image without src needs width and height)',
    'authors.json: [0].avatar.height: required field is missing (an image without src needs width and height)',
  ]);
});

test('a body image missing its alt and its size has all three reported at once, as a lead image has', async () => {
  const dir = folder({
    ...validFiles(),
    'articles/foo.json': article('foo', {
      image: { src: 'https://cdn.example/a.jpg' },
      body: ['Text.', { type: 'image', src: 'https://cdn.example/b.jpg' }],
    }),
  });
  expect(await problemLines(dir)).toEqual([
    'articles/foo.json: image.alt: required field is missing',
    'articles/foo.json: image.width: required field is missing (an https: image needs width and height)',
    'articles/foo.json: image.height: required field is missing (an https: image needs width and height)',
    'articles/foo.json: body[1].alt: required field is missing',
    'articles/foo.json: body[1].width: required field is missing (an https: image needs width and height)',
    'articles/foo.json: body[1].height: required field is missing (an https: image needs width and height)',
  ]);
});

test('image sources outside the folder or over http: are rejected; https: URLs are not looked up', async () => {
  const image = { alt: 'x', width: 3, height: 2 };
  const dir = folder({
    ...validFiles(),
    'articles/foo.json': article('foo', {
      image: { ...image, src: 'images/../../etc/passwd' },
      body: ['Text.', { type: 'image', ...image, src: 'http://cdn.example/a.jpg' }],
    }),
    'articles/bar.json': article('bar', { image: { ...image, src: 'https://cdn.example/a.jpg' } }),
  });
  expect(await problemLines(dir)).toEqual([
    'articles/foo.json: image.src: "images/../../etc/passwd" is neither an https: URL nor a path inside the content folder',
    'articles/foo.json: body[1].src: "http://cdn.example/a.jpg" is neither an https: URL nor a path inside the content folder',
  ]);
});

test('image sizes must be positive integers', async () => {
  const dir = folder({
    ...validFiles(),
    'articles/foo.json': article('foo', { image: { alt: 'x', width: 0, height: 1.5 } }),
  });
  expect(await problemLines(dir)).toEqual([
    'articles/foo.json: image.width: must be a positive integer',
    'articles/foo.json: image.height: expected an integer, got 1.5',
  ]);
});

test('a date that does not exist is reported', async () => {
  const dir = folder({ ...validFiles(), 'articles/foo.json': article('foo', { publishedAt: '2025-02-30' }) });
  expect(await problemLines(dir)).toEqual([
    'articles/foo.json: publishedAt: "2025-02-30" is not an ISO 8601 date (2025-08-22) or date-time with offset (2025-08-22T09:30:00+03:00)',
  ]);
});

test('every problem is reported at once, sorted by file and in order within a file', async () => {
  const dir = folder({
    'site.json': { ...site, url: 'http://ledger.example.org' },
    'authors.json': authors,
    'tags.json': [...tags, { slug: 'Bad Slug', name: 'Bad' }],
    'articles/zulu.json': article('zulu', { authors: ['nobody'] }),
    'articles/alpha.json': '{ "slug": ',
    'articles/mike.json': article('mike', { title: 'x'.repeat(301), tags: ['russia', 'russia'] }),
    'articles/kilo.json': article('kilo', { tags: ['russia', 'russia'], updatedAt: '2025-01-01' }),
  });
  const result = await loadContent(dir);
  expect(result.ok).toBe(false);
  const lines = [
    'articles/alpha.json: (root): invalid JSON at line 1, column 11: unexpected end of JSON input',
    'articles/kilo.json: tags[1]: duplicate tag "russia"',
    'articles/kilo.json: updatedAt: "2025-01-01" is before publishedAt "2025-08-22"',
    // An article that fails the schema is still cross-checked, so nothing waits for a second run.
    'articles/mike.json: title: must be at most 300 characters',
    'articles/mike.json: tags[1]: duplicate tag "russia"',
    'articles/zulu.json: authors[0]: no author "nobody" in authors.json',
    'site.json: url: "http://ledger.example.org" is not an absolute https: URL',
    'tags.json: [2].slug: "Bad Slug" is not a slug (lowercase ASCII letters, digits and single hyphens)',
  ];
  expect(await problemLines(dir)).toEqual(lines);
  if (!result.ok) expect(formatProblems(result.problems)).toBe(lines.join('\n'));
});

test('one invalid entry in authors.json or tags.json does not make every reference to them unknown', async () => {
  const dir = folder({
    ...validFiles(),
    'authors.json': [{ ...authors[0], role: '' }],
    'tags.json': [{ ...tags[0], colour: 'red' }, tags[1]],
    'articles/foo.json': article('foo', { tags: ['north-korea', 'russia', 'ukraine'] }),
  });
  expect(await problemLines(dir)).toEqual([
    'articles/foo.json: tags[2]: no tag "ukraine" in tags.json',
    'authors.json: [0].role: must not be empty',
    'tags.json: [0]: unknown field "colour"',
  ]);
});

test('references are not checked against an authors.json or tags.json that cannot be read', async () => {
  const { 'authors.json': _authors, ...withoutAuthors } = validFiles();
  const dir = folder({ ...withoutAuthors, 'tags.json': { slug: 'russia', name: 'Russia' } });
  expect(await problemLines(dir)).toEqual([
    'authors.json: (root): file is missing',
    'tags.json: (root): expected an array, got an object',
  ]);
});

test('files in articles/ that are not .json are ignored', async () => {
  const dir = folder({
    ...validFiles(),
    'articles/README.md': '# Not an article',
    'articles/draft.json.bak': '{ broken',
    'articles/.DS_Store': '\u0000\u0001',
    'articles/notes.txt': 'x',
  });
  const result = await loadContent(dir);
  expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([]);
  expect(result.ok && result.content.articles.map((item) => item.slug)).toEqual(['foo']);
});

test('resolveContentDir: CONTENT_DIR, absolute or relative to the working directory, else src/content', () => {
  expect(resolveContentDir('/project', {})).toBe(path.resolve('/project/src/content'));
  expect(resolveContentDir('/project', { CONTENT_DIR: '' })).toBe(path.resolve('/project/src/content'));
  expect(resolveContentDir('/project', { CONTENT_DIR: '/srv/news' })).toBe(path.resolve('/srv/news'));
  expect(resolveContentDir('/project', { CONTENT_DIR: 'news' })).toBe(path.resolve(process.cwd(), 'news'));
});

test('a folder named like an article is reported, not a crash', async () => {
  const dir = folder(validFiles());
  mkdirSync(path.join(dir, 'articles', 'drafts.json'));
  expect(await problemLines(dir)).toEqual(['articles/drafts.json: (root): is a folder, not a file']);
});

test('an articles or pages that is a file, not a folder, is reported, not a crash', async () => {
  const dir = folder(validFiles());
  rmSync(path.join(dir, 'articles'), { recursive: true });
  writeFileSync(path.join(dir, 'articles'), '{}');
  writeFileSync(path.join(dir, 'pages'), '');
  expect(await problemLines(dir)).toEqual([
    'articles: (root): is a file, not a folder: articles go in articles/<slug>.json',
    'pages: (root): is a file, not a folder: pages go in pages/<slug>.json',
  ]);
});

test('a reference that is not a slug is reported once, by the schema', async () => {
  const dir = folder({ ...validFiles(), 'articles/foo.json': article('foo', { authors: ['Jane Doe'] }) });
  expect(await problemLines(dir)).toEqual([
    'articles/foo.json: authors[0]: "Jane Doe" is not a slug (lowercase ASCII letters, digits and single hyphens)',
  ]);
});

test('(1.1) new blocks, members-only access and pages load; gallery images are sized from their files', async () => {
  const dir = folder({
    ...validFiles(),
    'site.json': { ...site, footerPages: ['contact', 'about'] },
    'articles/foo.json': article('foo', {
      access: 'members',
      body: [
        { type: 'heading', text: 'Deeper', level: 3 },
        {
          type: 'gallery',
          caption: 'The quay.',
          images: [
            { src: 'images/a.png', alt: 'A' },
            { src: 'https://cdn.example.org/b.jpg', alt: 'B', width: 4, height: 3 },
          ],
        },
        { type: 'embed', url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ', title: 'A video' },
        { type: 'code', text: '  indented\n*not emphasis*', language: 'text' },
        { type: 'divider' },
      ],
    }),
    'pages/about.json': { slug: 'about', title: 'About us', body: ['Who we are.'] },
    'pages/contact.json': { slug: 'contact', title: 'Contact', updatedAt: '2026-01-02', body: ['Write to us.'] },
    'images/a.png': await png(30, 20),
  });
  const result = await loadContent(dir);
  if (!result.ok) throw new Error(formatProblems(result.problems));
  const [foo] = result.content.articles;
  expect(foo?.access).toBe('members');
  expect(foo?.body[1]).toMatchObject({
    type: 'gallery',
    images: [
      { width: 30, height: 20 },
      { width: 4, height: 3 },
    ],
  });
  expect(foo?.body[3]).toEqual({ type: 'code', text: '  indented\n*not emphasis*', language: 'text' });
  expect(result.content.pages.map((page) => page.slug)).toEqual(['about', 'contact']);
  expect(result.content.site.footerPages).toEqual(['contact', 'about']);
});

test('(1.1) malformed new blocks, pages and footer pages are reported at their paths', async () => {
  const dir = folder({
    ...validFiles(),
    'site.json': { ...site, footerPages: ['about', 'nowhere', 'about'] },
    'articles/foo.json': article('foo', {
      access: 'friends',
      body: [
        { type: 'heading', text: 'Too deep', level: 5 },
        { type: 'gallery', images: [{ src: 'images/missing.png', alt: 'Alone' }] },
        { type: 'embed', url: 'http://video.example/1' },
        { type: 'code', text: '   ' },
        { type: 'divider', text: 'no text here' },
      ],
    }),
    'pages/about.json': { slug: 'about', title: 'About', body: ['Us.'] },
    'pages/tags.json': { slug: 'tags', title: 'Tags', body: ['Clash.'] },
    'pages/elsewhere.json': { slug: 'other', title: 'Other', body: ['Mismatch.'] },
  });
  expect(await problemLines(dir)).toEqual([
    'articles/foo.json: body[0].level: expected 2 or 3 or 4, got 5',
    'articles/foo.json: body[1].images: a gallery needs at least 2 images',
    'articles/foo.json: body[2].url: "http://video.example/1" is not an absolute https: URL',
    'articles/foo.json: body[3].text: must not be empty',
    'articles/foo.json: body[4]: unknown field "text"',
    'articles/foo.json: access: expected "public" or "members", got "friends"',
    // Image files are checked once every JSON file is read.
    'articles/foo.json: body[1].images[0].src: no file "images/missing.png" in the content folder',
    'pages/elsewhere.json: slug: "other" does not match the file name "elsewhere.json"',
    'pages/tags.json: slug: "tags" is an address the reader uses for itself',
    'site.json: footerPages[1]: no page "nowhere" in pages/',
    'site.json: footerPages[2]: duplicate page "about"',
  ]);
});

/*
 * The dev server's loader reads again only the files it is told changed. After every change, what it loads must be
 * what a fresh read of the whole folder gives, problems included, in the same order.
 */

/** Writes one file of a content folder, as `folder` does. */
function write(dir: string, name: string, value: unknown): void {
  const fullPath = path.join(dir, name);
  mkdirSync(path.dirname(fullPath), { recursive: true });
  writeFileSync(
    fullPath,
    typeof value === 'string' || value instanceof Uint8Array ? value : `${JSON.stringify(value, null, 2)}\n`,
  );
}

/** A load's result to compare: each article's identity in place of the function that gives it. */
function comparable(result: LoadResult) {
  if (!result.ok) return result;
  const { identity, ...rest } = result;
  return { ...rest, identities: result.content.articles.map(identity) };
}

/** Loads again after telling the loader about `changed`, and checks the result against a fresh read. */
async function reload(loader: ContentLoader, dir: string, ...changed: string[]) {
  for (const name of changed) loader.invalidate(path.join(dir, name));
  const result = await loader.load();
  expect(comparable(result)).toEqual(comparable(await loadContent(dir)));
  return result;
}

const titles = (result: Awaited<ReturnType<typeof loadContent>>) =>
  result.ok ? result.content.articles.map((item) => item.title) : result.problems.map(formatProblem);

test('loader: an edited article is read again, and only the files named are', async () => {
  const dir = folder({ ...validFiles(), 'articles/bar.json': article('bar') });
  const loader = createContentLoader(dir);
  expect(titles(await reload(loader, dir))).toEqual(['Title of bar', 'Title of foo']);

  write(dir, 'articles/foo.json', article('foo', { title: 'Foo, edited' }));
  write(dir, 'articles/bar.json', article('bar', { title: 'Bar, edited unannounced' }));
  // Told of foo only, it keeps what it read of bar: the whole folder is not read again.
  expect(titles(await loader.load())).toEqual(['Title of bar', 'Title of foo']);
  loader.invalidate(path.join(dir, 'articles/foo.json'));
  expect(titles(await loader.load())).toEqual(['Title of bar', 'Foo, edited']);
  // Without a path, every file's stamp is compared: bar's change is found.
  loader.invalidate();
  expect(titles(await reload(loader, dir))).toEqual(['Bar, edited unannounced', 'Foo, edited']);
});

test('loader: told of a link to itself in the folder, it does not throw, and loads as before', async () => {
  const dir = folder(validFiles());
  const loader = createContentLoader(dir);
  await loader.load();
  symlinkSync(path.join(dir, 'loop'), path.join(dir, 'loop'));
  expect(() => {
    loader.invalidate(path.join(dir, 'loop'));
  }).not.toThrow();
  expect(titles(await loader.load())).toEqual(['Title of foo']);
});

test('loader: what cannot change a load is said to change nothing', async () => {
  const dir = folder({
    ...validFiles(),
    'articles/bar.json': article('bar', { image: { src: 'images/flat.png', alt: 'Flat' } }),
    'images/flat.png': await png(30, 20),
    'images/unused.png': await png(30, 20),
  });
  const loader = createContentLoader(dir);
  await loader.load();
  const at = (file: string) => path.join(dir, file);
  // An editor's swap and backup files, a .git folder's file and folder, an image no file names, a folder that
  // holds no named image, a path outside the folder.
  mkdirSync(at('.git/objects/ab'), { recursive: true });
  for (const file of ['articles/.foo.json.swp', 'articles/foo.json~', '.git/index', '.git/objects/ab'])
    expect(loader.invalidate(at(file)), file).toBe(false);
  for (const file of ['images/unused.png', 'drafts']) expect(loader.invalidate(at(file)), file).toBe(false);
  expect(loader.invalidate(path.join(dir, '..', 'elsewhere.json'))).toBe(false);
  // A content file, an image a file names, a folder that holds one, articles/, or anything at all.
  for (const file of ['articles/foo.json', 'site.json', 'images/flat.png', 'images', 'articles'])
    expect(loader.invalidate(at(file)), file).toBe(true);
  expect(loader.invalidate()).toBe(true);
  // A save can come as several events: each one about a named image matters, not only the first.
  expect(loader.invalidate(at('images/flat.png'))).toBe(true);
  expect(titles(await loader.load())).toEqual(['Title of bar', 'Title of foo']);
});

test('loader: an image no file names is read afresh once one names it again', async () => {
  const named = (src: string) => article('bar', { image: { src, alt: 'Photo' } });
  const dir = folder({
    ...validFiles(),
    'articles/bar.json': named('images/x.png'),
    'images/x.png': await png(30, 20),
    'images/y.png': await png(40, 20),
  });
  const loader = createContentLoader(dir);
  const at = (file: string) => path.join(dir, file);
  const barImage = (result: Awaited<ReturnType<typeof loadContent>>) =>
    result.ok ? result.content.articles.find((item) => item.slug === 'bar')?.image : undefined;
  expect(barImage(await loader.load())).toMatchObject({ width: 30 });
  writeFileSync(at('articles/bar.json'), JSON.stringify(named('images/y.png')));
  expect(barImage(await reload(loader, dir, 'articles/bar.json'))).toMatchObject({ width: 40 });
  // Replaced while no file names it: nothing to read now, and the old read is not kept for later.
  writeFileSync(at('images/x.png'), await png(60, 20));
  expect(loader.invalidate(at('images/x.png'))).toBe(false);
  writeFileSync(at('articles/bar.json'), JSON.stringify(named('images/x.png')));
  expect(barImage(await reload(loader, dir, 'articles/bar.json'))).toMatchObject({ width: 60 });
  // So is a folder's: swapped for another while no file names what it holds (only the folder's event comes).
  mkdirSync(at('images/old'));
  writeFileSync(at('images/old/z.png'), await png(70, 20));
  writeFileSync(at('articles/bar.json'), JSON.stringify(named('images/old/z.png')));
  expect(barImage(await reload(loader, dir, 'articles/bar.json'))).toMatchObject({ width: 70 });
  writeFileSync(at('articles/bar.json'), JSON.stringify(named('images/y.png')));
  await reload(loader, dir, 'articles/bar.json');
  renameSync(at('images/old'), at('images/before'));
  mkdirSync(at('images/old'));
  writeFileSync(at('images/old/z.png'), await png(80, 20));
  expect(loader.invalidate(at('images/old'))).toBe(false);
  writeFileSync(at('articles/bar.json'), JSON.stringify(named('images/old/z.png')));
  expect(barImage(await reload(loader, dir, 'articles/bar.json'))).toMatchObject({ width: 80 });
});

test.each(['articles', 'images'])(
  'loader: a folder (%s/) changed while the first load is under way reads the whole folder next time',
  async (changedFolder) => {
    const dir = folder({ ...validFiles(), 'images/a.png': await png(2, 1) });
    const loader = createContentLoader(dir);
    const first = loader.load();
    // The first load has begun (it has taken what it was told) but not yet said which images the files name.
    await Promise.resolve();
    expect(loader.invalidate(path.join(dir, changedFolder))).toBe(true);
    await first;
    // Written without an event of its own, as when a checkout swaps the folder for another.
    writeFileSync(path.join(dir, 'articles', 'bar.json'), JSON.stringify(article('bar')));
    expect(titles(await loader.load())).toEqual(['Title of bar', 'Title of foo']);
  },
);

test('loader: an added article is read, a deleted one is gone, in name order', async () => {
  const dir = folder(validFiles());
  const loader = createContentLoader(dir);
  await reload(loader, dir);
  write(dir, 'articles/bar.json', article('bar'));
  write(dir, 'articles/zed.json', article('zed'));
  expect(titles(await reload(loader, dir, 'articles/zed.json', 'articles/bar.json'))).toEqual([
    'Title of bar',
    'Title of foo',
    'Title of zed',
  ]);
  unlinkSync(path.join(dir, 'articles/foo.json'));
  expect(titles(await reload(loader, dir, 'articles/foo.json'))).toEqual(['Title of bar', 'Title of zed']);
  // A file that is not an article is not read as one.
  write(dir, 'articles/notes.txt', 'not content');
  expect(titles(await reload(loader, dir, 'articles/notes.txt'))).toEqual(['Title of bar', 'Title of zed']);
});

test('loader: a file that becomes invalid is reported, and loads again once fixed', async () => {
  const dir = folder({ ...validFiles(), 'articles/bar.json': article('bar') });
  const loader = createContentLoader(dir);
  await reload(loader, dir);
  write(dir, 'articles/foo.json', '{\n  "slug": "foo",\n  oops\n}\n');
  write(dir, 'articles/bar.json', article('bar', { body: [{ type: 'video' }], updatedAt: '2025-01-01' }));
  expect(titles(await reload(loader, dir, 'articles/foo.json', 'articles/bar.json'))).toEqual([
    'articles/bar.json: body[0]: unknown block type "video"',
    'articles/bar.json: updatedAt: "2025-01-01" is before publishedAt "2025-08-22"',
    'articles/foo.json: (root): invalid JSON at line 3, column 3: Expected double-quoted property name',
  ]);
  write(dir, 'articles/foo.json', article('foo', { title: 'Foo, fixed' }));
  write(dir, 'articles/bar.json', article('bar', { title: 'Bar, fixed' }));
  expect(titles(await reload(loader, dir, 'articles/foo.json', 'articles/bar.json'))).toEqual([
    'Bar, fixed',
    'Foo, fixed',
  ]);
});

test('loader: a change to authors.json or tags.json is checked against every article, read or not', async () => {
  const dir = folder({
    ...validFiles(),
    'articles/bar.json': article('bar', { tags: ['russia', 'north-korea', 'russia'] }),
  });
  const loader = createContentLoader(dir);
  expect(titles(await reload(loader, dir))).toEqual(['articles/bar.json: tags[2]: duplicate tag "russia"']);

  write(dir, 'authors.json', [{ slug: 'someone-else', name: 'Someone Else' }]);
  write(dir, 'tags.json', [{ slug: 'russia', name: 'Russia' }]);
  expect(titles(await reload(loader, dir, 'authors.json', 'tags.json'))).toEqual([
    'articles/bar.json: authors[0]: no author "olena-goncharova" in authors.json',
    'articles/bar.json: tags[1]: no tag "north-korea" in tags.json',
    'articles/bar.json: tags[2]: duplicate tag "russia"',
    'articles/foo.json: authors[0]: no author "olena-goncharova" in authors.json',
    'articles/foo.json: tags[0]: no tag "north-korea" in tags.json',
  ]);
  // Unreadable, it checks no reference; back as it was, every reference is known again.
  write(dir, 'authors.json', '[');
  await reload(loader, dir, 'authors.json');
  write(dir, 'authors.json', authors);
  write(dir, 'tags.json', tags);
  write(dir, 'articles/bar.json', article('bar'));
  expect(titles(await reload(loader, dir, 'authors.json', 'tags.json', 'articles/bar.json'))).toEqual([
    'Title of bar',
    'Title of foo',
  ]);
});

test('loader: site.json and footer pages follow pages added and removed', async () => {
  const page = { slug: 'about', title: 'About', body: ['Us.'] };
  const dir = folder({ ...validFiles(), 'site.json': { ...site, footerPages: ['about'] }, 'pages/about.json': page });
  const loader = createContentLoader(dir);
  await reload(loader, dir);
  unlinkSync(path.join(dir, 'pages/about.json'));
  expect(titles(await reload(loader, dir, 'pages/about.json'))).toEqual([
    'site.json: footerPages[0]: no page "about" in pages/',
  ]);
  write(dir, 'site.json', site);
  expect((await reload(loader, dir, 'site.json')).ok).toBe(true);
});

test('loader: a folder moved in or out is read again as a whole', async () => {
  const dir = folder({ ...validFiles(), 'articles/bar.json': article('bar') });
  const loader = createContentLoader(dir);
  await reload(loader, dir);
  renameSync(path.join(dir, 'articles'), path.join(dir, 'old-articles'));
  expect(titles(await reload(loader, dir, 'articles'))).toEqual([]);
  write(dir, 'new/articles/zed.json', article('zed'));
  renameSync(path.join(dir, 'new/articles'), path.join(dir, 'articles'));
  expect(titles(await reload(loader, dir, 'articles'))).toEqual(['Title of zed']);
});

test('loader: an image file replaced or added is read again', async () => {
  const dir = folder({
    ...validFiles(),
    'articles/foo.json': article('foo', { image: { src: 'images/lead.png', alt: '' } }),
    'articles/bar.json': article('bar', { body: [{ type: 'image', src: 'images/late.png', alt: '' }] }),
    'images/lead.png': await png(30, 20),
  });
  const loader = createContentLoader(dir);
  expect(titles(await reload(loader, dir))).toEqual([
    'articles/bar.json: body[0].src: no file "images/late.png" in the content folder',
  ]);
  write(dir, 'images/late.png', await png(10, 10));
  write(dir, 'images/lead.png', await png(20, 40));
  const result = await reload(loader, dir, 'images/late.png', 'images/lead.png');
  expect(result.ok && result.content.articles.map((item) => [item.image?.height, item.body[0]])).toEqual([
    [undefined, { type: 'image', src: 'images/late.png', alt: '', width: 10, height: 10 }],
    [40, 'Body of foo.'],
  ]);
});

test("an article's identity follows its file's text and the sizes of the images it leaves to their files", async () => {
  const dir = folder({
    ...validFiles(),
    'articles/foo.json': article('foo', { image: { src: 'images/lead.png', alt: '' } }),
    'articles/bar.json': article('bar'),
    'images/lead.png': await png(30, 20),
  });
  const identities = async () => {
    const result = await loadContent(dir);
    if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
    return new Map(result.content.articles.map((item) => [item.slug, result.identity(item)]));
  };
  const first = await identities();
  expect(first.get('foo')).toEqual(expect.any(String));
  expect(await identities()).toEqual(first);
  // The same text, another size read from the photo's file.
  write(dir, 'images/lead.png', await png(20, 40));
  const resized = await identities();
  expect(resized.get('foo')).not.toBe(first.get('foo'));
  expect(resized.get('bar')).toBe(first.get('bar'));
  write(dir, 'articles/bar.json', article('bar', { title: 'Edited' }));
  expect((await identities()).get('bar')).not.toBe(first.get('bar'));
  // Only the loader's own articles have one.
  const result = await loadContent(dir);
  expect(result.ok && result.identity(anArticleFile('bar'))).toBeUndefined();
});

test('loader: a content folder that goes away is reported, and read as a whole when it is back', async () => {
  const dir = folder(validFiles());
  const loader = createContentLoader(dir);
  await reload(loader, dir);
  renameSync(dir, `${dir}-away`);
  folders.push(`${dir}-away`);
  expect(titles(await reload(loader, dir))).toEqual([`${dir}: (root): content folder does not exist`]);
  write(`${dir}-away`, 'articles/foo.json', article('foo', { title: 'Edited while away' }));
  renameSync(`${dir}-away`, dir);
  expect(titles(await reload(loader, dir))).toEqual(['Edited while away']);
});

test('loader: an edit while the whole folder is being read is in the next load and every load after it', async () => {
  const many: Files = validFiles();
  for (let index = 0; index < 400; index += 1) {
    const slug = `story-${String(index).padStart(3, '0')}`;
    many[`articles/${slug}.json`] = article(slug);
  }
  const dir = folder(many);
  const loader = createContentLoader(dir);
  // The first load reads every file, pausing between slices; story-000, first in name order, is read at once.
  const first = loader.load();
  let firstDone = false;
  void first.then(() => (firstDone = true));
  await new Promise((resolve) => setImmediate(resolve));
  // Still reading: the edit below lands in the middle of it.
  expect(firstDone).toBe(false);
  write(dir, 'articles/story-000.json', article('story-000', { title: 'Edited while read' }));
  loader.invalidate(path.join(dir, 'articles/story-000.json'));
  const second = loader.load();
  await first;
  expect(titles(await second)).toContain('Edited while read');
  expect(titles(await loader.load())).toContain('Edited while read');
  expect(comparable(await loader.load())).toEqual(comparable(await loadContent(dir)));
});

test('loader: a first read with the files read on another thread gives what a read on this one gives', async () => {
  const files: Files = {
    ...validFiles(),
    'articles/bom.json': `\uFEFF${JSON.stringify(article('bom'))}`,
    'articles/broken.json': '{\n  "slug": "broken",\n  oops\n}\n',
    'articles/other-slug.json': article('not-the-file-name', { authors: ['nobody'] }),
    'pages/about.json': { slug: 'about', title: 'About', body: ['Us.'] },
  };
  for (let index = 0; index < 30; index += 1) files[`articles/story-${index}.json`] = article(`story-${index}`);
  const dir = folder(files);
  mkdirSync(path.join(dir, 'articles/folder.json'));
  const here = await createContentLoader(dir, { readAheadFrom: Infinity }).load();
  expect(titles(here)).toHaveLength(4);
  expect(await createContentLoader(dir, { readAheadFrom: 1 }).load()).toEqual(here);
  unlinkSync(path.join(dir, 'articles/broken.json'));
  rmSync(path.join(dir, 'articles/folder.json'), { recursive: true });
  write(dir, 'articles/other-slug.json', article('other-slug'));
  const sound = await createContentLoader(dir, { readAheadFrom: Infinity }).load();
  expect(titles(sound)).toHaveLength(33);
  expect(comparable(await createContentLoader(dir, { readAheadFrom: 1 }).load())).toEqual(comparable(sound));
});

test('a file that is not UTF-8 text is reported, whether read here or ahead on another thread', async () => {
  const dir = folder(validFiles());
  // Latin-1, as an old export writes "Café": UTF-8 decoding would show "Caf�" and pass.
  const latin1 = (text: string) => Buffer.from(text, 'latin1');
  writeFileSync(path.join(dir, 'tags.json'), latin1(JSON.stringify([{ slug: 'cafe', name: 'Café' }])));
  writeFileSync(path.join(dir, 'articles/cafe.json'), latin1(JSON.stringify(article('cafe', { title: 'Café' }))));
  const expected = [
    'articles/cafe.json: (root): is not UTF-8 text: save it as UTF-8',
    'tags.json: (root): is not UTF-8 text: save it as UTF-8',
  ];
  for (const readAheadFrom of [Infinity, 1]) {
    const result = await createContentLoader(dir, { readAheadFrom }).load();
    expect(result.ok ? [] : result.problems.map(formatProblem).filter((line) => line.includes('UTF-8'))).toEqual(
      expected,
    );
  }
});

test('text holding half a character (a lone surrogate, as a cut emoji leaves) is reported at its path', async () => {
  const dir = folder({
    ...validFiles(),
    // JSON's escapes can spell half of "😀" (\ud83d\ude00); the page would show �, and React would not hydrate it.
    'articles/foo.json': `{"slug":"foo","title":"Cut \\ud83d","publishedAt":"2025-08-22","authors":["olena-goncharova"],"tags":[],"body":["Whole 😀.",{"type":"image","alt":"\\ude00","width":3,"height":2}]}`,
  });
  expect(await problemLines(dir)).toEqual([
    'articles/foo.json: title: holds half a character (a lone surrogate, as text cut inside an emoji leaves): remove or complete it',
    'articles/foo.json: body[1].alt: holds half a character (a lone surrogate, as text cut inside an emoji leaves): remove or complete it',
  ]);
});
