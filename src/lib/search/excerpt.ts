/**
 * The passage of an article shown under a search result: the stretch of
 * words with the most of the query's terms, the matching words marked.
 */
import { wordSpans } from './normalize.ts';

export type ExcerptPart = { text: string; match: boolean };

/** About two lines of a result. */
export const EXCERPT_WORDS = 30;
/** Words of context kept before the first match. */
const LEAD_WORDS = 6;

export function highlightExcerpt(text: string, matched: ReadonlySet<string>, length = EXCERPT_WORDS): ExcerptPart[] {
  const spans = wordSpans(text);
  if (spans.length === 0) return text === '' ? [] : [{ text, match: false }];

  let bestStart = 0;
  let bestCount = 0;
  spans.forEach((span, index) => {
    if (!matched.has(span.term)) return;
    const start = Math.max(0, index - LEAD_WORDS);
    const distinct = new Set(
      spans
        .slice(start, start + length)
        .filter((word) => matched.has(word.term))
        .map((word) => word.term),
    ).size;
    if (distinct > bestCount) {
      bestCount = distinct;
      bestStart = start;
    }
  });

  const window = spans.slice(bestStart, bestStart + length);
  const first = window[0];
  const last = window.at(-1);
  if (first === undefined || last === undefined) return [];
  const from = bestStart === 0 ? 0 : first.start;
  const to = bestStart + length >= spans.length ? text.length : last.end;

  const parts: ExcerptPart[] = [];
  if (from > 0) parts.push({ text: '…', match: false });
  let cursor = from;
  for (const word of window) {
    if (!matched.has(word.term)) continue;
    if (word.start > cursor) parts.push({ text: text.slice(cursor, word.start), match: false });
    parts.push({ text: text.slice(word.start, word.end), match: true });
    cursor = word.end;
  }
  if (to > cursor) parts.push({ text: text.slice(cursor, to), match: false });
  if (to < text.length) parts.push({ text: '…', match: false });
  return mergePlain(parts);
}

function mergePlain(parts: ExcerptPart[]): ExcerptPart[] {
  const merged: ExcerptPart[] = [];
  for (const part of parts) {
    const previous = merged.at(-1);
    if (previous !== undefined && !previous.match && !part.match) previous.text += part.text;
    else merged.push({ ...part });
  }
  return merged;
}
