/**
 * The tags a reader has chosen to filter by, as the address carries them
 * (`/?tags=rail,ukraine`): slugs in the reader's order, no duplicates.
 */

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
