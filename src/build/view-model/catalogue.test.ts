import fc from 'fast-check';
import { expect, test } from 'vitest';

import { searchFields } from '../search/build-index.ts';
import type { Author, Block, Image, Tag } from '../content/schema.ts';
import { anArticleFile, day } from '../test-content.ts';
import { catalogueOf, lazyCatalogue, type Content } from './catalogue.ts';
import type { ImageResolver } from './enhance-image.ts';

const site: Content['site'] = {
  title: 'The Ledger',
  description: 'News.',
  url: 'https://ledger.example.org',
  language: 'en',
};
const SLUGS = ['a', 'b', 'c', 'd'];
const TAGS = ['war', 'rail', 'aid'];
const SOURCES = ['images/x.jpg', 'images/y.jpg'];
const photo = (src: string): Image => ({ src, alt: src, width: 1200, height: 800 });

/** A small site, and the tone the resolver gives each photo. */
type Site = { content: Content; tones: Record<string, number> };

const siteArbitrary: fc.Arbitrary<Site> = fc
  .record({
    names: fc.tuple(fc.constantFrom('Jane Doe', 'Jane Roe'), fc.constantFrom('Alex Roe', 'Alex Poe')),
    role: fc.option(fc.constantFrom('Editor', 'Reporter'), { nil: undefined }),
    tagNames: fc.tuple(...TAGS.map((slug) => fc.constantFrom(slug, `${slug} news`))),
    articles: fc.tuple(
      ...SLUGS.map((slug) =>
        fc.record({
          slug: fc.constant(slug),
          title: fc.constantFrom('Bridge reopens', 'Grain ships', 'Talks resume'),
          day: fc.integer({ min: 1, max: 3 }),
          authors: fc.subarray(['jane-doe', 'alex-roe'], { minLength: 1 }),
          tags: fc.subarray(TAGS),
          body: fc.constantFrom('The *bridge* is open.', 'Ships left port.'),
          image: fc.option(fc.constantFrom(...SOURCES), { nil: undefined }),
          inBody: fc.option(fc.constantFrom(...SOURCES), { nil: undefined }),
        }),
      ),
    ),
    tones: fc.tuple(fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 2 })),
  })
  .map(({ names, role, tagNames, articles, tones }) => {
    const authors: Author[] = [
      { slug: 'jane-doe', name: names[0], ...(role === undefined ? {} : { role }) },
      { slug: 'alex-roe', name: names[1] },
    ];
    const tags: Tag[] = TAGS.map((slug, index) => ({ slug, name: tagNames[index] ?? slug }));
    return {
      content: {
        site,
        authors,
        tags,
        pages: [],
        articles: articles.map((fields) =>
          anArticleFile(fields.slug, {
            title: fields.title,
            publishedAt: day(fields.day),
            authors: fields.authors,
            tags: fields.tags,
            ...(fields.image === undefined ? {} : { image: photo(fields.image) }),
            body: [
              fields.body,
              ...(fields.inBody === undefined ? [] : [{ type: 'image' as const, ...photo(fields.inBody) }]),
            ],
          }),
        ),
      },
      tones: Object.fromEntries(SOURCES.map((src, index) => [src, tones[index] ?? 0])),
    };
  });

/** Each article by slug: its page's data as JSON, its search fields as JSON, and the sources the build keys them by. */
function bySlug({ content, tones }: Site) {
  const resolveImage: ImageResolver = (src) => ({ file: { kind: 'single', src }, tone: tones[src] ?? null });
  const lazy = lazyCatalogue(content, resolveImage);
  const { articles } = catalogueOf(lazy);
  return new Map(
    articles.map((view, number) => [
      view.slug,
      {
        page: JSON.stringify(view),
        search: JSON.stringify(searchFields(view)),
        source: lazy.source(number),
        searchSource: lazy.searchSource(number),
      },
    ]),
  );
}

