import { expect, test } from 'vitest';

import { anArticle, anAuthor, anImage, aSite, aSummary } from '../../test/view-models.ts';
import type { ArticleListPage, SiteInfo, TagProfile } from '../../lib/content/model.ts';
import {
  articleHead,
  assetUrl,
  authorHead,
  authorIndexHead,
  latestHead,
  notFoundHead,
  tagHead,
  tagIndexHead,
} from './page-head.ts';
import { pageUrl } from '../../lib/site-url.ts';

const site = aSite();

/** The same publication served under a sub-path. */
const newsSite: SiteInfo = { ...site, url: 'https://example.org/news' };

function aList(page = 1, pageCount = 1): ArticleListPage {
  return { page, pageCount, total: pageCount * 20, items: [aSummary()] };
}

function aTag(overrides: Partial<TagProfile> = {}): TagProfile {
  return {
    slug: 'engines',
    name: 'Engines',
    description: 'Steam, gears and the people who build them.',
    articleCount: 3,
    ...overrides,
  };
}

const publisher = { '@type': 'NewsMediaOrganization', name: 'The Ledger', url: 'https://ledger.example.org/' };

function crumb(position: number, name: string, item: string) {
  return { '@type': 'ListItem', position, name, item };
}

// assetUrl

test('assetUrl resolves against the origin of site.url only: a src that already has the base path keeps it once', () => {
  expect(assetUrl(site, '/assets/harbour-abc.png')).toBe('https://ledger.example.org/assets/harbour-abc.png');
  expect(assetUrl(newsSite, '/news/assets/harbour-abc.png')).toBe('https://example.org/news/assets/harbour-abc.png');
  expect(assetUrl(newsSite, 'https://cdn.example.com/a.png')).toBe('https://cdn.example.com/a.png');
});

// latestHead

test('latestHead page 1: the site title alone, the site description, the root path, a WebSite', () => {
  const head = latestHead(aList(1, 3), site);
  expect(head.title).toBe('The Ledger');
  expect(head.description).toBe('News, checked twice.');
  expect(head.path).toBe('/');
  expect(head.type).toBe('website');
  expect(head.noindex).toBe(false);
  expect(head.image).toBeNull();
  expect(head.article).toBeNull();
  expect(head.jsonLd).toEqual([
    {
      '@context': 'https://schema.org',
      '@type': 'WebSite',
      name: 'The Ledger',
      url: 'https://ledger.example.org/',
      inLanguage: 'en-GB',
      publisher,
    },
    {
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: [crumb(1, 'The Ledger', 'https://ledger.example.org/')],
    },
  ]);
});

test('latestHead page 2: "Latest, page 2" in the title, /page/2, a CollectionPage and a two-step breadcrumb', () => {
  const head = latestHead(aList(2, 3), site);
  expect(head.title).toBe('Latest, page 2 · The Ledger');
  expect(head.description).toBe('News, checked twice.');
  expect(head.path).toBe('/page/2');
  expect(head.jsonLd[0]).toMatchObject({
    '@type': 'CollectionPage',
    name: 'Latest, page 2',
    url: 'https://ledger.example.org/page/2/',
  });
  expect(head.jsonLd[1]).toEqual({
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: [
      crumb(1, 'The Ledger', 'https://ledger.example.org/'),
      crumb(2, 'Latest, page 2', 'https://ledger.example.org/page/2/'),
    ],
  });
});

// articleHead

test('articleHead: "headline · Site", the excerpt, the article path and og type article', () => {
  const head = articleHead(anArticle(), site);
  expect(head.title).toBe('The engine runs at last · The Ledger');
  expect(head.description).toBe('After years of work, the engine ran.');
  expect(head.path).toBe('/articles/the-engine-runs');
  expect(head.type).toBe('article');
  expect(head.noindex).toBe(false);
});

test('articleHead article fields: times, author paths, the primary tag as section, every tag', () => {
  const head = articleHead(
    anArticle({ authors: [anAuthor(), anAuthor({ slug: 'charles-babbage', name: 'Charles Babbage' })] }),
    site,
  );
  expect(head.article).toEqual({
    publishedTime: '2025-08-22',
    modifiedTime: null,
    authorPaths: ['/authors/ada-byron', '/authors/charles-babbage'],
    section: 'Engines',
    tags: ['Engines', 'London'],
  });
});

