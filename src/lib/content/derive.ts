/** Derived values of the content format: computed, never written by hand. */
import { inlineToPlainText, parseInline } from './inline-markup.ts';

export const PAGE_SIZE = 20;
export const WORDS_PER_MINUTE = 200;
export const EXCERPT_MAX_CHARS = 200;

/** Minutes to read `texts` (inline markup removed), rounded up, at least 1. */
export function readingMinutes(texts: readonly string[]): number {
  const words = texts
    .map((text) => inlineToPlainText(parseInline(text)))
    .join(' ')
    .split(/\s+/)
    .filter((token) => token !== '').length;
  return Math.max(1, Math.ceil(words / WORDS_PER_MINUTE));
}

/**
 * The standfirst, or else the first paragraph cut at a word boundary to at
 * most 200 characters (not counting the "…" added when cut).
 */
export function excerpt(standfirst: string | undefined, firstParagraph: string | undefined): string {
  if (standfirst !== undefined) return standfirst;
  if (firstParagraph === undefined) return '';
  const text = inlineToPlainText(parseInline(firstParagraph)).replace(/\s+/g, ' ').trim();
  if (text.length <= EXCERPT_MAX_CHARS) return text;
  const cut = text.slice(0, EXCERPT_MAX_CHARS + 1);
  const lastSpace = cut.lastIndexOf(' ');
  // One word longer than the limit: cut inside it rather than show nothing.
  const head = lastSpace > 0 ? cut.slice(0, lastSpace) : text.slice(0, EXCERPT_MAX_CHARS);
  return `${head.replace(/[\s,;:.–—-]+$/u, '')}…`;
}

/** Milliseconds since the epoch; a bare date counts as midnight UTC. */
export function publicationTime(value: string): number {
  return Date.parse(value.length === 10 ? `${value}T00:00:00Z` : value);
}

type Orderable = { publishedAt: string; title: string; slug: string };

/** Newest first; ties by title, then slug so that the order is total. */
export function compareByRecency(a: Orderable, b: Orderable): number {
  return (
    publicationTime(b.publishedAt) - publicationTime(a.publishedAt) ||
    a.title.localeCompare(b.title, 'en') ||
    (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0)
  );
}

export function pageCount(total: number, pageSize = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

/** Page `page` (1-based) of `items`. */
export function pageOf<T>(items: readonly T[], page: number, pageSize = PAGE_SIZE): T[] {
  return items.slice((page - 1) * pageSize, page * pageSize);
}

/** Paragraphs of a plain-text bio: a blank line separates them. */
export function paragraphs(text: string | undefined): string[] {
  if (text === undefined) return [];
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '');
}

/** "Olena Goncharova" → "OG"; at most two letters, first and last name. */
export function initials(name: string): string {
  const words = name.split(/\s+/).filter((word) => word !== '');
  const first = words[0];
  const last = words.length > 1 ? words.at(-1) : undefined;
  return [first, last]
    .map((word) => (word === undefined ? '' : (Array.from(word)[0] ?? '')))
    .join('')
    .toLocaleUpperCase();
}
