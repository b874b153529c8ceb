/** Every address of the site with the data its view renders, cut from the catalogue. */
import type { ArticleListPage, ArticleSummary, TagFilterData } from '../../lib/content/model.ts';
import { pageCount, pageOf } from '../../lib/content/pagination.ts';
import type { SitePage } from '../../lib/page-kinds.ts';
import type { Catalogue } from './catalogue.ts';

/** Pages of 20; an empty list still has its first page. */
export function paginate(items: readonly ArticleSummary[]): ArticleListPage[] {
  const count = pageCount(items.length);
  return Array.from({ length: count }, (_, index) => ({
    page: index + 1,
    pageCount: count,
    total: items.length,
    items: pageOf(items, index + 1),
  }));
}

const byName = (language: string) => (a: { name: string }, b: { name: string }) =>
  a.name.localeCompare(b.name, language);

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
    {
      kind: 'tag-index',
      data: {
        tags: tags
          .map(({ profile }) => profile)
          .filter((tag) => tag.articleCount > 0)
          .sort(byName(site.language)),
      },
    },
    {
      kind: 'author-index',
      data: {
        authors: authors
          .map(({ profile: { slug, name, role, avatar, articleCount } }) => ({
            slug,
            name,
            role,
            avatar,
            articleCount,
          }))
          .sort(byName(site.language)),
      },
    },
    ...pages.map((data): SitePage => ({ kind: 'page', data })),
    { kind: 'search', data: null },
    { kind: 'not-found', data: null },
  ];
}

/**
 * The tag filter's one data file: tags by name, and each article's tag
 * indexes in the site's order, arrays of small integers so that it stays
 * small at ten thousand articles (docs/decisions/001-per-address-data-files.md).
 */
export function tagFilterData({ site, articles, tags }: Catalogue): TagFilterData {
  const sorted = tags.map(({ profile }) => ({ slug: profile.slug, name: profile.name })).sort(byName(site.language));
  const indexOf = new Map(sorted.map((tag, index) => [tag.slug, index]));
  return {
    tags: sorted,
    articles: articles.map((article) =>
      [...new Set(article.tags.flatMap((tag) => indexOf.get(tag.slug) ?? []))].sort((a, b) => a - b),
    ),
  };
}