test('articleHead with an update: modifiedTime and dateModified are the update', () => {
  const head = articleHead(anArticle({ updatedAt: '2025-09-01' }), site);
  expect(head.article?.modifiedTime).toBe('2025-09-01');
  expect(head.jsonLd[0]).toMatchObject({ datePublished: '2025-08-22', dateModified: '2025-09-01' });
});

test('articleHead JSON-LD: a NewsArticle with headline, dates (dateModified falls back to publishedAt), authors and publisher', () => {
  const head = articleHead(
    anArticle({ authors: [anAuthor(), anAuthor({ slug: 'charles-babbage', name: 'Charles Babbage' })] }),
    site,
  );
  expect(head.jsonLd[0]).toEqual({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: 'The engine runs at last',
    datePublished: '2025-08-22',
    dateModified: '2025-08-22',
    inLanguage: 'en-GB',
    mainEntityOfPage: 'https://ledger.example.org/articles/the-engine-runs/',
    author: [
      { '@type': 'Person', name: 'Ada Byron', url: 'https://ledger.example.org/authors/ada-byron/' },
      { '@type': 'Person', name: 'Charles Babbage', url: 'https://ledger.example.org/authors/charles-babbage/' },
    ],
    articleSection: 'Engines',
    keywords: ['Engines', 'London'],
    publisher,
  });
});

test('articleHead: an image without a src (a placeholder) gives no og image and no JSON-LD image', () => {
  const head = articleHead(anArticle({ image: anImage({ file: null }) }), site);
  expect(head.image).toBeNull();
  expect(head.jsonLd[0]).not.toHaveProperty('image');
});

test('articleHead: an article without an image gives no og image and no JSON-LD image', () => {
  const head = articleHead(anArticle({ image: null }), site);
  expect(head.image).toBeNull();
  expect(head.jsonLd[0]).not.toHaveProperty('image');
});

test('articleHead: an image with a src is made absolute on the site origin, in the head and the JSON-LD', () => {
  const head = articleHead(
    anArticle({ image: anImage({ file: { kind: 'single', src: '/assets/harbour-abc.png' } }) }),
    site,
  );
  expect(head.image).toMatchObject({
    src: 'https://ledger.example.org/assets/harbour-abc.png',
    alt: 'A harbour at dawn',
    width: 1200,
    height: 800,
  });
  expect(head.jsonLd[0]).toMatchObject({ image: ['https://ledger.example.org/assets/harbour-abc.png'] });
});

test('articleHead under a sub-path: the image src (already carrying the base) resolves on the origin only', () => {
  const head = articleHead(
    anArticle({ image: anImage({ file: { kind: 'single', src: '/news/assets/harbour-abc.png' } }) }),
    newsSite,
  );
  expect(head.image?.src).toBe('https://example.org/news/assets/harbour-abc.png');
  expect(head.jsonLd[0]).toMatchObject({ image: ['https://example.org/news/assets/harbour-abc.png'] });
});

test('articleHead breadcrumbs: home, the primary tag, the article, with positions 1-3 and absolute items', () => {
  const head = articleHead(anArticle(), site);
  expect(head.jsonLd[1]).toEqual({
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: [
      crumb(1, 'The Ledger', 'https://ledger.example.org/'),
      crumb(2, 'Engines', 'https://ledger.example.org/tags/engines/'),
      crumb(3, 'The engine runs at last', 'https://ledger.example.org/articles/the-engine-runs/'),
    ],
  });
});

test('articleHead without tags: no section, no articleSection, and the breadcrumb goes straight from home to the article', () => {
  const head = articleHead(anArticle({ tags: [] }), site);
  expect(head.article?.section).toBeNull();
  expect(head.article?.tags).toEqual([]);
  expect(head.jsonLd[0]).not.toHaveProperty('articleSection');
  expect(head.jsonLd[1]).toMatchObject({
    itemListElement: [
      crumb(1, 'The Ledger', 'https://ledger.example.org/'),
      crumb(2, 'The engine runs at last', 'https://ledger.example.org/articles/the-engine-runs/'),
    ],
  });
});

