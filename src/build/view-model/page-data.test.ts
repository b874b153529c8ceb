import { expect, test } from 'vitest';

import authorsJson from '../../content/authors.json';
import siteJson from '../../content/site.json';
import tagsJson from '../../content/tags.json';
import { dataPaths, pageAddresses, pageFileUrl } from '../../lib/content/data-paths.ts';
import { pathnameOf, type PageDataByKind, type PageKind, type PageOf } from '../../lib/page-kinds.ts';
import type { Content } from './catalogue.ts';
import { buildPageData, type PageData } from './page-data.ts';
import { tagFilterData } from './site-pages.ts';
import { articleNumber, summaryPosition } from '../../lib/content/pagination.ts';
import {
  ArticleSchema,
  type Author,
  AuthorsSchema,
  type Site,
  SiteSchema,
  TagsSchema,
  type Tag,
} from '../content/schema.ts';
import { sizeArticle, sizeAuthor } from '../content/size-images.ts';
import { anArticleFile, day, noImageFiles } from '../test-content.ts';

/** The data of the page at `address`, which must exist, typed by its kind. */
function read<K extends PageKind>(data: PageData, kind: K, address: string): PageDataByKind[K] {
  const isKind = (page: PageOf<PageKind>): page is PageOf<K> => page.kind === kind;
  for (const page of data.pages) if (pathnameOf(page) === address && isKind(page)) return page.data;
  throw new Error(`no ${kind} page at ${address}`);
}

/** The paths of every data file the build writes. */
function filePaths(data: PageData): Set<string> {
  return new Set(data.files.map((file) => file.path));
}

/** The address of every page with data. */
function addresses(data: PageData): Set<string> {
  return new Set(data.pages.flatMap((page) => (page.data === null ? [] : [pathnameOf(page)])));
}

const slugsOf = (items: readonly { slug: string }[]) => items.map((item) => item.slug);

const site: Site = { title: 'The Ledger', description: 'News.', url: 'https://ledger.example.org', language: 'en' };

const jane: Author = { slug: 'jane-doe', name: 'Jane Doe' };
const alex: Author = { slug: 'alex-roe', name: 'Alex Roe', role: 'Editor', bio: 'One.\n\nTwo.' };

function tag(slug: string, name = slug): Tag {
  return { slug, name };
}

const article = anArticleFile;

function content(fields: Partial<Content>): Content {
  return { site, authors: [jane], tags: [], articles: [], pages: [], ...fields };
}

test("data files only for what many addresses share (the summaries of each latest page, the tag filter, the search index) and the indexes' lists", () => {
  const data = buildPageData(
    content({
      authors: [jane, alex],
      tags: [tag('russia'), tag('unused')],
      articles: [article('first', { tags: ['russia'] }), article('second')],
    }),
  );
  const paths = [...filePaths(data)].sort();
  // The search index's parts are named by its terms (its own tests: lib/search/query.test.ts).
  const searchParts = paths.filter((file) => /^data\/search\/(terms|typos|postings)-/.test(file));
  expect(searchParts).toContain(dataPaths.searchPart('fi'));
  expect(searchParts).toContain(dataPaths.searchShard('fi', 0));
  expect(paths.filter((file) => !searchParts.includes(file))).toEqual([
    'data/authors.json',
    'data/search/terms.json',
    'data/summaries-by-number/0.json',
    'data/tag-filter.json',
    'data/tags.json',
  ]);
  // The indexes' files hold what their pages' islands hold: a navigation to an index fetches the file alone.
  const file = (path: string) => data.files.find((entry) => entry.path === path)?.data;
  const island = (kind: string) => data.pages.find((page) => page.kind === kind)?.data;
  expect(file(dataPaths.tagIndex())).toEqual(island('tag-index'));
  expect(file(dataPaths.authorIndex())).toEqual(island('author-index'));
  // Every other address has its data in its own page (the prerender writes it as an island).
  expect([...addresses(data)].sort()).toEqual([
    '/',
    '/articles/first',
    '/articles/second',
    '/authors',
    '/authors/alex-roe',
    '/authors/jane-doe',
    '/tags',
    '/tags/russia',
    '/tags/unused',
  ]);
  // Two articles, numbered from the oldest: the summaries file is the home's list reversed.
  expect(data.files.find((file) => file.path === 'data/summaries-by-number/0.json')?.data).toEqual(
    read(data, 'latest', '/').items.toReversed(),
  );
});

