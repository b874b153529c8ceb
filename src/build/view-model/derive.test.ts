import fc from 'fast-check';
import { expect, test } from 'vitest';

import seedArticle from '../../content/articles/kim-jong-un-reportedly-awards-troops-who-fought-for-russia.json';
import { ArticleSchema } from '../content/schema.ts';
import { sizeArticle } from '../content/size-images.ts';
import { noImageFiles } from '../test-content.ts';
import {
  compareByRecency,
  countWords,
  EXCERPT_MAX_CHARS,
  excerpt,
  paragraphs,
  publicationTime,
  readingMinutes,
  sortByRecency,
} from './derive.ts';
import { enhanceBody } from './enhance-body.ts';
import { singleImage } from './enhance-image.ts';

/** Paragraphs as the content format writes them, made into the view model's blocks. */
function body(...texts: string[]) {
  return enhanceBody(texts, singleImage);
}

/** `count` distinct words separated by single spaces. */
function words(count: number): string {
  return Array.from({ length: count }, (_, index) => `word${index}`).join(' ');
}

test('the bundled seed article is a 2 minute read', () => {
  expect(
    readingMinutes(enhanceBody(sizeArticle(ArticleSchema.parse(seedArticle), noImageFiles).body, singleImage)),
  ).toBe(2);
});

test('200 words are 1 minute and 201 words are 2', () => {
  expect(readingMinutes(body(words(200)))).toBe(1);
  expect(readingMinutes(body(words(201)))).toBe(2);
  expect(readingMinutes(body(words(400)))).toBe(2);
  expect(readingMinutes(body(words(401)))).toBe(3);
});

test('words are counted across texts and across any white space', () => {
  // The last word of one text and the first of the next are two words.
  expect(readingMinutes(body(words(100), words(101)))).toBe(2);
  expect(readingMinutes(body(words(100), words(100)))).toBe(1);
  expect(readingMinutes(body(`  ${words(100).replace(/ /g, '\n\t ')}  `, words(100)))).toBe(1);
  expect(readingMinutes(body(`${words(100)}\n\n${words(101)}`))).toBe(2);
});

test('countWords counts what splitting at any white space finds, in any script', () => {
  // Every character JavaScript's \s matches, and some it does not (a zero-width space, a word joiner, NEL).
  const spaces = ['\t', '\n', '\v', '\f', '\r', ' ', '\u00a0', '\u1680', '\u2000', '\u2005', '\u200a'];
  spaces.push('\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff');
  const others = ['a', 'Z', '9', '.', ',', '—', 'ё', 'Ж', '字', '\u200b', '\u2060', '\u0085', '🙂'];
  const character = fc.constantFrom(...spaces, ...others);
  const split = (text: string) => text.split(/\s+/).filter((token) => token !== '').length;
  fc.assert(
    fc.property(fc.array(character, { maxLength: 40 }), (characters) => {
      const text = characters.join('');
      expect(countWords(text)).toBe(split(text));
    }),
  );
  expect(countWords('')).toBe(0);
  expect(countWords('  one\u00a0two\u3000three  ')).toBe(3);
});

test('inline markup is removed before counting', () => {
  // "[Reuters ](…)" is two tokens as typed but one word as read.
  const text = `${words(199)} [Reuters ](https://www.reuters.com/world/)`;
  expect(text.split(/\s+/)).toHaveLength(201);
  expect(readingMinutes(body(text))).toBe(1);
  const marked = Array.from({ length: 200 }, (_, index) => (index % 2 === 0 ? `**w${index}**` : `*w${index}*`)).join(
    ' ',
  );
  expect(readingMinutes(body(marked))).toBe(1);
});

test('reading time is at least 1 minute, even for no words', () => {
  expect(readingMinutes([])).toBe(1);
  expect(readingMinutes(body('', '   '))).toBe(1);
  expect(readingMinutes(body('One.'))).toBe(1);
});

test('excerpt: the standfirst wins over the first paragraph, as written', () => {
  expect(excerpt('The standfirst, *as typed*.', body('The first paragraph.'))).toBe('The standfirst, *as typed*.');
  expect(excerpt('Short.', body(words(100)))).toBe('Short.');
});