test('articleHead under a sub-path: every absolute URL keeps the sub-path once', () => {
  const head = articleHead(anArticle({ slug: 'x' }), newsSite);
  expect(head.path).toBe('/articles/x');
  expect(pageUrl(newsSite, head.path)).toBe('https://example.org/news/articles/x/');
  expect(head.jsonLd[0]).toMatchObject({
    mainEntityOfPage: 'https://example.org/news/articles/x/',
    author: [{ '@type': 'Person', name: 'Ada Byron', url: 'https://example.org/news/authors/ada-byron/' }],
    publisher: { '@type': 'NewsMediaOrganization', name: 'The Ledger', url: 'https://example.org/news/' },
  });
  expect(head.jsonLd[1]).toMatchObject({
    itemListElement: [
      crumb(1, 'The Ledger', 'https://example.org/news/'),
      crumb(2, 'Engines', 'https://example.org/news/tags/engines/'),
      crumb(3, 'The engine runs at last', 'https://example.org/news/articles/x/'),
    ],
  });
});

// tagHead

test('tagHead: "Tag · Site", the tag description, the tag path and a CollectionPage', () => {
  const head = tagHead({ tag: aTag(), list: aList() }, site);
  expect(head.title).toBe('Engines · The Ledger');
  expect(head.description).toBe('Steam, gears and the people who build them.');
  expect(head.path).toBe('/tags/engines');
  expect(head.type).toBe('website');
  expect(head.noindex).toBe(false);
  expect(head.image).toBeNull();
  expect(head.article).toBeNull();
  expect(head.jsonLd[0]).toEqual({
    '@context': 'https://schema.org',
    '@type': 'CollectionPage',
    name: 'Engines',
    url: 'https://ledger.example.org/tags/engines/',
    inLanguage: 'en-GB',
  });
});

test('tagHead without a description says what the page lists', () => {
  const head = tagHead({ tag: aTag({ description: null }), list: aList() }, site);
  expect(head.description).toBe('Articles about Engines from The Ledger.');
});

test('tagHead page 3: the page in the title, the path and the JSON-LD, and breadcrumbs through Tags', () => {
  const head = tagHead({ tag: aTag(), list: aList(3, 3) }, site);
  expect(head.title).toBe('Engines, page 3 · The Ledger');
  expect(head.path).toBe('/tags/engines/page/3');
  expect(head.jsonLd[0]).toMatchObject({
    name: 'Engines, page 3',
    url: 'https://ledger.example.org/tags/engines/page/3/',
  });
  expect(head.jsonLd[1]).toEqual({
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: [
      crumb(1, 'The Ledger', 'https://ledger.example.org/'),
      crumb(2, 'Tags', 'https://ledger.example.org/tags/'),
      crumb(3, 'Engines, page 3', 'https://ledger.example.org/tags/engines/page/3/'),
    ],
  });
});

// authorHead

test('authorHead: "Name · Site", the first bio paragraph, the author path and og type profile', () => {
  const head = authorHead({ author: anAuthor(), list: aList() }, site);
  expect(head.title).toBe('Ada Byron · The Ledger');
  expect(head.description).toBe('Ada writes about engines.');
  expect(head.path).toBe('/authors/ada-byron');
  expect(head.type).toBe('profile');
  expect(head.noindex).toBe(false);
  expect(head.image).toBeNull();
  expect(head.article).toBeNull();
});

test('authorHead without a bio says what the page lists', () => {
  const head = authorHead({ author: anAuthor({ bio: [] }), list: aList() }, site);
  expect(head.description).toBe('Articles by Ada Byron for The Ledger.');
});

test('authorHead JSON-LD: a ProfilePage whose main entity is the Person, with role, bio and web links only', () => {
  const author = anAuthor({
    links: [
      { label: 'Website', url: 'https://ada.example' },
      { label: 'Email', url: 'mailto:ada@example.org' },
      { label: 'Old site', url: 'http://ada.example/old' },
    ],
  });
  const head = authorHead({ author, list: aList() }, site);
  expect(head.jsonLd[0]).toEqual({
    '@context': 'https://schema.org',
    '@type': 'ProfilePage',
    url: 'https://ledger.example.org/authors/ada-byron/',
    mainEntity: {
      '@type': 'Person',
      name: 'Ada Byron',
      url: 'https://ledger.example.org/authors/ada-byron/',
      jobTitle: 'Science editor',
      description: 'Ada writes about engines.\n\nShe lives in London.',
      sameAs: ['https://ada.example', 'http://ada.example/old'],
    },
  });
});