test('pageAddresses names the pages whose islands the client reads, dataPaths the files it fetches', () => {
  expect(pageAddresses.latest(1)).toBe('/');
  expect(pageAddresses.latest(2)).toBe('/page/2');
  expect(pageAddresses.article('foo')).toBe('/articles/foo');
  expect(pageAddresses.tag('russia', 3)).toBe('/tags/russia/page/3');
  expect(pageAddresses.author('jane-doe', 1)).toBe('/authors/jane-doe');
  expect(pageAddresses.tagIndex()).toBe('/tags');
  expect(pageAddresses.authorIndex()).toBe('/authors');
  expect(pageAddresses.page('about')).toBe('/about');
  expect(pageFileUrl('/')).toBe('');
  expect(pageFileUrl('/articles/foo')).toBe('articles/foo/');
  expect(dataPaths.summaries(2)).toBe('data/summaries-by-number/2.json');
  expect(dataPaths.tagFilter()).toBe('data/tag-filter.json');
  expect(dataPaths.tagIndex()).toBe('data/tags.json');
  expect(dataPaths.authorIndex()).toBe('data/authors.json');
  expect(dataPaths.searchManifest()).toBe('data/search/terms.json');
  expect(dataPaths.searchPart('ku')).toBe('data/search/terms-6b-75.json');
  expect(dataPaths.searchTypoPart('ки')).toBe('data/search/typos-43a-438.json');
  expect(dataPaths.searchShard('ku', 2)).toBe('data/search/postings-6b-75-2.json');
});

test('the site info comes from site.json, with no membership URL as null', () => {
  expect(buildPageData(content({})).site).toEqual({
    title: 'The Ledger',
    description: 'News.',
    url: 'https://ledger.example.org',
    language: 'en',
    membershipUrl: null,
    footerPages: [],
  });
  expect(
    buildPageData(content({ site: { ...site, membershipUrl: 'https://x.example/join' } })).site.membershipUrl,
  ).toBe('https://x.example/join');
});

test('45 articles make latest pages 1, 2 and 3 of 20, 20 and 5, newest first across pages', () => {
  const articles = Array.from({ length: 45 }, (_, index) => article(`a${index + 1}`, { publishedAt: day(index + 1) }));
  const data = buildPageData(content({ articles }));
  const pages = [1, 2, 3].map((page) => read(data, 'latest', pageAddresses.latest(page)));
  expect(pages.map((list) => list.page)).toEqual([1, 2, 3]);
  expect(pages.map((list) => list.items.length)).toEqual([20, 20, 5]);
  expect(pages.map((list) => list.pageCount)).toEqual([3, 3, 3]);
  expect(pages.map((list) => list.total)).toEqual([45, 45, 45]);
  expect(addresses(data).has(pageAddresses.latest(4))).toBe(false);
  const order = pages.flatMap((list) => slugsOf(list.items));
  expect(order).toEqual(Array.from({ length: 45 }, (_, index) => `a${45 - index}`));
});

test('exactly 20 articles are one page; no articles is still one empty page', () => {
  const twenty = Array.from({ length: 20 }, (_, index) => article(`a${index}`));
  const full = buildPageData(content({ articles: twenty }));
  expect(read(full, 'latest', pageAddresses.latest(1))).toMatchObject({ page: 1, pageCount: 1, total: 20 });
  expect(addresses(full).has(pageAddresses.latest(2))).toBe(false);
  const empty = buildPageData(content({}));
  expect(read(empty, 'latest', pageAddresses.latest(1))).toEqual({ page: 1, pageCount: 1, total: 0, items: [] });
});