test('excerpt: a short first paragraph is used unchanged', () => {
  expect(excerpt(null, body('A short first paragraph.'))).toBe('A short first paragraph.');
  const exactly200 = 'x'.repeat(EXCERPT_MAX_CHARS);
  expect(excerpt(null, body(exactly200))).toBe(exactly200);
});

test('excerpt: characters are counted and cut whole, an emoji as one', () => {
  const faces = '😀'.repeat(150);
  expect(excerpt(null, body(`a ${faces}`))).toBe(`a ${faces}`);
  const cut = excerpt(null, body(`a ${'😀'.repeat(250)}`));
  expect(cut).toBe(`a…`);
  const long = excerpt(null, body('😀'.repeat(250)));
  expect(Array.from(long)).toHaveLength(201);
  expect(long).toBe(`${'😀'.repeat(200)}…`);
});

test('excerpt: no standfirst and no paragraph is empty', () => {
  expect(excerpt(null, [])).toBe('');
});

test('excerpt: a long paragraph is cut at a word boundary to at most 200 characters, plus "…"', () => {
  const paragraph =
    'North Korean leader Kim Jong Un publicly decorated soldiers who fought alongside Russian forces in the war against Ukraine, state media reported on Thursday, in a ceremony held in Pyongyang with families present.';
  expect(paragraph.length).toBeGreaterThan(EXCERPT_MAX_CHARS);
  const result = excerpt(null, body(paragraph));
  expect(result).toBe(
    'North Korean leader Kim Jong Un publicly decorated soldiers who fought alongside Russian forces in the war against Ukraine, state media reported on Thursday, in a ceremony held in Pyongyang with…',
  );
  expect(result.length - 1).toBeLessThanOrEqual(EXCERPT_MAX_CHARS);
  expect(paragraph.startsWith(result.slice(0, -1))).toBe(true);
  expect(paragraph[result.length - 1]).toBe(' ');
});

test('excerpt: a word ending exactly at 200 characters is kept whole', () => {
  const paragraph = `${'a'.repeat(195)} bbbb cccc`;
  expect(excerpt(null, body(paragraph))).toBe(`${'a'.repeat(195)} bbbb…`);
  const straddling = `${'a'.repeat(195)} bbbbbb`;
  expect(excerpt(null, body(straddling))).toBe(`${'a'.repeat(195)}…`);
});

test('excerpt: punctuation left dangling at the cut is dropped before "…"', () => {
  const paragraph = `${'a'.repeat(190)}, bbbbbbbbbbbbbbb`;
  expect(excerpt(null, body(paragraph))).toBe(`${'a'.repeat(190)}…`);
});

test('excerpt: a single word longer than the limit is cut inside it', () => {
  expect(excerpt(null, body('x'.repeat(250)))).toBe(`${'x'.repeat(200)}…`);
});

test('excerpt: inline markup is stripped and white space collapsed before measuring', () => {
  expect(excerpt(null, body('A **bold** claim and [a link](https://example.org).'))).toBe('A bold claim and a link.');
  expect(excerpt(null, body('  Two\n\nlines  '))).toBe('Two lines');
  // 150 visible characters, but 190 with the markup: not cut.
  const visible = 'y'.repeat(150);
  expect(excerpt(null, body(`[${visible}](https://example.org/${'z'.repeat(20)})`))).toBe(visible);
});

test('publicationTime: a bare date is midnight UTC; offsets are honoured', () => {
  expect(publicationTime('2025-08-22')).toBe(Date.UTC(2025, 7, 22));
  expect(publicationTime('2025-08-22T09:30:00+03:00')).toBe(Date.UTC(2025, 7, 22, 6, 30));
  expect(publicationTime('2025-08-22T09:30:00Z')).toBe(Date.UTC(2025, 7, 22, 9, 30));
});

test('compareByRecency: newest first', () => {
  const old = { slug: 'old', title: 'B', publishedAt: '2025-08-20' };
  const recent = { slug: 'recent', title: 'A', publishedAt: '2025-08-22' };
  const middle = { slug: 'middle', title: 'C', publishedAt: '2025-08-21' };
  expect([old, recent, middle].sort(compareByRecency).map((item) => item.slug)).toEqual(['recent', 'middle', 'old']);
});

