import { expect, test } from 'vitest';
import { type z } from 'zod';

import authorsJson from '../../content/authors.json';
import siteJson from '../../content/site.json';
import tagsJson from '../../content/tags.json';
import { ArticleSchema, AuthorsSchema, isContentPath, isPublicationDate, SiteSchema, TagsSchema } from './schema.ts';

const bundledArticles = import.meta.glob('../../content/articles/*.json', { eager: true, import: 'default' });

/** The issues zod reports for `value`, or none when it is valid. */
function issues(schema: z.ZodType, value: unknown): z.core.$ZodIssue[] {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error.issues;
}

const validArticle = {
  slug: 'a-valid-article',
  title: 'A valid article',
  standfirst: 'The sub-headline.',
  publishedAt: '2025-08-22',
  updatedAt: '2025-08-22T09:30:00+03:00',
  authors: ['olena-goncharova'],
  tags: ['north-korea'],
  image: { src: 'images/lead.jpg', alt: 'A photo', width: 1200, height: 800, caption: 'Caption', credit: 'Credit' },
  body: [
    'A paragraph with *emphasis*.',
    { type: 'heading', text: 'A heading' },
    { type: 'quote', text: 'A quote', cite: 'Someone' },
    { type: 'list', ordered: true, items: ['one', 'two'] },
    { type: 'image', src: 'https://cdn.example.org/a.jpg', alt: '', width: 4, height: 3 },
  ],
  source: { name: 'The Kyiv Independent', url: 'https://kyivindependent.com/' },
};

const validSite = { title: 'The Evening Ledger', description: 'News.', url: 'https://ledger.example.org' };

const validAuthor = {
  slug: 'jane-doe',
  name: 'Jane Doe',
  role: 'Reporter',
  bio: 'First paragraph.\n\nSecond paragraph.',
  avatar: { src: 'images/jane.jpg', alt: 'Jane Doe', width: 200, height: 200 },
  links: [{ label: 'Profile', url: 'https://example.org/jane' }],
};

test('the bundled site.json, authors.json and tags.json are valid', () => {
  expect(issues(SiteSchema, siteJson)).toEqual([]);
  expect(issues(AuthorsSchema, authorsJson)).toEqual([]);
  expect(issues(TagsSchema, tagsJson)).toEqual([]);
});

