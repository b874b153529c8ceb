/** Every address of the site with the data its view renders, cut from the catalogue. */
import type {
  ArticleListPage,
  ArticleSummary,
  AuthorIndexData,
  TagFilterData,
  TagIndexData,
} from '../../lib/content/model.ts';
import { articleNumber, pageCount, pageOf, PAGE_SIZE } from '../../lib/content/pagination.ts';
import type { SitePage } from '../../lib/page-kinds.ts';
import type { Catalogue } from './catalogue.ts';

/** Page `page` (1-based) of a list of `items`, each shown as `summary` gives it (one page need not make them all). */
export function listPage<T>(items: readonly T[], page: number, summary: (item: T) => ArticleSummary): ArticleListPage {
  return { page, pageCount: pageCount(items.length), total: items.length, items: pageOf(items, page).map(summary) };
}

/** The page numbers of a list of `total` items: pages of 20, and an empty list still has its first page. */
export function listPageNumbers(total: number): number[] {
  return Array.from({ length: pageCount(total) }, (_, index) => index + 1);
}

export function paginate(items: readonly ArticleSummary[]): ArticleListPage[] {
  return listPageNumbers(items.length).map((page) => listPage(items, page, (item) => item));
}

const byName = (language: string) => (a: { name: string }, b: { name: string }) =>
  a.name.localeCompare(b.name, language);

/** The tag index: every tag with an article, by name. */
export function tagIndexData({ site, tags }: Pick<Catalogue, 'site' | 'tags'>): TagIndexData {
  return {
    // No description: only the tag's own page shows it, and at 300 tags they were half the index's navigation.
    tags: tags
      .filter(({ profile }) => profile.articleCount > 0)
      .map(({ profile: { slug, name, articleCount } }) => ({ slug, name, articleCount }))
      .sort(byName(site.language)),
  };
}

/** The author index: every author, by name. */
export function authorIndexData({ site, authors }: Pick<Catalogue, 'site' | 'authors'>): AuthorIndexData {
  // No bio or links: only the author's own page shows them.
  const entries = authors.map(({ profile: { slug, name, role, avatar, articleCount } }) => ({
    slug,
    name,
    role,
    avatar,
    articleCount,
  }));
  return { authors: entries.sort(byName(site.language)) };
}

/** In the order: articles, latest, tags, authors, the indexes, standalone pages, search, not found. */
export function sitePages({ site, articles, summaries, tags, authors, pages }: Catalogue): SitePage[] {
  const summariesOf = (numbers: readonly number[]) => numbers.flatMap((number) => summaries[number] ?? []);
  return [
    ...articles.map((data): SitePage => ({ kind: 'article', data })),
    ...paginate(summaries).map((data): SitePage => ({ kind: 'latest', data })),
    ...tags.flatMap(({ profile, articles: numbers }) =>
      paginate(summariesOf(numbers)).map((list): SitePage => ({ kind: 'tag', data: { tag: profile, list } })),
    ),
    ...authors.flatMap(({ profile, articles: numbers }) =>
      paginate(summariesOf(numbers)).map((list): SitePage => ({ kind: 'author', data: { author: profile, list } })),
    ),
    { kind: 'tag-index', data: tagIndexData({ site, tags }) },
    { kind: 'author-index', data: authorIndexData({ site, authors }) },
    ...pages.map((data): SitePage => ({ kind: 'page', data })),
    { kind: 'search', data: null },
    { kind: 'not-found', data: null },
  ];
}

/** The summaries files of `total` articles (data-paths.ts: summaries): one per 20 numbers, none without articles. */
export function summariesFileNumbers(total: number): number[] {
  return Array.from({ length: Math.ceil(total / PAGE_SIZE) }, (_, file) => file);
}

/**
 * Summaries file `file` of `total` articles: the articles numbered 20 × `file` on (pagination.ts: articleNumber),
 * oldest first, where `summary` gives the summary of the article at a position in the site's order.
 */
export function summariesIn(
  file: number,
  total: number,
  summary: (position: number) => ArticleSummary,
): ArticleSummary[] {
  const items: ArticleSummary[] = [];
  for (let number = file * PAGE_SIZE; number < Math.min(total, (file + 1) * PAGE_SIZE); number += 1) {
    items.push(summary(articleNumber(number, total)));
  }
  return items;
}

/**
 * The tag filter's one data file: tags by name, and each article's tag
 * indexes by article number (pagination.ts: articleNumber, 0 = the oldest),
 * arrays of small integers so that it stays small at ten thousand articles
 * (docs/decisions/001-per-address-data-files.md).
 */
export function tagFilterData({
  site,
  articles,
  tags,
}: Pick<Catalogue, 'site' | 'tags'> & { articles: readonly { tags: readonly { slug: string }[] }[] }): TagFilterData {
  const sorted = tags.map(({ profile }) => ({ slug: profile.slug, name: profile.name })).sort(byName(site.language));
  const indexOf = new Map(sorted.map((tag, index) => [tag.slug, index]));
  return {
    tags: sorted,
    articles: articles
      .map((article) => [...new Set(article.tags.flatMap((tag) => indexOf.get(tag.slug) ?? []))].sort((a, b) => a - b))
      .reverse(),
  };
}
