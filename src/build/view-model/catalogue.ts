/**
 * The site's view model, made once from validated content: every article's
 * view in the site's order, and every author and tag with the numbers of
 * their articles. Lists, the search index, the tag filter and the feeds are
 * all cut from this one order, so an article's number means the same
 * everywhere (lib/content/pagination.ts: latestPosition).
 */
import type {
  ArticleSummary,
  ArticleView,
  AuthorProfile,
  PageView,
  SiteInfo,
  TagProfile,
  TagRef,
} from '../../lib/content/model.ts';
import type { Article, Author, Page, Site, Tag } from '../content/schema.ts';
import { compareByRecency } from './derive.ts';
import { enhanceArticle, summarise } from './enhance-article.ts';
import { singleImage, type ImageResolver } from './enhance-image.ts';
import { enhancePage, footerPages } from './enhance-page.ts';
import { enhanceAuthor, enhanceTag } from './enhance-people.ts';
import { createRelatedFinder } from './related.ts';

export type Content = {
  site: Site;
  authors: Author[];
  tags: Tag[];
  articles: Article[];
  /** (1.1) Standalone pages, in slug order. */
  pages: Page[];
};

/** A tag or author with the numbers of its articles, in the site's order. */
export type Listed<P> = { profile: P; articles: number[] };

export type Catalogue = {
  site: SiteInfo;
  /** Every article, in the site's order: newest first (derive.ts: compareByRecency). */
  articles: ArticleView[];
  /** `articles` as lists show them, in the same order. */
  summaries: ArticleSummary[];
  /** In content order. */
  tags: Listed<TagProfile>[];
  authors: Listed<AuthorProfile>[];
  /** Standalone pages (1.1): in no list, feed or search. */
  pages: PageView[];
};

export function siteInfo(site: Site, pages: readonly Pick<Page, 'slug' | 'title'>[]): SiteInfo {
  return {
    title: site.title,
    description: site.description,
    url: site.url,
    language: site.language,
    membershipUrl: site.membershipUrl ?? null,
    footerPages: footerPages(site, pages),
  };
}

/** The numbers of the articles that name each slug, in the site's order. */
function numbersBy(articles: readonly Article[], slugsOf: (article: Article) => readonly string[]) {
  const numbers = new Map<string, number[]>();
  articles.forEach((article, number) => {
    for (const slug of new Set(slugsOf(article))) {
      const list = numbers.get(slug);
      if (list === undefined) numbers.set(slug, [number]);
      else list.push(number);
    }
  });
  return (slug: string) => numbers.get(slug) ?? [];
}

export function buildCatalogue(content: Content, resolveImage: ImageResolver = singleImage): Catalogue {
  const ordered = [...content.articles].sort(compareByRecency);
  const ofTag = numbersBy(ordered, (article) => article.tags);
  const ofAuthor = numbersBy(ordered, (article) => article.authors);

  const tags = content.tags.map((tag) => ({
    profile: enhanceTag(tag, ofTag(tag.slug).length),
    articles: ofTag(tag.slug),
  }));
  const authors = content.authors.map((author) => ({
    profile: enhanceAuthor(author, ofAuthor(author.slug).length, resolveImage),
    articles: ofAuthor(author.slug),
  }));
  const tagRefs = new Map(
    tags.map(({ profile }): [string, TagRef] => [profile.slug, { slug: profile.slug, name: profile.name }]),
  );
  const profiles = new Map(authors.map(({ profile }) => [profile.slug, profile]));

  const views = ordered.map((article) =>
    enhanceArticle(article, {
      tag: (slug) => tagRefs.get(slug) ?? { slug, name: slug },
      author: (slug) => profiles.get(slug),
      resolveImage,
    }),
  );
  const summaries = views.map(summarise);
  const relatedTo = createRelatedFinder(ordered);
  const articles = views.map((view, number) => ({
    ...view,
    related: relatedTo(number).flatMap((other) => {
      const summary = summaries[other];
      if (summary === undefined) return [];
      const { slug, title, publishedAt, primaryTag } = summary;
      return [{ slug, title, publishedAt, primaryTag }];
    }),
  }));

  const pages = content.pages.map((page) => enhancePage(page, resolveImage));
  return { site: siteInfo(content.site, content.pages), articles, summaries, tags, authors, pages };
}
