/**
 * Slugs as the content format wants them (lowercase ASCII letters, digits and single hyphens, at most 120
 * characters), made from Ghost's, and kept unique. Ghost's slugs are almost always valid already; the rest
 * (accents, other scripts, underscores, double hyphens, collisions, a page named like one of the reader's own
 * addresses) are changed, and the report says how (slugChange).
 */
import anyAscii from 'any-ascii';

import { isSlug, SLUG_MAX_LENGTH } from '../../src/lib/content/slug.ts';

export function toSlug(raw: string): string {
  // Ghost keeps Cyrillic, Greek, CJK… in slugs; any-ascii romanizes them (`новини` → `novini`). Emoji are
  // dropped first: any-ascii would spell them out as their names (`🙂` → `:slight_smile:`).
  const ascii = anyAscii(raw.replace(/\p{Extended_Pictographic}/gu, ''))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (ascii.length <= SLUG_MAX_LENGTH) return ascii;
  return ascii.slice(0, SLUG_MAX_LENGTH).replace(/-[^-]*$/, '') || ascii.slice(0, SLUG_MAX_LENGTH);
}

export type SlugClaim = { slug: string; changed: boolean };

/** Hands out unique slugs in the order asked, which is the input's order: the same input gives the same slugs. */
export function slugRegistry(
  reserved: ReadonlySet<string> = new Set(),
): (wanted: string, fallback: string) => SlugClaim {
  const taken = new Set<string>();
  return (wanted, fallback) => {
    const base = toSlug(wanted) || toSlug(fallback) || 'untitled';
    let slug = base;
    for (let counter = 2; taken.has(slug) || reserved.has(slug) || !isSlug(slug); counter += 1) {
      const suffix = `-${counter}`;
      slug = `${base.slice(0, SLUG_MAX_LENGTH - suffix.length).replace(/-+$/, '')}${suffix}`;
    }
    taken.add(slug);
    return { slug, changed: slug !== wanted };
  };
}

/** The report's line for a changed slug: `what` is "slug" for posts and pages, "tag slug" or "author slug". */
export function slugChange(what: string, wanted: string, claim: SlugClaim): string {
  const line = `Ghost's ${what} ${JSON.stringify(wanted)} is ${JSON.stringify(claim.slug)} here`;
  // `untitled` is the last resort (only symbols or emoji to go on): worth a better slug by hand.
  return toSlug(wanted) === '' && claim.slug.startsWith('untitled')
    ? `${line} (it has no letters or digits to keep)`
    : line;
}
