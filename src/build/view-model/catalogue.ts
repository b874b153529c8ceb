/**
 * The site's view model, made once from validated content: every article's
 * view in the site's order, and every author and tag with the numbers of
 * their articles. Lists, the search index, the tag filter and the feeds are
 * all cut from this one order; the data files that name articles by number
 * (the search index, the tag filter, the summaries files) number it from the
 * other end, the oldest first (lib/content/pagination.ts: articleNumber).
 */
import type {
  ArticleSummary,
  ArticleView,
  AuthorProfile,
  PageView,
  SiteInfo,
  TagProfile,
  RelatedArticle,
  TagRef,
} from '../../lib/content/model.ts';
import type { Article, Author, Page, Site, Tag } from '../content/schema.ts';
import { sortByRecency } from './derive.ts';
import {
  articleSource,
  enhanceArticle,
  articleSearchSource,
  summarise,
  withRelated,
  type ArticleViewWithoutRelated,
} from './enhance-article.ts';
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
  /** Every article, in the site's order: newest first (derive.ts: sortByRecency). */
  articles: ArticleView[];
  /** `articles` as lists show them, in the same order. */
  summaries: ArticleSummary[];
  /** In content order. */
  tags: Listed<TagProfile>[];
  authors: Listed<AuthorProfile>[];
  /** Standalone pages (1.1): in no list, feed or search. */
  pages: PageView[];
  /** The number of one of `articles`, by the view itself. */
  numberOf: (article: ArticleView) => number | undefined;
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

/** What related reading shows of an article (model.ts: RelatedArticle). */
function relatedEntry({ slug, title, publishedAt, primaryTag }: ArticleSummary): RelatedArticle {
  return { slug, title, publishedAt, primaryTag };
}

/**
 * The catalogue with each article's view made when first asked for: enough to cut one address's data from a
 * 10,000-article site without enhancing every article (the dev server: page-data-lookup.ts). The rest is cheap, and
 * made at once.
 */
export type LazyCatalogue = Omit<Catalogue, 'articles' | 'summaries' | 'numberOf'> & {
  /** Every article in the site's order, as the content has it. */
  ordered: readonly Article[];
  /** Article number `number` in the site's order, as catalogue.articles holds it. */
  article: (number: number) => ArticleView;
  /** The same without its related reading, which is made from the whole site: what search indexes. */
  view: (number: number) => ArticleViewWithoutRelated;
  /** As catalogue.summaries holds it. */
  summary: (number: number) => ArticleSummary;
  /**
   * Everything article `number`'s view is made from besides the code, as text (enhance-article.ts: articleSource):
   * what its page's key is made from, so that a build that keeps its page never makes its view's body or JSON
   * (scripts/article-digests.ts).
   */
  source: (number: number) => string;
  /** The same for its search fields (enhance-article.ts: articleSearchSource): what its search terms are kept by. */
  searchSource: (number: number) => string;
};

/**
 * `identity` gives what stands for an article in its sources (enhance-article.ts: articleSource): by default its
 * JSON; the build's loader has a cheaper one (load-content.ts: LoadResult).
 */
export function lazyCatalogue(
  content: Content,
  resolveImage: ImageResolver = singleImage,
  identity: (article: Article) => string | undefined = () => undefined,
): LazyCatalogue {
  const ordered = sortByRecency(content.articles);
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
  const context = {
    tag: (slug: string) => tagRefs.get(slug) ?? { slug, name: slug },
    author: (slug: string) => profiles.get(slug),
    resolveImage,
  };

  const nth = (number: number): Article => {
    const found = ordered[number];
    if (found === undefined) throw new RangeError(`no article number ${number} of ${ordered.length}`);
    return found;
  };
  const views: ArticleViewWithoutRelated[] = [];
  const summaries: ArticleSummary[] = [];
  const view = (number: number) => (views[number] ??= enhanceArticle(nth(number), context));
  const summary = (number: number) => (summaries[number] ??= summarise(view(number)));
  const findRelated = createRelatedFinder(ordered);
  const related: RelatedArticle[][] = [];
  // Asked for twice in a build: by the article's view and by its page's key (source).
  const relatedTo = (number: number) =>
    (related[number] ??= findRelated(number).map((other) => relatedEntry(summary(other))));

  const identityOf = (number: number) => {
    const article = nth(number);
    return identity(article) ?? JSON.stringify(article);
  };

  const pages = content.pages.map((page) => enhancePage(page, resolveImage));
  return {
    site: siteInfo(content.site, content.pages),
    ordered,
    tags,
    authors,
    pages,
    summary,
    view,
    article: (number) => withRelated(view(number), relatedTo(number)),
    source: (number) => articleSource(nth(number), identityOf(number), context, relatedTo(number)),
    searchSource: (number) => articleSearchSource(nth(number), identityOf(number), context),
  };
}

export function buildCatalogue(content: Content, resolveImage: ImageResolver = singleImage): Catalogue {
  return catalogueOf(lazyCatalogue(content, resolveImage));
}

/** Every article's view made, with its related reading and summary. */
export function catalogueOf({ site, ordered, article, summary, tags, authors, pages }: LazyCatalogue): Catalogue {
  const numbers = ordered.map((_, number) => number);
  const articles = numbers.map(article);
  const numberByView = new WeakMap(articles.map((view, number) => [view, number]));
  const numberOf = (view: ArticleView) => numberByView.get(view);
  return { site, articles, summaries: numbers.map(summary), tags, authors, pages, numberOf };
}
