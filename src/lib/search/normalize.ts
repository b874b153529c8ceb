/**
 * The one definition of a search term, shared by the index build and the
 * browser so that both sides cut and fold text the same way.
 *
 * A word is a run of letters, digits and combining marks in any script, so
 * "Київ" and "Kursk" are words alike. Folding drops accents and case ("Café"
 * → "cafe"), which makes a query typed without them still match.
 */

/** Words shorter than this are not indexed: they would match almost everything. */
export const MIN_TERM_LENGTH = 2;

const WORD = /[\p{L}\p{N}\p{M}]+/gu;
const MARKS = /\p{M}/gu;

const ASCII = /^[ -~]*$/;

export function foldTerm(word: string): string {
  // Most words of most texts are printable ASCII, which has nothing to decompose: several times faster at build time.
  if (ASCII.test(word)) return word.toLowerCase();
  return word.normalize('NFKD').replace(MARKS, '').toLowerCase();
}

/** A word of a text, with where it is, for highlighting. */
export type WordSpan = { start: number; end: number; term: string };

export function wordSpans(text: string): WordSpan[] {
  const spans: WordSpan[] = [];
  for (const match of text.matchAll(WORD)) {
    const term = foldTerm(match[0]);
    if (term.length >= MIN_TERM_LENGTH) spans.push({ start: match.index, end: match.index + match[0].length, term });
  }
  return spans;
}

/** The searchable terms of a text, in order, repeats kept. */
export function terms(text: string): string[] {
  return wordSpans(text).map((span) => span.term);
}