test('compareByRecency: ties are broken by title, then by slug', () => {
  const same = { slug: 'same', title: 'Same', publishedAt: '2025-08-22' };
  expect(compareByRecency(same, { ...same })).toBe(0);
  const items = [
    { slug: 'c', title: 'Zebra', publishedAt: '2025-08-22' },
    { slug: 'b', title: 'apple', publishedAt: '2025-08-22' },
    { slug: 'a', title: 'Mango', publishedAt: '2025-08-22' },
    { slug: 'e', title: 'Mango', publishedAt: '2025-08-22' },
    { slug: 'd', title: 'Mango', publishedAt: '2025-08-22' },
  ];
  expect([...items].sort(compareByRecency).map((item) => item.slug)).toEqual(['b', 'a', 'd', 'e', 'c']);
});

test('compareByRecency: dates and date-times with offsets are compared as instants', () => {
  // 09:00 in Kyiv (+03:00) is 06:00Z; 08:00 in London (+01:00) is 07:00Z, so later.
  const kyiv = { slug: 'kyiv', title: 'A', publishedAt: '2025-08-22T09:00:00+03:00' };
  const london = { slug: 'london', title: 'B', publishedAt: '2025-08-22T08:00:00+01:00' };
  expect([kyiv, london].sort(compareByRecency).map((item) => item.slug)).toEqual(['london', 'kyiv']);
  // A bare date is midnight UTC: 01:00 at +03:00 is still the day before in UTC.
  const bareDate = { slug: 'bare', title: 'Z', publishedAt: '2025-08-22' };
  const earlyMorning = { slug: 'early', title: 'A', publishedAt: '2025-08-22T01:00:00+03:00' };
  const lateMorning = { slug: 'late', title: 'A', publishedAt: '2025-08-22T10:00:00+03:00' };
  expect([earlyMorning, bareDate, lateMorning].sort(compareByRecency).map((item) => item.slug)).toEqual([
    'late',
    'bare',
    'early',
  ]);
  // The same instant written two ways is a tie, broken by title.
  const utc = { slug: 'utc', title: 'B', publishedAt: '2025-08-22T06:00:00Z' };
  const offset = { slug: 'offset', title: 'A', publishedAt: '2025-08-22T09:00:00+03:00' };
  expect([utc, offset].sort(compareByRecency).map((item) => item.slug)).toEqual(['offset', 'utc']);
});

test('sortByRecency: the order of compareByRecency, ties and equal instants included', () => {
  // Few values, so that most lists have ties in date, in title, or both.
  const item = fc.record({
    slug: fc.constantFrom('a', 'b', 'c', 'd'),
    title: fc.constantFrom('Mango', 'apple', 'Zebra'),
    publishedAt: fc.constantFrom('2025-08-22', '2025-08-22T00:00:00Z', '2025-08-22T03:00:00+03:00', '2025-08-21'),
  });
  fc.assert(
    fc.property(fc.array(item, { maxLength: 12 }), (items) => {
      expect(sortByRecency(items)).toEqual([...items].sort(compareByRecency));
    }),
  );
});

test('paragraphs: a blank line separates paragraphs; single newlines stay inside one', () => {
  expect(paragraphs('First.\n\nSecond.')).toEqual(['First.', 'Second.']);
  expect(paragraphs('First.\n  \t\nSecond.\n\n\n\nThird.')).toEqual(['First.', 'Second.', 'Third.']);
  expect(paragraphs('One line\nand the next')).toEqual(['One line\nand the next']);
  expect(paragraphs('  padded  \n\n')).toEqual(['padded']);
  expect(paragraphs('First.\r\n\r\nSecond.')).toEqual(['First.', 'Second.']);
});

test('paragraphs: no bio is no paragraphs', () => {
  expect(paragraphs(undefined)).toEqual([]);
  expect(paragraphs('')).toEqual([]);
  expect(paragraphs('\n\n')).toEqual([]);
});