test('tag and author pages list their own articles, newest first, in pages of 20', () => {
  const articles = Array.from({ length: 25 }, (_, index) =>
    article(`a${index + 1}`, {
      publishedAt: day(index + 1),
      tags: index % 5 === 0 ? ['rare'] : ['common'],
      authors: index < 21 ? [jane.slug] : [alex.slug],
    }),
  );
  const data = buildPageData(content({ authors: [jane, alex], tags: [tag('common'), tag('rare')], articles }));

  const common = read(data, 'tag', pageAddresses.tag('common', 1));
  expect(common.tag).toMatchObject({ slug: 'common', articleCount: 20 });
  expect(common.list).toMatchObject({ page: 1, pageCount: 1, total: 20 });
  expect(common.list.items).toHaveLength(20);
  expect(addresses(data).has(pageAddresses.tag('common', 2))).toBe(false);
  const rare = read(data, 'tag', pageAddresses.tag('rare', 1));
  expect(slugsOf(rare.list.items)).toEqual(['a21', 'a16', 'a11', 'a6', 'a1']);

  const jane1 = read(data, 'author', pageAddresses.author(jane.slug, 1));
  const jane2 = read(data, 'author', pageAddresses.author(jane.slug, 2));
  expect(jane1.author).toMatchObject({ slug: 'jane-doe', articleCount: 21 });
  expect(jane1.list.items).toHaveLength(20);
  expect(jane2.list).toMatchObject({ page: 2, pageCount: 2, total: 21 });
  expect(slugsOf(jane2.list.items)).toEqual(['a1']);
  expect(addresses(data).has(pageAddresses.author(jane.slug, 3))).toBe(false);
  const alexPage = read(data, 'author', pageAddresses.author(alex.slug, 1));
  expect(slugsOf(alexPage.list.items)).toEqual(['a25', 'a24', 'a23', 'a22']);
});

test('tag pages split at 20 too: 25 tagged articles make pages of 20 and 5', () => {
  const articles = Array.from({ length: 25 }, (_, index) =>
    article(`a${index + 1}`, { publishedAt: day(index + 1), tags: ['russia'] }),
  );
  const data = buildPageData(content({ tags: [tag('russia', 'Russia')], articles }));
  const first = read(data, 'tag', pageAddresses.tag('russia', 1));
  const second = read(data, 'tag', pageAddresses.tag('russia', 2));
  expect(first.list).toMatchObject({ page: 1, pageCount: 2, total: 25 });
  expect(first.list.items).toHaveLength(20);
  expect(second.list).toMatchObject({ page: 2, pageCount: 2, total: 25 });
  expect(slugsOf(second.list.items)).toEqual(['a5', 'a4', 'a3', 'a2', 'a1']);
  expect(second.tag).toEqual({ slug: 'russia', name: 'Russia', description: null, articleCount: 25 });
});

test('tag and author counts are the number of articles with that tag or author', () => {
  const data = buildPageData(
    content({
      authors: [jane, alex],
      tags: [tag('russia'), tag('ukraine'), tag('empty')],
      articles: [
        article('one', { tags: ['russia', 'ukraine'], authors: [jane.slug, alex.slug] }),
        article('two', { tags: ['russia'], authors: [jane.slug] }),
        article('three', { tags: ['russia'], authors: [jane.slug] }),
      ],
    }),
  );
  const tagIndex = read(data, 'tag-index', pageAddresses.tagIndex());
  expect(tagIndex.tags.map((profile) => [profile.slug, profile.articleCount])).toEqual([
    ['russia', 3],
    ['ukraine', 1],
  ]);
  expect(read(data, 'tag', pageAddresses.tag('empty', 1)).tag.articleCount).toBe(0);
  const authorIndex = read(data, 'author-index', pageAddresses.authorIndex());
  expect(authorIndex.authors.map((profile) => [profile.slug, profile.articleCount])).toEqual([
    ['alex-roe', 1],
    ['jane-doe', 3],
  ]);
  const view = read(data, 'article', pageAddresses.article('one'));
  expect(view.authors.map((profile) => profile.articleCount)).toEqual([3, 1]);
});