test('every bundled article is valid and its slug is its file name', () => {
  const entries = Object.entries(bundledArticles);
  expect(entries.length).toBeGreaterThan(0);
  for (const [file, json] of entries) {
    const result = ArticleSchema.safeParse(json);
    expect(result.error?.issues ?? [], file).toEqual([]);
    expect(result.data?.slug, file).toBe(file.replace(/^.*\//, '').replace(/\.json$/, ''));
  }
});

test('a complete article with every optional field is valid', () => {
  expect(issues(ArticleSchema, validArticle)).toEqual([]);
});

test('an article with only the required fields is valid (tags may be empty)', () => {
  const minimal = { slug: 'x', title: 'X', publishedAt: '2025-08-22', authors: ['a'], tags: [], body: ['Text.'] };
  expect(issues(ArticleSchema, minimal)).toEqual([]);
});

test('article slugs that are not lowercase ASCII with single hyphens are rejected', () => {
  for (const slug of ['Foo', 'foo--bar', '-foo', 'foo-', 'foo_bar', 'foo bar', 'föo', '', 'a'.repeat(121)]) {
    expect(issues(ArticleSchema, { ...validArticle, slug }), slug).toMatchObject([{ path: ['slug'] }]);
  }
  for (const slug of ['a', 'foo-2', '2025-review', 'a'.repeat(120)]) {
    expect(issues(ArticleSchema, { ...validArticle, slug }), slug).toEqual([]);
  }
});

test('tag and author references must be slugs too', () => {
  expect(issues(ArticleSchema, { ...validArticle, tags: ['north-korea', 'North Korea'] })).toMatchObject([
    { path: ['tags', 1] },
  ]);
  expect(issues(ArticleSchema, { ...validArticle, authors: ['Jane'] })).toMatchObject([{ path: ['authors', 0] }]);
});

test('an unknown field is rejected, at the top level and inside nested objects', () => {
  expect(issues(ArticleSchema, { ...validArticle, subtitle: 'typo' })).toMatchObject([
    { code: 'unrecognized_keys', keys: ['subtitle'], path: [] },
  ]);
  expect(issues(ArticleSchema, { ...validArticle, image: { ...validArticle.image, url: 'x' } })).toMatchObject([
    { code: 'unrecognized_keys', keys: ['url'], path: ['image'] },
  ]);
  expect(
    issues(ArticleSchema, { ...validArticle, source: { ...validArticle.source, link: 'https://example.org' } }),
  ).toMatchObject([{ code: 'unrecognized_keys', keys: ['link'], path: ['source'] }]);
});

test('each missing required field is reported at its own path', () => {
  const { title: _title, ...withoutTitle } = validArticle;
  expect(issues(ArticleSchema, withoutTitle)).toMatchObject([{ code: 'invalid_type', path: ['title'] }]);
  const { slug: _slug, ...withoutSlug } = validArticle;
  expect(issues(ArticleSchema, withoutSlug)).toMatchObject([{ code: 'invalid_type', path: ['slug'] }]);
  const { publishedAt: _publishedAt, ...withoutDate } = validArticle;
  expect(issues(ArticleSchema, withoutDate)).toMatchObject([{ code: 'invalid_type', path: ['publishedAt'] }]);
  const { tags: _tags, ...withoutTags } = validArticle;
  expect(issues(ArticleSchema, withoutTags)).toMatchObject([{ code: 'invalid_type', path: ['tags'] }]);
  const { body: _body, ...withoutBody } = validArticle;
  expect(issues(ArticleSchema, withoutBody)).toMatchObject([{ code: 'invalid_type', path: ['body'] }]);
  const { alt: _alt, ...imageWithoutAlt } = validArticle.image;
  expect(issues(ArticleSchema, { ...validArticle, image: imageWithoutAlt })).toMatchObject([
    { code: 'invalid_type', path: ['image', 'alt'] },
  ]);
});

test('a title of 300 characters is accepted and one of 301 is rejected', () => {
  expect(issues(ArticleSchema, { ...validArticle, title: 'x'.repeat(300) })).toEqual([]);
  expect(issues(ArticleSchema, { ...validArticle, title: 'x'.repeat(301) })).toMatchObject([
    { code: 'too_big', path: ['title'], message: 'must be at most 300 characters' },
  ]);
});

test('an empty or blank title is rejected', () => {
  expect(issues(ArticleSchema, { ...validArticle, title: '' })).toMatchObject([{ path: ['title'] }]);
  expect(issues(ArticleSchema, { ...validArticle, title: '   ' })).toMatchObject([
    { path: ['title'], message: 'must not be empty' },
  ]);
});

test('publication dates: calendar dates and date-times with an offset are accepted', () => {
  for (const date of [
    '2025-08-22',
    '2024-02-29',
    '2025-08-22T09:30:00+03:00',
    '2025-08-22T09:30:00-05:00',
    '2025-08-22T09:30:00Z',
    '2025-08-22T09:30:00.250+03:00',
  ]) {
    expect(isPublicationDate(date), date).toBe(true);
    expect(issues(ArticleSchema, { ...validArticle, publishedAt: date }), date).toEqual([]);
  }
});

test('publication dates: impossible dates, date-times without an offset and other formats are rejected', () => {
  for (const date of [
    '2025-02-30',
    '2025-02-29',
    '2025-13-01',
    '2025-04-31',
    '2025-02-30T10:00:00+03:00',
    '2025-08-22T09:30:00',
    '2025-08-22 09:30:00+03:00',
    '2025-8-22',
    '22/08/2025',
    'August 22, 2025',
    '',
  ]) {
    expect(isPublicationDate(date), date).toBe(false);
    expect(issues(ArticleSchema, { ...validArticle, publishedAt: date }), date).toMatchObject([
      { path: ['publishedAt'] },
    ]);
  }
  expect(issues(ArticleSchema, { ...validArticle, updatedAt: '2025-02-30' })).toMatchObject([
    {
      path: ['updatedAt'],
      message: '"2025-02-30" is not an ISO 8601 date (2025-08-22) or date-time with offset (2025-08-22T09:30:00+03:00)',
    },
  ]);
});

test('source.url must be an allowed link: javascript:, data: and other hosts via // are rejected', () => {
  for (const url of [
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    '//evil.example/page',
    'ftp://example.org/file',
    'not a url',
  ]) {
    expect(issues(ArticleSchema, { ...validArticle, source: { name: 'S', url } }), url).toMatchObject([
      { path: ['source', 'url'] },
    ]);
  }
  expect(issues(ArticleSchema, { ...validArticle, source: { name: 'S', url: 'javascript:alert(1)' } })).toMatchObject([
    { message: '"javascript:alert(1)" is not an allowed link (https:, http:, mailto: or a path starting with /)' },
  ]);
  for (const url of ['https://example.org', 'http://example.org/a?b=c', 'mailto:desk@example.org', '/about']) {
    expect(issues(ArticleSchema, { ...validArticle, source: { name: 'S', url } }), url).toEqual([]);
  }
});

test('a source needs a name; its url is optional', () => {
  expect(issues(ArticleSchema, { ...validArticle, source: { name: 'Reuters' } })).toEqual([]);
  expect(issues(ArticleSchema, { ...validArticle, source: { url: 'https://example.org' } })).toMatchObject([
    { path: ['source', 'name'] },
  ]);
});

test('image src: https: URLs and paths inside the content folder are accepted', () => {
  for (const src of ['images/lead.jpg', 'images/2025/08/lead.webp', 'lead.jpg', 'https://cdn.example.org/a.jpg']) {
    expect(issues(ArticleSchema, { ...validArticle, image: { ...validArticle.image, src } }), src).toEqual([]);
  }
  const { src: _src, ...withoutSrc } = validArticle.image;
  expect(issues(ArticleSchema, { ...validArticle, image: withoutSrc })).toEqual([]);
});

test('image src: paths leaving the folder, absolute paths and http: URLs are rejected', () => {
  for (const src of [
    'images/../secret.jpg',
    '../outside.jpg',
    './images/a.jpg',
    'images//a.jpg',
    '/images/a.jpg',
    'images\\a.jpg',
    'http://cdn.example.org/a.jpg',
    'javascript:alert(1)',
    'data:image/png;base64,AAAA',
    'file:///etc/passwd',
    '',
  ]) {
    expect(issues(ArticleSchema, { ...validArticle, image: { ...validArticle.image, src } }), src).toMatchObject([
      { path: ['image', 'src'] },
    ]);
  }
  expect(
    issues(ArticleSchema, {
      ...validArticle,
      body: [{ type: 'image', src: 'images/../x.jpg', alt: '', width: 1, height: 1 }],
    }),
  ).toMatchObject([{ path: ['body', 0, 'src'] }]);
});

test('isContentPath accepts relative paths without . or .. segments and nothing else', () => {
  expect(isContentPath('images/a.jpg')).toBe(true);
  expect(isContentPath('a.jpg')).toBe(true);
  for (const value of [
    '',
    '/a.jpg',
    'images/../a.jpg',
    '..',
    './a.jpg',
    'images//a.jpg',
    'images/',
    'a\\b.jpg',
    'https://x.org/a.jpg',
    'c:/a.jpg',
  ]) {
    expect(isContentPath(value), value).toBe(false);
  }
});

test('image width and height must be positive integers', () => {
  for (const width of [0, -1, 1.5, '800']) {
    expect(
      issues(ArticleSchema, { ...validArticle, image: { ...validArticle.image, width } }),
      String(width),
    ).toMatchObject([{ path: ['image', 'width'] }]);
  }
  expect(issues(ArticleSchema, { ...validArticle, image: { ...validArticle.image, height: 0 } })).toMatchObject([
    { path: ['image', 'height'], message: 'must be a positive integer' },
  ]);
  expect(issues(ArticleSchema, { ...validArticle, image: { ...validArticle.image, width: 1, height: 1 } })).toEqual([]);
});

test('(1.1) an image in the content folder may leave out width and height, as lead, body image and avatar', () => {
  const { width: _width, height: _height, ...unsized } = validArticle.image;
  expect(unsized.src).toBe('images/lead.jpg');
  expect(issues(ArticleSchema, { ...validArticle, image: unsized, body: [{ type: 'image', ...unsized }] })).toEqual([]);
  expect(issues(AuthorsSchema, [{ ...validAuthor, avatar: { src: 'images/jane.jpg', alt: '' } }])).toEqual([]);
});

test('(1.1) an https: image and an image without src still need width and height', () => {
  const https = { src: 'https://cdn.example.org/a.jpg', alt: '' };
  const withoutSrc = { alt: 'A photo we could not get' };
  const needed = (kind: string) => `required field is missing (${kind} needs width and height)`;
  expect(
    issues(ArticleSchema, { ...validArticle, image: https, body: [{ type: 'image', ...withoutSrc }] }),
  ).toMatchObject([
    { path: ['image', 'width'], message: needed('an https: image') },
    { path: ['image', 'height'], message: needed('an https: image') },
    { path: ['body', 0, 'width'], message: needed('an image without src') },
    { path: ['body', 0, 'height'], message: needed('an image without src') },
  ]);
  expect(issues(AuthorsSchema, [{ ...validAuthor, avatar: { ...withoutSrc, height: 96 } }])).toMatchObject([
    { path: [0, 'avatar', 'width'], message: needed('an image without src') },
  ]);
});

test('(1.1) a missing size is reported beside a wrong one, not after it is fixed', () => {
  expect(issues(ArticleSchema, { ...validArticle, image: { alt: '', width: '800' } })).toMatchObject([
    { path: ['image', 'width'], message: 'must be a positive integer' },
    { path: ['image', 'height'], message: 'required field is missing (an image without src needs width and height)' },
  ]);
});

test('(1.1) an image in the content folder gives both width and height or neither', () => {
  expect(issues(ArticleSchema, { ...validArticle, image: { src: 'images/a.jpg', alt: '', width: 800 } })).toMatchObject(
    [
      {
        path: ['image', 'height'],
        message: 'required when width is given (or leave both out to read them from the file)',
      },
    ],
  );
  expect(
    issues(ArticleSchema, { ...validArticle, image: { src: 'images/a.jpg', alt: '', height: 600 } }),
  ).toMatchObject([
    {
      path: ['image', 'width'],
      message: 'required when height is given (or leave both out to read them from the file)',
    },
  ]);
});

test('an unknown block type is rejected at its index in the body', () => {
  const article = { ...validArticle, body: ['Text.', { type: 'video', src: 'https://example.org/v.mp4' }] };
  expect(issues(ArticleSchema, article)).toMatchObject([{ code: 'invalid_union', path: ['body', 1] }]);
});

test('malformed blocks are rejected: no type, missing text, empty list, non-string paragraph', () => {
  for (const block of [{ text: 'no type' }, { type: 'heading' }, { type: 'list', items: [] }, 42, null, ['text'], '']) {
    const found = issues(ArticleSchema, { ...validArticle, body: ['Fine.', block] });
    expect(
      found.map((issue) => issue.path.slice(0, 2)),
      JSON.stringify(block),
    ).toEqual([['body', 1]]);
  }
  expect(issues(ArticleSchema, { ...validArticle, body: [{ type: 'quote', text: 'Q', by: 'x' }] })).toMatchObject([
    { path: ['body', 0] },
  ]);
});

test('an article needs at least one author and at least one block', () => {
  expect(issues(ArticleSchema, { ...validArticle, authors: [] })).toMatchObject([
    { code: 'too_small', path: ['authors'], message: 'an article needs at least one author' },
  ]);
  expect(issues(ArticleSchema, { ...validArticle, body: [] })).toMatchObject([
    { code: 'too_small', path: ['body'], message: 'an article needs at least one block' },
  ]);
});

test("site.json's url is read as a browser reads it, and must be only where the site is", () => {
  const urlOf = (url: string) => SiteSchema.safeParse({ ...validSite, url }).data?.url;
  expect(urlOf('https://Ledger.Example.org/')).toBe('https://ledger.example.org');
  expect(urlOf('https://münchen.example/news/')).toBe('https://xn--mnchen-3ya.example/news');
  expect(urlOf('https:ledger.example.org')).toBe('https://ledger.example.org');
  expect(urlOf('https://ledger.example.org:443/a b')).toBe('https://ledger.example.org/a%20b');
  for (const url of [
    'https://ledger.example.org ',
    ' https://ledger.example.org',
    'https://ledger.example.org/news?ref=x',
    'https://ledger.example.org/?',
    'https://ledger.example.org/#top',
    'https://ledger.example.org/#',
    'https://editor:secret@ledger.example.org',
  ])
    expect(issues(SiteSchema, { ...validSite, url }), url).toMatchObject([{ path: ['url'] }]);
});

test('site.json: language defaults to en; url must be https; unknown fields are rejected', () => {
  const parsed = SiteSchema.safeParse(validSite);
  expect(parsed.data?.language).toBe('en');
  expect(SiteSchema.safeParse({ ...validSite, language: 'uk' }).data?.language).toBe('uk');
  expect(issues(SiteSchema, { ...validSite, url: 'http://ledger.example.org' })).toMatchObject([{ path: ['url'] }]);
  expect(issues(SiteSchema, { ...validSite, url: '/relative' })).toMatchObject([{ path: ['url'] }]);
  expect(issues(SiteSchema, { ...validSite, language: 'en_US' })).toMatchObject([{ path: ['language'] }]);
  expect(issues(SiteSchema, { ...validSite, membershipUrl: 'javascript:alert(1)' })).toMatchObject([
    { path: ['membershipUrl'] },
  ]);
  expect(issues(SiteSchema, { ...validSite, membershipUrl: 'https://ledger.example.org/join' })).toEqual([]);
  expect(issues(SiteSchema, { ...validSite, tagline: 'typo' })).toMatchObject([
    { code: 'unrecognized_keys', keys: ['tagline'] },
  ]);
  const { title: _title, ...withoutTitle } = validSite;
  expect(issues(SiteSchema, withoutTitle)).toMatchObject([{ path: ['title'] }]);
});

test('authors.json: a full author is valid, an empty array is valid', () => {
  expect(issues(AuthorsSchema, [validAuthor])).toEqual([]);
  expect(issues(AuthorsSchema, [])).toEqual([]);
  expect(issues(AuthorsSchema, [{ slug: 'a', name: 'A' }])).toEqual([]);
});

test('authors.json: javascript: author links, bad avatars, unknown fields and missing names are rejected', () => {
  expect(
    issues(AuthorsSchema, [{ ...validAuthor, links: [{ label: 'Profile', url: 'javascript:alert(1)' }] }]),
  ).toMatchObject([{ path: [0, 'links', 0, 'url'] }]);
  expect(
    issues(AuthorsSchema, [{ ...validAuthor, links: [{ label: 'Mail', url: 'mailto:jane@example.org' }] }]),
  ).toEqual([]);
  expect(
    issues(AuthorsSchema, [{ ...validAuthor, avatar: { ...validAuthor.avatar, src: '../jane.jpg' } }]),
  ).toMatchObject([{ path: [0, 'avatar', 'src'] }]);
  expect(issues(AuthorsSchema, [{ ...validAuthor, avatar: { ...validAuthor.avatar, width: 0 } }])).toMatchObject([
    { path: [0, 'avatar', 'width'] },
  ]);
  expect(issues(AuthorsSchema, [validAuthor, { ...validAuthor, slug: 'john', twitter: '@john' }])).toMatchObject([
    { code: 'unrecognized_keys', keys: ['twitter'], path: [1] },
  ]);
  expect(issues(AuthorsSchema, [{ slug: 'nameless' }])).toMatchObject([{ path: [0, 'name'] }]);
  expect(issues(AuthorsSchema, [{ ...validAuthor, slug: 'Jane Doe' }])).toMatchObject([{ path: [0, 'slug'] }]);
  expect(issues(AuthorsSchema, validAuthor)).toMatchObject([{ code: 'invalid_type', path: [] }]);
});

test('tags.json: valid tags pass; bad slugs, unknown fields and missing names are rejected', () => {
  expect(issues(TagsSchema, [{ slug: 'north-korea', name: 'North Korea', description: 'The DPRK.' }])).toEqual([]);
  expect(issues(TagsSchema, [{ slug: 'North_Korea', name: 'North Korea' }])).toMatchObject([{ path: [0, 'slug'] }]);
  expect(issues(TagsSchema, [{ slug: 'russia', name: 'Russia', colour: 'red' }])).toMatchObject([
    { code: 'unrecognized_keys', keys: ['colour'], path: [0] },
  ]);
  expect(issues(TagsSchema, [{ slug: 'russia' }])).toMatchObject([{ path: [0, 'name'] }]);
  expect(issues(TagsSchema, [{ slug: 'russia', name: '' }])).toMatchObject([{ path: [0, 'name'] }]);
});
