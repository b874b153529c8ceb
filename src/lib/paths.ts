/**
 * Every address of the reader: route patterns for the router and typed href
 * builders for links. Views never build an href by hand.
 *
 * Hrefs are relative to the router's basename (BASE_PATH), as react-router's
 * <Link> expects.
 */

function withPage(base: string, page: number): string {
  if (page <= 1) return base;
  return `${base === '/' ? '' : base}/page/${page}`;
}

/** Query parameters that change what a view shows, named in one place for the links and the loaders. */
export const QUERY_PARAMS = { tags: 'tags', search: 'q', page: 'page' } as const;

const segment = encodeURIComponent;

/** The query string of a tag filter: `?tags=rail,ukraine`, commas kept readable. */
function tagsQuery(tags: readonly string[]): string {
  return tags.length === 0 ? '' : `?${QUERY_PARAMS.tags}=${tags.map(segment).join(',')}`;
}

export const paths = {
  /** Latest, or with `tags` the latest that have every one of them (the tag filter). */
  home: { pattern: '/', href: (page = 1, tags: readonly string[] = []) => withPage('/', page) + tagsQuery(tags) },
  homePage: { pattern: '/page/:page' },
  article: { pattern: '/articles/:slug', href: (slug: string) => `/articles/${segment(slug)}` },
  tags: { pattern: '/tags', href: () => '/tags' },
  tag: { pattern: '/tags/:slug', href: (slug: string, page = 1) => withPage(`/tags/${segment(slug)}`, page) },
  tagPage: { pattern: '/tags/:slug/page/:page' },
  authors: { pattern: '/authors', href: () => '/authors' },
  author: {
    pattern: '/authors/:slug',
    href: (slug: string, page = 1) => withPage(`/authors/${segment(slug)}`, page),
  },
  authorPage: { pattern: '/authors/:slug/page/:page' },
  /** (1.1) A standalone page (About, Contact…): any single segment the reader does not use itself. */
  page: { pattern: '/:pageSlug', href: (slug: string) => `/${segment(slug)}` },
  search: {
    pattern: '/search',
    /** Results for `query`, page `page` of them; the empty search box without a query. */
    href: (query = '', page = 1) => {
      const params = new URLSearchParams();
      if (query !== '') params.set(QUERY_PARAMS.search, query);
      if (query !== '' && page > 1) params.set(QUERY_PARAMS.page, String(page));
      const search = params.toString();
      return search === '' ? '/search' : `/search?${search}`;
    },
  },
} as const;

/**
 * `address` as links and forms write it: a page's path as the folder its index.html is in (`/articles/x/`,
 * `/search/?q=x`), the form canonical links name (site-url.ts). Static hosts answer the form without the slash with
 * a redirect, which every click before the app runs, every reader without JavaScript, every crawler and every
 * shared address would pay; the router matches both forms.
 */
export function folderAddress(address: string): string {
  const end = address.search(/[?#]|$/);
  const path = address.slice(0, end);
  // A file of the site (`/feed.xml`) is named as it is: no page's slug has a dot.
  return /(?:\/|\.[^/]*)$/.test(path) ? address : `${path}/${address.slice(end)}`;
}

/**
 * A page number from the address: "2" → 2; absent → 1. Anything else
 * ("0", "01", "abc", "1e3") is not an address we publish: null.
 */
export function parsePageParam(value: string | undefined): number | null {
  if (value === undefined) return 1;
  return /^[1-9]\d{0,5}$/.test(value) ? Number(value) : null;
}