test('the tag index lists only tags with articles, sorted by name, without what only their page shows', () => {
  const data = buildPageData(
    content({
      tags: [
        { ...tag('zeta', 'Zeta'), description: 'Everything from the end of the alphabet.' },
        tag('unused', 'Aardvark'),
        tag('alpha', 'alpha'),
        tag('mid', 'Middle'),
      ],
      articles: [article('one', { tags: ['zeta', 'mid'] }), article('two', { tags: ['alpha'] })],
    }),
  );
  const index = read(data, 'tag-index', pageAddresses.tagIndex());
  expect(slugsOf(index.tags)).toEqual(['alpha', 'mid', 'zeta']);
  expect(index.tags.at(-1)).toEqual({ slug: 'zeta', name: 'Zeta', articleCount: 1 });
  // The tag's own page has its description.
  expect(read(data, 'tag', pageAddresses.tag('zeta', 1)).tag.description).toBe(
    'Everything from the end of the alphabet.',
  );
});

test('the author index lists every author, with or without articles, sorted by name, without what only their page shows', () => {
  const zoe: Author = { slug: 'zoe', name: 'Zoë Adams' };
  const data = buildPageData(content({ authors: [zoe, jane, alex], articles: [article('one')] }));
  const index = read(data, 'author-index', pageAddresses.authorIndex());
  expect(index.authors.map((profile) => profile.name)).toEqual(['Alex Roe', 'Jane Doe', 'Zoë Adams']);
  expect(index.authors[0]).toEqual({
    slug: 'alex-roe',
    name: 'Alex Roe',
    role: 'Editor',
    avatar: null,
    articleCount: 0,
  });
});

test('related articles: ranked by shared tags, then recency; at most 3; never the article itself', () => {
  const tags = [tag('a'), tag('b'), tag('c'), tag('d')];
  const data = buildPageData(
    content({
      tags,
      articles: [
        article('subject', { tags: ['a', 'b', 'c'], publishedAt: day(5) }),
        article('three-shared-old', { tags: ['c', 'b', 'a'], publishedAt: day(1) }),
        article('two-shared-new', { tags: ['a', 'b'], publishedAt: day(9) }),
        article('one-shared-newest', { tags: ['c'], publishedAt: day(10) }),
        article('one-shared-older', { tags: ['a', 'd'], publishedAt: day(8) }),
        article('none-shared', { tags: ['d'], publishedAt: day(11) }),
      ],
    }),
  );
  const view = read(data, 'article', pageAddresses.article('subject'));
  expect(slugsOf(view.related)).toEqual(['three-shared-old', 'two-shared-new', 'one-shared-newest']);

  const other = read(data, 'article', pageAddresses.article('one-shared-older'));
  // Shares "a" with three articles and "d" with one; ties on count go to the newest.
  expect(slugsOf(other.related)).toEqual(['none-shared', 'two-shared-new', 'subject']);
  for (const slug of ['subject', 'three-shared-old', 'two-shared-new', 'one-shared-newest', 'one-shared-older']) {
    expect(slugsOf(read(data, 'article', pageAddresses.article(slug)).related), slug).not.toContain(slug);
  }
});

test('related articles are headline, section and date: what the compact list shows', () => {
  const data = buildPageData(
    content({
      tags: [tag('russia', 'Russia')],
      articles: [
        article('one', { tags: ['russia'] }),
        article('two', { tags: ['russia'], title: 'Two', standfirst: 'Dek.', publishedAt: day(3) }),
      ],
    }),
  );
  expect(read(data, 'article', pageAddresses.article('one')).related).toEqual([
    { slug: 'two', title: 'Two', publishedAt: day(3), primaryTag: { slug: 'russia', name: 'Russia' } },
  ]);
});

