/**
 * Every kind of page the reader publishes, declared once: its addresses,
 * the view module that renders it, the address of a page of that kind (whose
 * HTML file carries the page's data: content/page-island.ts). The routes (src/app/routes.tsx), the prerender, the sitemap and
 * the build report read this table; build-only facts (head, lastmod) are in
 * src/build/page-kinds.ts, typed over the same kinds so neither can miss one.
 */
import type {
  ArticleListPage,
  ArticleView,
  AuthorIndexData,
  AuthorPageData,
  PageView,
  TagIndexData,
  TagPageData,
} from './content/model.ts';
import { paths } from './paths.ts';

/** What a page of each kind renders: its island's data, or null for a page with none. */
export type PageDataByKind = {
  latest: ArticleListPage;
  article: ArticleView;
  tag: TagPageData;
  author: AuthorPageData;
  'tag-index': TagIndexData;
  'author-index': AuthorIndexData;
  page: PageView;
  search: null;
  'not-found': null;
};

export type PageKind = keyof PageDataByKind;

export type PageOf<K extends PageKind> = { kind: K; data: PageDataByKind[K] };

/** One address of the site with the data its view renders. */
export type SitePage = { [K in PageKind]: PageOf<K> }[PageKind];

export type PageKindSpec<D> = {
  /** Route patterns (paths.ts); `index` marks the home's index route. */
  routes: readonly string[];
  /** The view module, from src/, and the component it exports; null for a view that loads with the app. */
  view: { module: string; component: string } | null;
  /** The page's address inside the site (`/articles/x`), as paths.ts builds it. */
  pathname: (data: D) => string;
  /** The HTTP status its prerendered file is served with. */
  status: 200 | 404;
};

export const PAGE_KINDS: { [K in PageKind]: PageKindSpec<PageDataByKind[K]> } = {
  latest: {
    routes: ['index', paths.homePage.pattern],
    view: { module: 'features/home/home-page.tsx', component: 'HomePage' },
    pathname: (list) => paths.home.href(list.page),
    status: 200,
  },
  article: {
    routes: [paths.article.pattern],
    view: { module: 'features/articles/article-page.tsx', component: 'ArticlePage' },
    pathname: (article) => paths.article.href(article.slug),
    status: 200,
  },
  'tag-index': {
    routes: [paths.tags.pattern],
    view: { module: 'features/tags/tag-index-page.tsx', component: 'TagIndexPage' },
    pathname: () => paths.tags.href(),
    status: 200,
  },
  tag: {
    routes: [paths.tag.pattern, paths.tagPage.pattern],
    view: { module: 'features/tags/tag-page.tsx', component: 'TagPage' },
    pathname: ({ tag, list }) => paths.tag.href(tag.slug, list.page),
    status: 200,
  },
  'author-index': {
    routes: [paths.authors.pattern],
    view: { module: 'features/authors/author-index-page.tsx', component: 'AuthorIndexPage' },
    pathname: () => paths.authors.href(),
    status: 200,
  },
  author: {
    routes: [paths.author.pattern, paths.authorPage.pattern],
    view: { module: 'features/authors/author-page.tsx', component: 'AuthorPage' },
    pathname: ({ author, list }) => paths.author.href(author.slug, list.page),
    status: 200,
  },
  // (1.1) About, Contact…: a single segment that no other kind's static route claims (react-router ranks static
  // segments first), so `/tags` is never a page; the content check refuses those slugs.
  page: {
    routes: [paths.page.pattern],
    // The article's module: the two views that tell a story share the body blocks in one chunk (article-page.tsx).
    view: { module: 'features/articles/article-page.tsx', component: 'StandalonePage' },
    pathname: (page) => paths.page.href(page.slug),
    status: 200,
  },
  // Prerendered as a shell, its box ready for a query; results are found in the browser (search-loader.ts).
  search: {
    routes: [paths.search.pattern],
    view: { module: 'features/search/search-page.tsx', component: 'SearchPage' },
    pathname: () => paths.search.href(),
    status: 200,
  },
  // Hosts that know the convention answer unknown addresses with 404.html, status 404.
  'not-found': {
    routes: ['*'],
    view: null,
    pathname: () => '/404',
    status: 404,
  },
};

/** The kinds in the order routes are declared (the catch-all last). */
export const PAGE_KIND_ORDER = Object.keys(PAGE_KINDS).filter((kind): kind is PageKind => kind in PAGE_KINDS);

export function pageKindOf<K extends PageKind>(page: PageOf<K>): PageKindSpec<PageDataByKind[K]> {
  return PAGE_KINDS[page.kind];
}

export function pathnameOf<K extends PageKind>(page: PageOf<K>): string {
  return pageKindOf(page).pathname(page.data);
}

/** The home's first page under another address: links never use it, but it opens, with the home's data. */
export const HOME_FIRST_PAGE_ALIAS = '/page/1';

/** The address whose data the page at `address` renders: its own, or the home's for HOME_FIRST_PAGE_ALIAS. */
export function dataAddressOf(address: string): string {
  return address === HOME_FIRST_PAGE_ALIAS ? paths.home.href() : address;
}
