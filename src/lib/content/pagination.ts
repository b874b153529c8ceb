/** Lists are published in pages of 20. */
export const PAGE_SIZE = 20;

export function pageCount(total: number, pageSize = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

/** Page `page` (1-based) of `items`. */
export function pageOf<T>(items: readonly T[], page: number, pageSize = PAGE_SIZE): T[] {
  return items.slice((page - 1) * pageSize, page * pageSize);
}

/**
 * Where the data files name an article by number (the search index, the tag filter), it is numbered in the order
 * of publication, 0 = the oldest: the site's order (0 = the newest) reversed. Publishing a new article, the newest,
 * changes no other article's number, so the files that hold only older ones stay as they were and a host is sent
 * only what changed (docs/decisions/004-search-index.md). This turns a position in the site's order of `total`
 * articles into its number, and a number back into its position.
 */
export function articleNumber(position: number, total: number): number {
  return total - 1 - position;
}

/** Summaries are published 20 to a file by number: article n is entry n % 20 of file ⌊n / 20⌋. */
export function summaryPosition(number: number): { file: number; entry: number } {
  return { file: Math.floor(number / PAGE_SIZE), entry: number % PAGE_SIZE };
}
