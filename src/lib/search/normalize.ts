/**
 * The one definition of a search term, shared by the index build and the
 * browser so that both sides cut and fold text the same way.
 *
 * A word is a run of letters, digits and combining marks in any script, so
 * "Київ" and "Kursk" are words alike, and a figure is one word ("3.5",
 * "1,200"). Folding drops accents and case ("Café" → "cafe", "Łódź" → "lodz",
 * "Straße" → "strasse") and thousands' commas ("1,200" → "1200"), which makes
 * a query typed without them still match.
 */

/** Words shorter than this are not indexed: they would match almost everything. */
export const MIN_TERM_LENGTH = 2;

/** Letters, digits and marks; a point or comma between digits joins a figure: "3.5", "1,200". */
const WORD = /[\p{L}\p{N}\p{M}]+(?:(?<=\p{N})[.,](?=\p{N})[\p{L}\p{N}\p{M}]+)*/gu;
const MARKS = /\p{M}/gu;
/**
 * A comma between digits is dropped: "1,200" and "1200" are one figure, and a figure being typed ("1,2", "12,50")
 * finds the figures it starts. A decimal comma ("3,5") becomes 35 with it, the lesser harm in English news.
 */
const THOUSANDS = /(?<=\p{Nd}),(?=\p{Nd})/gu;

const ASCII = /^[ -~]*$/;

/** Letters that are not a base letter with a mark, so that decomposing leaves them as they are. */
const OWN_LETTERS: Readonly<Record<string, string>> = {
  ł: 'l',
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ħ: 'h',
  ı: 'i',
};
const OWN_LETTER = /[łøæœßđðþħı]/g;

export function foldTerm(word: string): string {
  // Most words of most texts are printable ASCII, which has nothing to decompose: several times faster at build time.
  const folded = ASCII.test(word)
    ? word.toLowerCase()
    : word
        .normalize('NFKD')
        .replace(MARKS, '')
        .toLowerCase()
        .replace(OWN_LETTER, (letter) => OWN_LETTERS[letter] ?? letter);
  // Only figures hold a comma (WORD): the test spares ten million words a replace.
  return folded.includes(',') ? folded.replace(THOUSANDS, '') : folded;
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