/** One change to a site: to an author, a tag, an article or a photo's tone. */
const changeArbitrary: fc.Arbitrary<(site: Site) => Site> = fc.oneof(
  fc.constantFrom('Jane Roe', 'Jane Poe').map((name) => (site: Site) => ({
    ...site,
    content: {
      ...site.content,
      authors: site.content.authors.map((a) => (a.slug === 'jane-doe' ? { ...a, name } : a)),
    },
  })),
  fc.option(fc.constantFrom('Editor', 'Columnist'), { nil: undefined }).map((role) => (site: Site) => ({
    ...site,
    content: {
      ...site.content,
      authors: site.content.authors.map(({ role: _role, ...author }) =>
        author.slug === 'jane-doe' && role !== undefined ? { ...author, role } : author,
      ),
    },
  })),
  fc.tuple(fc.constantFrom(...TAGS), fc.constantFrom('Renamed', 'Other')).map(([slug, name]) => (site: Site) => ({
    ...site,
    content: { ...site.content, tags: site.content.tags.map((tag) => (tag.slug === slug ? { ...tag, name } : tag)) },
  })),
  fc
    .tuple(
      fc.constantFrom(...SLUGS),
      fc.oneof(
        fc.record({ title: fc.constantFrom('Retitled', 'Grain ships') }),
        fc.record({ body: fc.constantFrom<Block[]>(['Edited.'], ['Ships *left* port.']) }),
        fc.record({ tags: fc.subarray(TAGS) }),
        fc.record({ publishedAt: fc.integer({ min: 1, max: 4 }).map(day) }),
      ),
    )
    .map(([slug, fields]) => (site: Site) => ({
      ...site,
      content: {
        ...site.content,
        articles: site.content.articles.map((article) => (article.slug === slug ? { ...article, ...fields } : article)),
      },
    })),
  fc.tuple(fc.constantFrom(...SOURCES), fc.integer({ min: 0, max: 3 })).map(([src, tone]) => (site: Site) => ({
    ...site,
    tones: { ...site.tones, [src]: tone },
  })),
);

test("an article's sources change whenever its page's data or its search fields do", () => {
  let pagesChanged = 0;
  let searchesChanged = 0;
  fc.assert(
    fc.property(siteArbitrary, changeArbitrary, (before, change) => {
      const was = bySlug(before);
      for (const [slug, now] of bySlug(change(before))) {
        const then = was.get(slug);
        if (then === undefined) continue;
        if (now.page !== then.page) {
          pagesChanged += 1;
          expect(now.source, slug).not.toBe(then.source);
        }
        if (now.search !== then.search) {
          searchesChanged += 1;
          expect(now.searchSource, slug).not.toBe(then.searchSource);
        }
      }
    }),
    { numRuns: 500 },
  );
  // The changes reached pages and search fields often enough for the property to say something.
  expect(pagesChanged).toBeGreaterThan(100);
  expect(searchesChanged).toBeGreaterThan(50);
});

test('an article whose page is the same keeps its source, and one whose related reading changed keeps its search source', () => {
  const content: Content = {
    site,
    authors: [{ slug: 'jane-doe', name: 'Jane Doe' }],
    tags: [{ slug: 'war', name: 'War' }],
    pages: [],
    articles: [
      anArticleFile('a', { tags: ['war'], publishedAt: day(1) }),
      anArticleFile('b', { tags: ['war'], publishedAt: day(2) }),
      anArticleFile('c', { publishedAt: day(3) }),
    ],
  };
  const retitled: Content = {
    ...content,
    articles: content.articles.map((article) => (article.slug === 'b' ? { ...article, title: 'New title' } : article)),
  };
  const was = bySlug({ content, tones: {} });
  const now = bySlug({ content: retitled, tones: {} });
  // c shares no tag with b: nothing of its page changed.
  expect(now.get('c')?.source).toBe(was.get('c')?.source);
  // a's related reading shows b's title: its page changed, its search fields did not.
  expect(now.get('a')?.source).not.toBe(was.get('a')?.source);
  expect(now.get('a')?.searchSource).toBe(was.get('a')?.searchSource);
  expect(now.get('b')?.searchSource).not.toBe(was.get('b')?.searchSource);
});
