/**
 * The home view's tag filter, as pure functions over the filter's data file
 * (TagFilterData): which articles have every chosen tag, and which other
 * tags would still give results. No fetching, no React: the loader feeds it.
 */
import type { TagCount, TagFilterData, TagRef } from './model.ts';

/**
 * The chosen tag slugs from the `tags` query value (`rail,ukraine`): trimmed,
 * empty entries dropped, duplicates collapsed, order kept.
 */
export function parseTagsParam(value: string | null | undefined): string[] {
  if (value == null) return [];
  const slugs = value
    .split(',')
    .map((slug) => slug.trim())
    .filter((slug) => slug !== '');
  return [...new Set(slugs)];
}

/** The chosen slugs with `slug` added at the end (no change when already chosen). */
export function withTag(chosen: readonly string[], slug: string): string[] {
  return chosen.includes(slug) ? [...chosen] : [...chosen, slug];
}

/** The chosen slugs without `slug`. */
export function withoutTag(chosen: readonly string[], slug: string): string[] {
  return chosen.filter((other) => other !== slug);
}

export type TagFilterResult = {
  /** The chosen tags, in the reader's order. */
  chosen: TagRef[];
  /** Indexes of the articles that have every chosen tag, newest first (ascending). */
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
  data.articles.forEach((tagIndexes, article) => {
    if (!chosenIndexes.every((chosen) => tagIndexes.includes(chosen))) return;
    matches.push(article);
    for (const index of tagIndexes) counts[index] = (counts[index] ?? 0) + 1;
  });

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

/** "Rail", "Rail and Ukraine", "Rail, Ukraine and Trains": the chosen tags in a sentence. */
export function tagNameList(tags: readonly TagRef[]): string {
  const names = tags.map((tag) => tag.name);
  const last = names.pop();
  if (last === undefined) return '';
  return names.length === 0 ? last : `${names.join(', ')} and ${last}`;
}
