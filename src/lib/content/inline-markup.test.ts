import { expect, test } from 'vitest';

import { inlineLinks, inlineToPlainText, parseInline } from './inline-markup.ts';

test('plain text is one text node; an empty string is no nodes', () => {
  expect(parseInline('Just words.')).toEqual([{ type: 'text', text: 'Just words.' }]);
  expect(parseInline('')).toEqual([]);
});

test('*emphasis* becomes an em node between text nodes', () => {
  expect(parseInline('a *quiet* word')).toEqual([
    { type: 'text', text: 'a ' },
    { type: 'em', children: [{ type: 'text', text: 'quiet' }] },
    { type: 'text', text: ' word' },
  ]);
});

test('**strong** becomes a strong node, not two em nodes', () => {
  expect(parseInline('**Breaking:** news')).toEqual([
    { type: 'strong', children: [{ type: 'text', text: 'Breaking:' }] },
    { type: 'text', text: ' news' },
  ]);
});

test('emphasis may span several words', () => {
  expect(parseInline('*not one word*')).toEqual([{ type: 'em', children: [{ type: 'text', text: 'not one word' }] }]);
});

test('[text](link) becomes a link node with the href and the label as children', () => {
  expect(parseInline('See [the report](https://example.org/report?id=1) now.')).toEqual([
    { type: 'text', text: 'See ' },
    { type: 'link', href: 'https://example.org/report?id=1', children: [{ type: 'text', text: 'the report' }] },
    { type: 'text', text: ' now.' },
  ]);
  expect(parseInline('[About](/about)')).toEqual([
    { type: 'link', href: '/about', children: [{ type: 'text', text: 'About' }] },
  ]);
});

test('the link parser keeps any href it finds; deciding which are allowed is not its job', () => {
  expect(parseInline('[x](javascript:alert(1))')).toEqual([
    { type: 'link', href: 'javascript:alert(1', children: [{ type: 'text', text: 'x' }] },
    { type: 'text', text: ')' },
  ]);
});

test('em inside strong and strong inside em nest', () => {
  expect(parseInline('**strong with *em* inside**')).toEqual([
    {
      type: 'strong',
      children: [
        { type: 'text', text: 'strong with ' },
        { type: 'em', children: [{ type: 'text', text: 'em' }] },
        { type: 'text', text: ' inside' },
      ],
    },
  ]);
  expect(parseInline('*em with **strong** inside*')).toEqual([
    {
      type: 'em',
      children: [
        { type: 'text', text: 'em with ' },
        { type: 'strong', children: [{ type: 'text', text: 'strong' }] },
        { type: 'text', text: ' inside' },
      ],
    },
  ]);
});

test('a *** run closes an inner em and an outer strong at once, in either order', () => {
  expect(parseInline('**Update: *see below***')).toEqual([
    {
      type: 'strong',
      children: [
        { type: 'text', text: 'Update: ' },
        { type: 'em', children: [{ type: 'text', text: 'see below' }] },
      ],
    },
  ]);
  expect(parseInline('*quoted **word***')).toEqual([
    {
      type: 'em',
      children: [
        { type: 'text', text: 'quoted ' },
        { type: 'strong', children: [{ type: 'text', text: 'word' }] },
      ],
    },
  ]);
  expect(parseInline('***both***')).toEqual([
    { type: 'strong', children: [{ type: 'em', children: [{ type: 'text', text: 'both' }] }] },
  ]);
});

test('a *** run right after a strong still lets the last * open an em', () => {
  expect(parseInline('**a***b*')).toEqual([
    { type: 'strong', children: [{ type: 'text', text: 'a' }] },
    { type: 'em', children: [{ type: 'text', text: 'b' }] },
  ]);
});

test('"**open*" is a literal * then an em, as in CommonMark', () => {
  expect(parseInline('**open*')).toEqual([
    { type: 'text', text: '*' },
    { type: 'em', children: [{ type: 'text', text: 'open' }] },
  ]);
});

test('markup nests inside link labels and links nest inside emphasis', () => {
  expect(parseInline('[**bold** label](/x)')).toEqual([
    {
      type: 'link',
      href: '/x',
      children: [
        { type: 'strong', children: [{ type: 'text', text: 'bold' }] },
        { type: 'text', text: ' label' },
      ],
    },
  ]);
  expect(parseInline('*see [this](/y)*')).toEqual([
    {
      type: 'em',
      children: [
        { type: 'text', text: 'see ' },
        { type: 'link', href: '/y', children: [{ type: 'text', text: 'this' }] },
      ],
    },
  ]);
});

test('HTML is literal text, never markup', () => {
  const html = '<b>bold</b> <script>alert("x")</script> <a href="javascript:alert(1)">x</a> &amp;';
  expect(parseInline(html)).toEqual([{ type: 'text', text: html }]);
});

test('"5 * 3 * 2" stays literal: a * followed or preceded by a space is not a delimiter', () => {
  expect(parseInline('5 * 3 * 2 = 30')).toEqual([{ type: 'text', text: '5 * 3 * 2 = 30' }]);
  expect(parseInline('a ** b ** c')).toEqual([{ type: 'text', text: 'a ** b ** c' }]);
  expect(parseInline('*not closed *')).toEqual([{ type: 'text', text: '*not closed *' }]);
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
    expect(parseInline(text), text).toEqual([{ type: 'text', text }]);
  }
});

test('literal text around markup is kept exactly, including stray delimiters', () => {
  const nodes = parseInline('5 * 3 is *fifteen* [not a link');
  expect(nodes).toEqual([
    { type: 'text', text: '5 * 3 is ' },
    { type: 'em', children: [{ type: 'text', text: 'fifteen' }] },
    { type: 'text', text: ' [not a link' },
  ]);
});

test('inlineToPlainText removes markup and keeps every visible character', () => {
  expect(inlineToPlainText(parseInline('Read **the [full *report*](https://example.org)** now.'))).toBe(
    'Read the full report now.',
  );
  expect(inlineToPlainText(parseInline('5 * 3 * 2 <b>x</b>'))).toBe('5 * 3 * 2 <b>x</b>');
  expect(inlineToPlainText([])).toBe('');
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
      children: [{ type: 'link' as const, href: '/inner', children: [{ type: 'text' as const, text: 'x' }] }],
    },
  ];
  expect(inlineLinks(nodes)).toEqual(['/outer', '/inner']);
});