test("a list entry's photo is the thumbnail it draws: none without a file, and no caption or credit", () => {
  const data = buildPageData(
    content({
      articles: [
        article('with-photo', {
          image: {
            src: 'https://cdn.example.org/a.jpg',
            alt: 'A',
            width: 1200,
            height: 800,
            caption: 'Cap.',
            credit: 'AFP',
          },
          publishedAt: day(2),
        }),
        article('photo-unavailable', {
          image: { alt: 'Gone', width: 1200, height: 800, caption: 'Still captioned', credit: 'AFP' },
          publishedAt: day(1),
        }),
      ],
    }),
  );
  const [withPhoto, unavailable] = read(data, 'latest', pageAddresses.latest(1)).items;
  expect(withPhoto?.image).toEqual({
    file: { kind: 'single', src: 'https://cdn.example.org/a.jpg' },
    alt: 'A',
    width: 1200,
    height: 800,
    tone: null,
  });
  expect(unavailable?.slug).toBe('photo-unavailable');
  expect(unavailable?.image).toBeNull();
});

test('no related articles without a shared tag, or without tags at all', () => {
  const data = buildPageData(
    content({
      tags: [tag('a'), tag('b')],
      articles: [
        article('only-a', { tags: ['a'] }),
        article('only-b', { tags: ['b'] }),
        article('untagged-1'),
        article('untagged-2'),
      ],
    }),
  );
  for (const slug of ['only-a', 'only-b', 'untagged-1', 'untagged-2']) {
    expect(read(data, 'article', pageAddresses.article(slug)).related, slug).toEqual([]);
  }
});

test('the image resolver is applied to every content image, and images without src stay null', () => {
  const calls: string[] = [];
  const resolve = (src: string) => {
    calls.push(src);
    return { file: { kind: 'single' as const, src: `/assets/${src.replace(/\//g, '_')}` }, tone: 3 };
  };
  const data = buildPageData(
    content({
      authors: [{ ...jane, avatar: { src: 'images/jane.jpg', alt: 'Jane', width: 100, height: 100 } }],
      articles: [
        article('one', {
          image: { src: 'images/lead.jpg', alt: 'Lead', width: 1200, height: 800, credit: 'AFP' },
          body: [
            'Text.',
            { type: 'image', src: 'https://cdn.example.org/b.jpg', alt: 'Body', width: 4, height: 3 },
            { type: 'image', alt: 'Unavailable', width: 16, height: 9, caption: 'Still captioned' },
          ],
        }),
      ],
    }),
    resolve,
  );
  const view = read(data, 'article', pageAddresses.article('one'));
  expect(view.image).toEqual({
    file: { kind: 'single', src: '/assets/images_lead.jpg' },
    alt: 'Lead',
    width: 1200,
    height: 800,
    caption: null,
    credit: 'AFP',
    tone: 3,
  });
  expect(view.body.slice(1)).toEqual([
    {
      type: 'image',
      image: {
        file: { kind: 'single', src: '/assets/https:__cdn.example.org_b.jpg' },
        alt: 'Body',
        width: 4,
        height: 3,
        caption: null,
        credit: null,
        tone: 3,
      },
    },
    {
      type: 'image',
      image: {
        file: null,
        alt: 'Unavailable',
        width: 16,
        height: 9,
        caption: 'Still captioned',
        credit: null,
        tone: null,
      },
    },
  ]);
  const janeFile = { kind: 'single', src: '/assets/images_jane.jpg' };
  expect(view.authors[0]?.avatar?.file).toEqual(janeFile);
  expect(read(data, 'latest', pageAddresses.latest(1)).items[0]?.image?.file).toEqual(view.image?.file);
  expect(read(data, 'author-index', pageAddresses.authorIndex()).authors[0]?.avatar?.file).toEqual(janeFile);
  expect(new Set(calls)).toEqual(new Set(['images/lead.jpg', 'images/jane.jpg', 'https://cdn.example.org/b.jpg']));
});

test('without a resolver, image src is kept as written (unit tests only: a build resolves every one)', () => {
  const data = buildPageData(
    content({ articles: [article('one', { image: { src: 'images/lead.jpg', alt: '', width: 1, height: 1 } })] }),
  );
  expect(read(data, 'article', pageAddresses.article('one')).image?.file).toEqual({
    kind: 'single',
    src: 'images/lead.jpg',
  });
});

