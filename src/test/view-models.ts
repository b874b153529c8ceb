/** View-model builders for component tests: valid defaults, overridden per test. */
import type { ArticleSummary, ArticleView, AuthorProfile, ImageView, SiteInfo } from '../lib/content/model.ts';

export function aSite(overrides: Partial<SiteInfo> = {}): SiteInfo {
  return {
    title: 'The Ledger',
    description: 'News, checked twice.',
    url: 'https://ledger.example.org',
    language: 'en-GB',
    membershipUrl: null,
    footerPages: [],
    ...overrides,
  };
}

export function anImage(overrides: Partial<ImageView> = {}): ImageView {
  return {
    file: null,
    alt: 'A harbour at dawn',
    width: 1200,
    height: 800,
    caption: 'The harbour at dawn.',
    credit: 'Photo by A. Photographer',
    tone: null,
    ...overrides,
  };
}

export function anAuthor(overrides: Partial<AuthorProfile> = {}): AuthorProfile {
  return {
    slug: 'ada-byron',
    name: 'Ada Byron',
    role: 'Science editor',
    bio: ['Ada writes about engines.', 'She lives in London.'],
    avatar: null,
    links: [],
    articleCount: 3,
    ...overrides,
  };
}

export function aSummary(overrides: Partial<ArticleSummary> = {}): ArticleSummary {
  return {
    slug: 'related-story',
    title: 'A related story',
    excerpt: 'Something else worth reading.',
    publishedAt: '2025-08-20',
    authors: [{ slug: 'ada-byron', name: 'Ada Byron' }],
    primaryTag: { slug: 'engines', name: 'Engines' },
    image: null,
    ...overrides,
  };
}

export function anArticle(overrides: Partial<ArticleView> = {}): ArticleView {
  return {
    slug: 'the-engine-runs',
    title: 'The engine runs at last',
    standfirst: null,
    excerpt: 'After years of work, the engine ran.',
    publishedAt: '2025-08-22',
    updatedAt: null,
    readingMinutes: 2,
    authors: [anAuthor()],
    tags: [
      { slug: 'engines', name: 'Engines' },
      { slug: 'london', name: 'London' },
    ],
    image: anImage(),
    body: [{ type: 'paragraph', content: ['After years of work, the engine ran.'] }],
    source: null,
    access: 'public',
    related: [],
    ...overrides,
  };
}
