/**
 * The home view's tag filter, as a pure function over the filter's data file
 * (TagFilterData): which articles have every chosen tag, and which other
 * tags would still give results. No fetching, no React: the loader feeds it.
 * The chosen slugs themselves are tag-selection.ts.
 */
import type { TagCount, TagFilterData, TagRef } from '../../lib/content/model.ts';

export type TagFilterResult = {
  /** The chosen tags, in the reader's order. */
  chosen: TagRef[];
  /** The numbers of the articles that have every chosen tag (pagination.ts: articleNumber), newest first. */
  matches: number[];
  /**
   * The tags not chosen that some match has, each with the number of results
   * it would give if added; most results first, then by name.
   */
  offers: TagCount[];
};

/**
 * Filters the articles by every tag in `slugs` (already parsed: no
 * duplicates). null when a slug is not a tag of the site, which the reader
 * sees as "not found", as for an unknown tag's own address.
 */
export function filterByTags(data: TagFilterData, slugs: readonly string[]): TagFilterResult | null {
  const indexBySlug = new Map(data.tags.map((tag, index) => [tag.slug, index]));
  const chosenIndexes: number[] = [];
  for (const slug of slugs) {
    const index = indexBySlug.get(slug);
    if (index === undefined) return null;
    chosenIndexes.push(index);
  }
  const isChosen = new Set(chosenIndexes);

  const matches: number[] = [];
  const counts = new Array<number>(data.tags.length).fill(0);
  // Numbered from the oldest: the newest first is the highest number first.
  for (let article = data.articles.length - 1; article >= 0; article -= 1) {
    const tagIndexes = data.articles[article] ?? [];
    if (!chosenIndexes.every((chosen) => tagIndexes.includes(chosen))) continue;
    matches.push(article);
    for (const index of tagIndexes) counts[index] = (counts[index] ?? 0) + 1;
  }

  const offers = data.tags
    .map((tag, index) => ({ tag, index, count: counts[index] ?? 0 }))
    .filter(({ index, count }) => count > 0 && !isChosen.has(index))
    // Tags are sorted by name in the file, so index order breaks ties by name.
    .sort((a, b) => b.count - a.count || a.index - b.index)
    .map(({ tag, count }) => ({ slug: tag.slug, name: tag.name, count }));

  return {
    chosen: chosenIndexes.flatMap((index) => data.tags[index] ?? []),
    matches,
    offers,
  };
}