test('article view: reading time counts the text of every block (paragraphs, headings, quotes and cites, list items, captions), not the standfirst, alt text or credits', () => {
  const words = (count: number, prefix: string) =>
    Array.from({ length: count }, (_, index) => `${prefix}${index}`).join(' ');
  const data = buildPageData(
    content({
      articles: [
        article('short', { standfirst: words(500, 's'), body: [words(200, 'p')] }),
        article('paragraph-and-heading', { body: [words(150, 'p'), { type: 'heading', text: words(51, 'h') }] }),
        // 197 + 2 quoted + 3 in the cite = 202 words; 199 without the cite.
        article('quote-cite', {
          body: [words(197, 'p'), { type: 'quote', text: 'Quoted words', cite: 'Jane Q. Public' }],
        }),
        article('list', { body: [words(100, 'p'), { type: 'list', items: [words(50, 'i'), words(51, 'j')] }] }),
        // 150 + 51 in the caption = 201 words; the alt text and the credit are not read as the story.
        article('image', {
          body: [
            words(150, 'p'),
            {
              type: 'image',
              alt: words(50, 'a'),
              width: 1,
              height: 1,
              caption: words(51, 'c'),
              credit: words(50, 'd'),
            },
          ],
        }),
        article('image-credit', {
          body: [words(150, 'p'), { type: 'image', alt: words(50, 'a'), width: 1, height: 1, credit: words(51, 'd') }],
        }),
      ],
    }),
  );
  const minutes = (slug: string) => read(data, 'article', pageAddresses.article(slug)).readingMinutes;
  expect(minutes('short')).toBe(1);
  expect(minutes('paragraph-and-heading')).toBe(2);
  expect(minutes('quote-cite')).toBe(2);
  expect(minutes('list')).toBe(2);
  expect(minutes('image')).toBe(2);
  expect(minutes('image-credit')).toBe(1);
});

test('article view: tags keep their written order, the primary tag first, with their names', () => {
  const data = buildPageData(
    content({
      tags: [tag('alpha', 'Alpha'), tag('zulu', 'Zulu'), tag('mike', 'Mike')],
      articles: [article('one', { tags: ['zulu', 'alpha', 'mike'] })],
    }),
  );
  expect(read(data, 'article', pageAddresses.article('one')).tags).toEqual([
    { slug: 'zulu', name: 'Zulu' },
    { slug: 'alpha', name: 'Alpha' },
    { slug: 'mike', name: 'Mike' },
  ]);
  expect(read(data, 'latest', pageAddresses.latest(1)).items[0]?.primaryTag).toEqual({ slug: 'zulu', name: 'Zulu' });
});

test('article view: an untagged article has no tags and no primary tag', () => {
  const data = buildPageData(content({ articles: [article('one')] }));
  expect(read(data, 'article', pageAddresses.article('one')).tags).toEqual([]);
  expect(read(data, 'latest', pageAddresses.latest(1)).items[0]?.primaryTag).toBeNull();
});

