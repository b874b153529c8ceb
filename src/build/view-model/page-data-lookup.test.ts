import { expect, test } from 'vitest';

import { DATA_DIR } from '../../lib/content/data-paths.ts';
import type { Article, Author, Block, Page, Tag } from '../content/schema.ts';
import { anArticleFile, day } from '../test-content.ts';
import type { Content } from './catalogue.ts';
import { singleImage, type ImageResolver } from './enhance-image.ts';
import { pathnameOf } from '../../lib/page-kinds.ts';
import { createPageDataLookup } from './page-data-lookup.ts';
import { buildPageData } from './page-data.ts';

/** The same numbers on every run: a small linear congruential generator. */
function numbers(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

const TAGS: Tag[] = ['russia', 'ukraine', 'rail', 'energy', 'courts', 'science', 'unused'].map((slug) => ({
  slug,
  name: slug === 'rail' ? 'Rail' : slug.toUpperCase(),
}));

const AUTHORS: Author[] = [
  { slug: 'jane-doe', name: 'Jane Doe', avatar: { src: 'images/jane.jpg', alt: '', width: 96, height: 96 } },
  { slug: 'alex-roe', name: 'Alex Roe', role: 'Editor', bio: 'One.\n\nTwo.' },
  { slug: 'olena', name: 'Олена' },
  { slug: 'no-articles', name: 'Zed Nobody' },
];

const PAGES: Page[] = [
  { slug: 'about', title: 'About', body: ['Who we are.'] },
  {
    slug: 'contact',
    title: 'Contact',
    body: ['Write to us.'],
    image: { src: 'images/desk.jpg', alt: '', width: 4, height: 3 },
  },
];

/**
 * 257 articles: lists of several pages with a short last one, dates and titles that tie, a tag and an author with
 * no article, images in the folder and remote ones, standalone pages in the footer.
 */
function corpus(): Content {
  const random = numbers(15);
  const pick = <T>(items: readonly T[]): T => {
    const item = items[Math.floor(random() * items.length)];
    if (item === undefined) throw new Error('nothing to pick from');
    return item;
  };
  const articles: Article[] = Array.from({ length: 257 }, (_, index) => {
    const slug = `story-${index}`;
    const body: Block[] = [`Paragraph of ${slug} with [a link](https://example.org/${index}).`];
    if (index % 7 === 0) body.push({ type: 'image', src: `images/${slug}.jpg`, alt: '', width: 3, height: 2 });
    if (index % 11 === 0) body.push({ type: 'quote', text: `Quoted in ${slug}.` });
    return anArticleFile(slug, {
      // About three articles a day, so that dates tie; titles tie too, then the slug decides.
      title: index % 5 === 0 ? 'Morning briefing' : `Title of ${slug}`,
      publishedAt: day(1 + Math.floor(random() * 90)),
      authors: [pick(AUTHORS.slice(0, 3)).slug, ...(index % 4 === 0 ? ['alex-roe'] : [])].filter(
        (slug, at, all) => all.indexOf(slug) === at,
      ),
      tags: [pick(TAGS.slice(0, 6)).slug, pick(TAGS.slice(0, 6)).slug].filter(
        (slug, at, all) => all.indexOf(slug) === at,
      ),
      ...(index % 3 === 0
        ? { image: { src: `https://cdn.example.org/${slug}.jpg`, alt: 'Lead', width: 1200, height: 800 } }
        : {}),
      ...(index % 10 === 0 ? { standfirst: `Standfirst of ${slug}.` } : {}),
      body,
    });
  });
  return {
    site: {
      title: 'The Ledger',
      description: 'News.',
      url: 'https://ledger.example.org',
      language: 'en',
      footerPages: ['contact', 'about'],
    },
    authors: AUTHORS,
    tags: TAGS,
    articles,
    pages: PAGES,
  };
}

/** As the dev server resolves the folder's images, to their own addresses. */
const devResolver: ImageResolver = (src) => singleImage(src.startsWith('images/') ? `/@content/${src}` : src);

test("every address's data and every data file a build makes are made alike, one at a time", () => {
  const content = corpus();
  const { files, pages } = buildPageData(content, devResolver);
  const lookup = createPageDataLookup(content, devResolver);
  const kinds = new Set(files.map((file) => file.path.split('/')[1]?.replace(/\.json$/, '')));
  // Every kind of file and page is among them, so none is compared vacuously.
  expect([...kinds].sort()).toEqual(['authors', 'search', 'summaries-by-number', 'tag-filter', 'tags']);
  const withData = pages.filter((page) => page.data !== null);
  expect(new Set(withData.map((page) => page.kind))).toEqual(
    new Set(['article', 'latest', 'tag', 'author', 'tag-index', 'author-index', 'page']),
  );
  expect(withData.length).toBeGreaterThan(257 + 13 + 2);
  for (const page of withData) expect(lookup.dataForAddress(pathnameOf(page)), pathnameOf(page)).toEqual(page.data);
  for (const { path, data } of files) expect(lookup.dataForPath(path), path).toEqual(data);
});

test('an address the build makes no page for has no data', () => {
  const lookup = createPageDataLookup(corpus(), devResolver);
  for (const address of [
    '/articles/no-such-story',
    '/page/0',
    '/page/1',
    '/page/14',
    '/tags/russia/page/99',
    '/authors/no-articles/page/2',
    '/story-1',
    '/search',
    'articles/story-1',
  ])
    expect(lookup.dataForAddress(address), address).toBeUndefined();
});

test('a path the build makes no file for has no data', () => {
  const lookup = createPageDataLookup(corpus(), devResolver);
  for (const path of [
    `${DATA_DIR}/articles/story-1.json`,
    `${DATA_DIR}/summaries/1.json`,
    `${DATA_DIR}/summaries-by-number/14.json`,
    `${DATA_DIR}/summaries-by-number/01.json`,
    `${DATA_DIR}/search/terms-no-such-key.json`,
    `${DATA_DIR}/search.json`,
    'data/articles/story-1',
    'articles/story-1.json',
  ])
    expect(lookup.dataForPath(path), path).toBeUndefined();
});

test('one article, list or index makes only the articles it shows', () => {
  const resolved = new Set<string>();
  const counting: ImageResolver = (src) => {
    resolved.add(src);
    return singleImage(src);
  };
  const content = corpus();
  const lookup = createPageDataLookup(content, counting);
  const leadImages = () => [...resolved].filter((src) => src.startsWith('https://cdn.example.org/'));
  const article = lookup.dataForAddress('/articles/story-3');
  expect(article).toMatchObject({ slug: 'story-3', image: { file: { src: 'https://cdn.example.org/story-3.jpg' } } });
  // Its own lead image, and those of at most three related articles.
  expect(leadImages().length).toBeLessThanOrEqual(4);
  lookup.dataForAddress('/page/2');
  expect(leadImages().length).toBeLessThanOrEqual(4 + 20);
  lookup.dataForAddress('/tags');
  lookup.dataForPath(`${DATA_DIR}/tag-filter.json`);
  expect(leadImages().length).toBeLessThanOrEqual(4 + 20);
  // The search index reads every article.
  lookup.dataForPath(`${DATA_DIR}/search/terms.json`);
  expect(leadImages()).toHaveLength(content.articles.filter((item) => item.image !== undefined).length);
});
