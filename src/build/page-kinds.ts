/**
 * What the build needs of each kind of page besides lib/page-kinds.ts: its
 * head, the feeds it offers and when it last changed, for the sitemap. Kept
 * apart so that none of it ships to readers; typed over the same kinds, so a
 * new kind that is missing here does not compile.
 */
import type { ArticleListPage, ArticleSummary, ArticleView, SiteInfo } from '../lib/content/model.ts';
import type { PageDataByKind, PageKind, PageOf } from '../lib/page-kinds.ts';
import { siteUrl } from '../lib/site-url.ts';
import { feedPaths } from './seo/feed-paths.ts';
import {
  articleHead,
  authorHead,
  authorIndexHead,
  latestHead,
  notFoundHead,
  searchHead,
  standalonePageHead,
  tagHead,
  tagIndexHead,
  type PageHead,
} from './seo/page-head.ts';
import { articleIsland, authorPageIsland, listIsland, pageIsland, tagPageIsland } from './view-model/islands.ts';
import { lastChanged } from './view-model/derive.ts';

export type Feed = { title: string; href: string };

/** What the sitemap knows when it dates a page. */
export type ChangeDates = {
  /** The newest change among a list's entries; null for an empty list. */
  list: (items: readonly ArticleSummary[]) => string | null;
  /** The newest change on the site. */
  site: string | null;
};

/** What makes a page's key text cheaper than its data's JSON (scripts/prerender.ts gives them). */
export type KeyParts = {
  /**
   * A list as text: its data's JSON without its entries, then each entry's digest, made once per summary; a
   * summary is in about five lists (the latest, its tags', its authors').
   */
  list: (list: ArticleListPage) => string;
  /** What an article's view is made from, as a digest (scripts/article-digests.ts); null when it is not known. */
  article: (view: ArticleView) => string | null;
};

export type BuildKindSpec<D> = {
  head: (data: D, site: SiteInfo) => PageHead;
  /** Feeds the page offers besides the site's own. */
  feeds: (data: D, site: SiteInfo) => Feed[];
  /** When the page last changed, for the sitemap; `sitemap: false` keeps the page out of it. */
  lastmod: ((data: D, changed: ChangeDates) => string | null) | { sitemap: false };
  /** What the page's island carries, when it is less than its data: the rest is in its HTML (lib/content/page-markup.ts). */
  island?: (data: D) => unknown;
  /**
   * The text the page's key is made from (scripts/page-cache.ts: pageKey), when something cheaper than its data's
   * JSON holds the same information; by default, that JSON.
   */
  keyText?: (data: D, parts: KeyParts) => string;
};

const none = () => [];

export const BUILD_KINDS: { [K in PageKind]: BuildKindSpec<PageDataByKind[K]> } = {
  latest: {
    head: latestHead,
    feeds: none,
    lastmod: (list, changed) => changed.list(list.items),
    island: listIsland,
    keyText: (list, parts) => parts.list(list),
  },
  article: {
    head: articleHead,
    feeds: none,
    lastmod: lastChanged,
    island: articleIsland,
    // Made from its source, not its view: a page that stays never makes its view's body or JSON.
    keyText: (view, parts) => parts.article(view) ?? JSON.stringify(view),
  },
  tag: {
    head: tagHead,
    feeds: ({ tag }, site) => [{ title: `${tag.name} · ${site.title}`, href: siteUrl(site, feedPaths.tag(tag.slug)) }],
    lastmod: ({ list }, changed) => changed.list(list.items),
    island: tagPageIsland,
    keyText: ({ tag, list }, parts) => `${JSON.stringify(tag)}${parts.list(list)}`,
  },
  author: {
    head: authorHead,
    feeds: none,
    lastmod: ({ list }, changed) => changed.list(list.items),
    island: authorPageIsland,
    keyText: ({ author, list }, parts) => `${JSON.stringify(author)}${parts.list(list)}`,
  },
  'tag-index': { head: tagIndexHead, feeds: none, lastmod: (_data, changed) => changed.site },
  'author-index': { head: authorIndexHead, feeds: none, lastmod: (_data, changed) => changed.site },
  page: { head: standalonePageHead, feeds: none, lastmod: (page) => page.updatedAt, island: pageIsland },
  search: { head: (_data, site) => searchHead(site), feeds: none, lastmod: { sitemap: false } },
  'not-found': { head: (_data, site) => notFoundHead(site), feeds: none, lastmod: { sitemap: false } },
};

export function buildKindOf<K extends PageKind>(page: PageOf<K>): BuildKindSpec<PageDataByKind[K]> {
  return BUILD_KINDS[page.kind];
}

export function headOf<K extends PageKind>(page: PageOf<K>, site: SiteInfo): PageHead {
  return buildKindOf(page).head(page.data, site);
}

export function feedsOf<K extends PageKind>(page: PageOf<K>, site: SiteInfo): Feed[] {
  return [{ title: site.title, href: siteUrl(site, feedPaths.site()) }, ...buildKindOf(page).feeds(page.data, site)];
}

/** When the page last changed; undefined when it is not in the sitemap. */
export function lastmodOf<K extends PageKind>(page: PageOf<K>, changed: ChangeDates): string | null | undefined {
  const { lastmod } = buildKindOf(page);
  return typeof lastmod === 'function' ? lastmod(page.data, changed) : undefined;
}

/** The JSON of the page's island, from `json`, the JSON of its data. */
export function islandJsonOf<K extends PageKind>(page: PageOf<K>, json: string): string {
  const { island } = buildKindOf(page);
  return island === undefined ? json : JSON.stringify(island(page.data));
}

/** The text the page's key is made from: as BuildKindSpec's keyText gives it, else its data's JSON. */
export function keyTextOf<K extends PageKind>(page: PageOf<K>, parts: KeyParts): string {
  const { keyText } = buildKindOf(page);
  return keyText === undefined ? JSON.stringify(page.data) : keyText(page.data, parts);
}