test('article view: fields, authors in written order with profiles, body blocks and source', () => {
  const data = buildPageData(
    content({
      authors: [jane, { ...alex, links: [{ label: 'Site', url: 'https://alex.example' }] }],
      articles: [
        article('one', {
          title: 'The title',
          publishedAt: '2025-08-22T09:30:00+03:00',
          updatedAt: '2025-08-23',
          authors: [alex.slug, jane.slug],
          body: [
            { type: 'heading', text: 'Heading first', level: 2 },
            'The **first** paragraph.',
            { type: 'quote', text: 'Quote' },
            { type: 'list', items: ['x'] },
            { type: 'list', ordered: true, items: ['y', 'z'] },
          ],
          source: { name: 'Reuters' },
        }),
      ],
    }),
  );
  expect(read(data, 'article', pageAddresses.article('one'))).toEqual({
    slug: 'one',
    title: 'The title',
    standfirst: null,
    excerpt: 'The first paragraph.',
    publishedAt: '2025-08-22T09:30:00+03:00',
    updatedAt: '2025-08-23',
    readingMinutes: 1,
    authors: [
      {
        slug: 'alex-roe',
        name: 'Alex Roe',
        role: 'Editor',
        bio: ['One.', 'Two.'],
        avatar: null,
        links: [{ label: 'Site', url: 'https://alex.example' }],
        articleCount: 1,
      },
      { slug: 'jane-doe', name: 'Jane Doe', role: null, bio: [], avatar: null, links: [], articleCount: 1 },
    ],
    tags: [],
    image: null,
    body: [
      { type: 'heading', text: 'Heading first', level: 2 },
      // Inline markup is parsed here, at build time: views render nodes.
      { type: 'paragraph', content: ['The ', { type: 'strong', children: ['first'] }, ' paragraph.'] },
      { type: 'quote', content: ['Quote'], cite: null },
      { type: 'list', ordered: false, items: [['x']] },
      { type: 'list', ordered: true, items: [['y'], ['z']] },
    ],
    source: { name: 'Reuters', url: null },
    access: 'public',
    related: [],
  });
  const summary = read(data, 'latest', pageAddresses.latest(1)).items[0];
  expect(summary?.authors).toEqual([
    { slug: 'alex-roe', name: 'Alex Roe' },
    { slug: 'jane-doe', name: 'Jane Doe' },
  ]);
});

test('article view: the standfirst is the excerpt when there is one', () => {
  const data = buildPageData(
    content({
      articles: [article('one', { standfirst: 'The dek.', source: { name: 'AP', url: 'https://ap.example' } })],
    }),
  );
  const view = read(data, 'article', pageAddresses.article('one'));
  expect(view.standfirst).toBe('The dek.');
  expect(view.excerpt).toBe('The dek.');
  expect(view.source).toEqual({ name: 'AP', url: 'https://ap.example' });
  expect(read(data, 'latest', pageAddresses.latest(1)).items[0]?.excerpt).toBe('The dek.');
});

test('the bundled content: the seed article is a 2 minute read by Olena Goncharova with 5 tags in order', () => {
  const bundledArticles = import.meta.glob('../../content/articles/*.json', { eager: true, import: 'default' });
  const data = buildPageData({
    pages: [],
    site: SiteSchema.parse(siteJson),
    authors: AuthorsSchema.parse(authorsJson).map((author) => sizeAuthor(author, noImageFiles)),
    tags: TagsSchema.parse(tagsJson),
    articles: Object.values(bundledArticles).map((json) => sizeArticle(ArticleSchema.parse(json), noImageFiles)),
  });
  const view = read(
    data,
    'article',
    pageAddresses.article('kim-jong-un-reportedly-awards-troops-who-fought-for-russia'),
  );
  expect(view.readingMinutes).toBe(2);
  expect(slugsOf(view.tags)).toEqual(['north-korea', 'russia', 'kim-jong-un', 'military-aid', 'russian-troops']);
  expect(view.tags[2]).toEqual({ slug: 'kim-jong-un', name: 'Kim Jong Un' });
  expect(view.authors.map((author) => author.name)).toEqual(['Olena Goncharova']);
  expect(view.authors[0]?.role).toBe('Head of North America desk');
  expect(view.image).toMatchObject({ file: null, width: 1200, height: 800 });
  expect(view.source).toEqual({ name: 'The Kyiv Independent', url: 'https://kyivindependent.com/' });
  expect(view.excerpt).toBe(
    'North Korean leader Kim Jong Un publicly decorated soldiers who fought alongside Russian forces in the war against Ukraine, state media reported on Aug. 21.',
  );
});

// The tag filter's file

