import { expect, test } from 'vitest';

import { packFields, unpackFields } from './packed-fields.ts';

test('fields come back as they went in, article by article, whatever their text', () => {
  const articles: [number, string][][] = [
    [
      [1, 'Kyiv'],
      [2, ''],
      [16, 'Zürich, Łódź and 東京: “quoted” — 😀'],
    ],
    [],
    [[4, 'x'.repeat(100_000)]],
    Array.from({ length: 3000 }, (_, field): [number, string] => [field % 32, `field ${field}`]),
  ];
  expect([...unpackFields(packFields(articles))]).toEqual(articles);
});

test('no articles pack to nothing', () => {
  expect([...unpackFields(packFields([]))]).toEqual([]);
});

test('each article is read only when it is reached', () => {
  const articles = unpackFields(packFields([[[1, 'first']], [[1, 'second']]]));
  expect(articles.next().value).toEqual([[1, 'first']]);
  expect(articles.next().value).toEqual([[1, 'second']]);
  expect(articles.next().done).toBe(true);
});

test('the packed text is UTF-8, held once', () => {
  const packed = packFields([[[1, 'é']], [[2, 'ab']]]);
  expect([...packed.text]).toEqual([0xc3, 0xa9, 0x61, 0x62]);
  expect([...packed.textEnds]).toEqual([2, 4]);
  expect([...packed.fields]).toEqual([1, 2]);
  expect([...packed.fieldEnds]).toEqual([1, 2]);
});
