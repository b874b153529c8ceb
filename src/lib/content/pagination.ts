/**
 * Lists are published in pages of 20. The latest list is also the site's
 * article order: article n (0 = newest) is entry n % 20 of latest page
 * ⌊n / 20⌋ + 1, which is how the search index and the tag filter, which
 * number articles, find an article's summary without a file per article.
 */
export const PAGE_SIZE = 20;

export function pageCount(total: number, pageSize = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

/** Page `page` (1-based) of `items`. */
export function pageOf<T>(items: readonly T[], page: number, pageSize = PAGE_SIZE): T[] {
  return items.slice((page - 1) * pageSize, page * pageSize);
}

/** Where article number `index` of the site's order is listed: latest page `page` (1-based), entry `entry`. */
export function latestPosition(index: number): { page: number; entry: number } {
  return { page: Math.floor(index / PAGE_SIZE) + 1, entry: index % PAGE_SIZE };
}