test('the tag filter file lists every tag by name and each article\u2019s tag indexes, oldest first', () => {
  const data = buildPageData(
    content({
      tags: [tag('weather', 'Weather'), tag('rail', 'Rail'), tag('unused', 'Unused'), tag('harbours', 'Harbours')],
      articles: [
        article('old', { tags: ['weather', 'rail'], publishedAt: day(1) }),
        article('new', { tags: ['harbours'], publishedAt: day(3) }),
        article('middle', { publishedAt: day(2) }),
      ],
    }),
  );
  expect(tagFilterData(data.catalogue)).toEqual({
    tags: [
      { slug: 'harbours', name: 'Harbours' },
      { slug: 'rail', name: 'Rail' },
      { slug: 'unused', name: 'Unused' },
      { slug: 'weather', name: 'Weather' },
    ],
    // By number: old (0), middle (1), new (2).
    articles: [[1, 3], [], [0]],
  });
});

test('article n of the tag filter is entry summaryPosition(n) of the summaries files, and n-th from the oldest', () => {
  const tags = [tag('odd'), tag('even'), tag('tens')];
  const articles = Array.from({ length: 45 }, (_, index) =>
    article(`a${index + 1}`, {
      publishedAt: day(index + 1),
      tags: [index % 2 === 0 ? 'odd' : 'even', ...(index % 10 === 0 ? ['tens'] : [])],
    }),
  );
  const data = buildPageData(content({ tags, articles }));
  const filter = tagFilterData(data.catalogue);
  expect(filter.articles).toHaveLength(45);
  const summariesFile = (file: number) => data.files.find((entry) => entry.path === dataPaths.summaries(file))?.data;
  filter.articles.forEach((indexes, n) => {
    const { file, entry } = summaryPosition(n);
    // a1 is the oldest: number 0.
    expect(summariesFile(file)).toHaveProperty([entry, 'slug'], `a${n + 1}`);
    expect(data.catalogue.articles[articleNumber(n, 45)]?.slug).toBe(`a${n + 1}`);
    const view = read(data, 'article', pageAddresses.article(`a${n + 1}`));
    expect(indexes.map((index) => filter.tags[index]?.slug).sort()).toEqual(slugsOf(view.tags).sort());
  });
});

test('(1.1) pages: an address each, in the footer by footerPages, in no list and not in search', () => {
  const about = { slug: 'about', title: 'About us', standfirst: 'Who we are.', body: ['We report.'] };
  const contact = { slug: 'contact', title: 'Contact', updatedAt: '2026-01-02', body: ['Write to us at the desk.'] };
  const data = buildPageData(
    content({
      site: { ...site, footerPages: ['contact', 'about'] },
      articles: [article('first')],
      pages: [about, contact],
    }),
  );
  expect(addresses(data)).toContain('/about');
  expect(read(data, 'page', pageAddresses.page('contact'))).toEqual({
    slug: 'contact',
    title: 'Contact',
    standfirst: null,
    excerpt: 'Write to us at the desk.',
    updatedAt: '2026-01-02',
    image: null,
    body: [{ type: 'paragraph', content: ['Write to us at the desk.'] }],
  });
  expect(data.site.footerPages).toEqual([
    { slug: 'contact', title: 'Contact' },
    { slug: 'about', title: 'About us' },
  ]);
  // Without footerPages, every page by title.
  const byTitle = buildPageData(content({ pages: [contact, about] }));
  expect(byTitle.site.footerPages.map((page) => page.slug)).toEqual(['about', 'contact']);
  // Not an article: absent from the latest list and the search dictionary.
  expect(slugsOf(read(data, 'latest', pageAddresses.latest(1)).items)).toEqual(['first']);
  const search = data.files.filter((file) => file.path.startsWith('data/search/'));
  expect(JSON.stringify(search.map((file) => file.data))).not.toContain('desk');
});

test('(1.1) a members-only article keeps its access; its preview is all the site has of it', () => {
  const data = buildPageData(
    content({ articles: [article('locked', { access: 'members', body: ['The free preview.'] }), article('open')] }),
  );
  expect(read(data, 'article', pageAddresses.article('locked')).access).toBe('members');
  expect(read(data, 'article', pageAddresses.article('open')).access).toBe('public');
});