test('authorHead JSON-LD: no jobTitle, description or image when the author has none', () => {
  const head = authorHead(
    { author: anAuthor({ role: null, bio: [], avatar: anImage({ file: null }) }), list: aList() },
    site,
  );
  expect(head.jsonLd[0]).toMatchObject({ mainEntity: { '@type': 'Person', name: 'Ada Byron', sameAs: [] } });
  const person = head.jsonLd[0]?.mainEntity;
  expect(person).not.toHaveProperty('jobTitle');
  expect(person).not.toHaveProperty('description');
  expect(person).not.toHaveProperty('image');
});

test('authorHead JSON-LD: an avatar with a src becomes an absolute image', () => {
  const head = authorHead(
    { author: anAuthor({ avatar: anImage({ file: { kind: 'single', src: '/assets/ada-1.png' } }) }), list: aList() },
    site,
  );
  expect(head.jsonLd[0]).toMatchObject({ mainEntity: { image: 'https://ledger.example.org/assets/ada-1.png' } });
});

test('authorHead page 2: the page in the title and path; the Person still links to the first page', () => {
  const head = authorHead({ author: anAuthor(), list: aList(2, 2) }, site);
  expect(head.title).toBe('Ada Byron, page 2 · The Ledger');
  expect(head.path).toBe('/authors/ada-byron/page/2');
  expect(head.jsonLd[0]).toMatchObject({
    url: 'https://ledger.example.org/authors/ada-byron/page/2/',
    mainEntity: { url: 'https://ledger.example.org/authors/ada-byron/' },
  });
  expect(head.jsonLd[1]).toEqual({
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: [
      crumb(1, 'The Ledger', 'https://ledger.example.org/'),
      crumb(2, 'Authors', 'https://ledger.example.org/authors/'),
      crumb(3, 'Ada Byron, page 2', 'https://ledger.example.org/authors/ada-byron/page/2/'),
    ],
  });
});

// The indexes

test('tagIndexHead: "Tags · Site", /tags, a CollectionPage and a two-step breadcrumb', () => {
  const head = tagIndexHead({ tags: [aTag()] }, site);
  expect(head.title).toBe('Tags · The Ledger');
  expect(head.description).toBe('Every subject The Ledger covers, with its number of articles.');
  expect(head.path).toBe('/tags');
  expect(head.type).toBe('website');
  expect(head.noindex).toBe(false);
  expect(head.jsonLd).toEqual([
    {
      '@context': 'https://schema.org',
      '@type': 'CollectionPage',
      name: 'Tags',
      url: 'https://ledger.example.org/tags/',
    },
    {
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: [
        crumb(1, 'The Ledger', 'https://ledger.example.org/'),
        crumb(2, 'Tags', 'https://ledger.example.org/tags/'),
      ],
    },
  ]);
});

test('authorIndexHead: "Authors · Site", /authors, a CollectionPage and a two-step breadcrumb', () => {
  const head = authorIndexHead({ authors: [anAuthor()] }, site);
  expect(head.title).toBe('Authors · The Ledger');
  expect(head.description).toBe('The people who write for The Ledger.');
  expect(head.path).toBe('/authors');
  expect(head.type).toBe('website');
  expect(head.noindex).toBe(false);
  expect(head.jsonLd).toEqual([
    {
      '@context': 'https://schema.org',
      '@type': 'CollectionPage',
      name: 'Authors',
      url: 'https://ledger.example.org/authors/',
    },
    {
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: [
        crumb(1, 'The Ledger', 'https://ledger.example.org/'),
        crumb(2, 'Authors', 'https://ledger.example.org/authors/'),
      ],
    },
  ]);
});

// Not found

test('notFoundHead: "Not found · Site", noindex, and no JSON-LD', () => {
  const head = notFoundHead(site);
  expect(head.title).toBe('Not found · The Ledger');
  expect(head.description).toBe('There is no page at this address.');
  expect(head.noindex).toBe(true);
  expect(head.image).toBeNull();
  expect(head.article).toBeNull();
  expect(head.jsonLd).toEqual([]);
});

test('only the not-found head is noindex', () => {
  const indexed = [
    latestHead(aList(), site),
    latestHead(aList(2, 2), site),
    articleHead(anArticle(), site),
    tagHead({ tag: aTag(), list: aList() }, site),
    authorHead({ author: anAuthor(), list: aList() }, site),
    tagIndexHead({ tags: [aTag()] }, site),
    authorIndexHead({ authors: [anAuthor()] }, site),
  ];
  expect(indexed.map((head) => head.noindex)).toEqual(indexed.map(() => false));
  expect(notFoundHead(site).noindex).toBe(true);
});
