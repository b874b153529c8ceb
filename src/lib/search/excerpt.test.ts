import { expect, test } from 'vitest';

import { highlightExcerpt } from './excerpt.ts';
import { foldTerm } from './normalize.ts';

const render = (parts: ReturnType<typeof highlightExcerpt>) =>
  parts.map((part) => (part.match ? `[${part.text}]` : part.text)).join('');

test('matching words are marked, in their original spelling', () => {
  expect(render(highlightExcerpt('Troops returned from Kursk.', new Set(['kursk'])))).toBe(
    'Troops returned from [Kursk].',
  );
  expect(render(highlightExcerpt('Новини з Києва і Київ', new Set([foldTerm('Київ')])))).toBe(
    'Новини з Києва і [Київ]',
  );
});

test('a long text is cut around the best passage, with ellipses where it was cut', () => {
  const words = Array.from({ length: 100 }, (_, n) => `w${n}`);
  words[50] = 'Kursk';
  words[52] = 'troops';
  const text = words.join(' ');
  const excerpt = render(highlightExcerpt(text, new Set(['kursk', 'troops']), 10));
  expect(excerpt).toBe('…w44 w45 w46 w47 w48 w49 [Kursk] w51 [troops] w53…');
});

test('the passage with more distinct query words wins over an earlier one with fewer', () => {
  const text = `alpha ${'x '.repeat(40)}alpha beta`;
  expect(render(highlightExcerpt(text, new Set(['alpha', 'beta']), 8))).toContain('[alpha] [beta]');
});

test('with no match, the excerpt is the start of the text', () => {
  expect(render(highlightExcerpt('One two three four', new Set(['zzz']), 2))).toBe('One two…');
});

test('an empty text has no excerpt', () => {
  expect(highlightExcerpt('', new Set(['a']))).toEqual([]);
});
