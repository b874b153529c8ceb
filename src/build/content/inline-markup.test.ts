import { expect, test } from 'vitest';

import { plainText } from '../../lib/content/plain-text.ts';
import { inlineLinks, parseInline } from './inline-markup.ts';

test('plain text is one string; an empty string is no nodes', () => {
  expect(parseInline('Just words.')).toEqual(['Just words.']);
  expect(parseInline('')).toEqual([]);
});

test('*emphasis* becomes an em node between strings', () => {
  expect(parseInline('a *quiet* word')).toEqual(['a ', { type: 'em', children: ['quiet'] }, ' word']);
});

test('**strong** becomes a strong node, not two em nodes', () => {
  expect(parseInline('**Breaking:** news')).toEqual([{ type: 'strong', children: ['Breaking:'] }, ' news']);
});

test('emphasis may span several words', () => {
  expect(parseInline('*not one word*')).toEqual([{ type: 'em', children: ['not one word'] }]);
});

test('[text](link) becomes a link node with the href and the label as children', () => {
  expect(parseInline('See [the report](https://example.org/report?id=1) now.')).toEqual([
    'See ',
    { type: 'link', href: 'https://example.org/report?id=1', children: ['the report'] },
    ' now.',
  ]);
  expect(parseInline('[About](/about)')).toEqual([{ type: 'link', href: '/about', children: ['About'] }]);
});

test('the link parser keeps any href it finds; deciding which are allowed is not its job', () => {
  expect(parseInline('[x](javascript:alert(1))')).toEqual([
    { type: 'link', href: 'javascript:alert(1)', children: ['x'] },
  ]);
});

test('em inside strong and strong inside em nest', () => {
  expect(parseInline('**strong with *em* inside**')).toEqual([
    {
      type: 'strong',
      children: ['strong with ', { type: 'em', children: ['em'] }, ' inside'],
    },
  ]);
  expect(parseInline('*em with **strong** inside*')).toEqual([
    {
      type: 'em',
      children: ['em with ', { type: 'strong', children: ['strong'] }, ' inside'],
    },
  ]);
});

test('a *** run closes an inner em and an outer strong at once, in either order', () => {
  expect(parseInline('**Update: *see below***')).toEqual([
    {
      type: 'strong',
      children: ['Update: ', { type: 'em', children: ['see below'] }],
    },
  ]);
  expect(parseInline('*quoted **word***')).toEqual([
    {
      type: 'em',
      children: ['quoted ', { type: 'strong', children: ['word'] }],
    },
  ]);
  expect(parseInline('***both***')).toEqual([{ type: 'strong', children: [{ type: 'em', children: ['both'] }] }]);
});

test('a *** run right after a strong still lets the last * open an em', () => {
  expect(parseInline('**a***b*')).toEqual([
    { type: 'strong', children: ['a'] },
    { type: 'em', children: ['b'] },
  ]);
});

test('"**open*" is a literal * then an em, as in CommonMark', () => {
  expect(parseInline('**open*')).toEqual(['*', { type: 'em', children: ['open'] }]);
});

test('markup nests inside link labels and links nest inside emphasis', () => {
  expect(parseInline('[**bold** label](/x)')).toEqual([
    {
      type: 'link',
      href: '/x',
      children: [{ type: 'strong', children: ['bold'] }, ' label'],
    },
  ]);
  expect(parseInline('*see [this](/y)*')).toEqual([
    {
      type: 'em',
      children: ['see ', { type: 'link', href: '/y', children: ['this'] }],
    },
  ]);
});

test('HTML is literal text, never markup', () => {
  const html = '<b>bold</b> <script>alert("x")</script> <a href="javascript:alert(1)">x</a> &amp;';
  expect(parseInline(html)).toEqual([html]);
});

test('"5 * 3 * 2" stays literal: a * followed or preceded by a space is not a delimiter', () => {
  expect(parseInline('5 * 3 * 2 = 30')).toEqual(['5 * 3 * 2 = 30']);
  expect(parseInline('a ** b ** c')).toEqual(['a ** b ** c']);
  expect(parseInline('*not closed *')).toEqual(['*not closed *']);
});

test('unclosed delimiters stay literal', () => {
  for (const text of [
    '*open',
    '**open',
    'a * b',
    '[label without link]',
    '[label](no-closing-paren',
    '[label] (/space-before-paren)',
    '[](/empty-label)',
    '[empty href]()',
    '[space](/in href)',
    ']( alone',
  ]) {
    expect(parseInline(text), text).toEqual([text]);
  }
});

test('literal text around markup is kept exactly, including stray delimiters', () => {
  const nodes = parseInline('5 * 3 is *fifteen* [not a link');
  expect(nodes).toEqual(['5 * 3 is ', { type: 'em', children: ['fifteen'] }, ' [not a link']);
});

test('inlineToPlainText removes markup and keeps every visible character', () => {
  expect(plainText(parseInline('Read **the [full *report*](https://example.org)** now.'))).toBe(
    'Read the full report now.',
  );
  expect(plainText(parseInline('5 * 3 * 2 <b>x</b>'))).toBe('5 * 3 * 2 <b>x</b>');
  expect(plainText([])).toBe('');
});

test('inlineLinks lists every href in order, nested ones included, and nothing for plain text', () => {
  expect(inlineLinks(parseInline('[a](/a), **[b](https://b.example)** and *x [c](mailto:c@example.org)*'))).toEqual([
    '/a',
    'https://b.example',
    'mailto:c@example.org',
  ]);
  expect(inlineLinks(parseInline('*no links* here, <a href="javascript:x">html</a>'))).toEqual([]);
});

test('inlineLinks includes links nested inside a link label', () => {
  const nodes = [
    {
      type: 'link' as const,
      href: '/outer',
      children: [{ type: 'link' as const, href: '/inner', children: ['x'] }],
    },
  ];
  expect(inlineLinks(nodes)).toEqual(['/outer', '/inner']);
});

test('a link target may hold parentheses in pairs, as CommonMark reads it; the first unmatched one ends it', () => {
  expect(parseInline('See [Kursk](https://en.wikipedia.org/wiki/Kursk_(city)) today.')).toEqual([
    'See ',
    { type: 'link', href: 'https://en.wikipedia.org/wiki/Kursk_(city)', children: ['Kursk'] },
    ' today.',
  ]);
  expect(parseInline('([a](https://x.example/b))')).toEqual([
    '(',
    { type: 'link', href: 'https://x.example/b', children: ['a'] },
    ')',
  ]);
});

test('brackets that no link target follows stay text: the link is only the label before its target', () => {
  expect(parseInline('They said "they [the troops] were brave", in [the report](https://x.example/r).')).toEqual([
    'They said "they [the troops] were brave", in ',
    { type: 'link', href: 'https://x.example/r', children: ['the report'] },
    '.',
  ]);
  expect(parseInline('[the [sic] report](https://x.example/r)')).toEqual([
    { type: 'link', href: 'https://x.example/r', children: ['the [sic] report'] },
  ]);
  expect(parseInline('[Update] Sirens at 4 am.')).toEqual(['[Update] Sirens at 4 am.']);
});
