import fc from 'fast-check';
import { expect, test } from 'vitest';

import { FIELD } from '../../lib/search/index-format.ts';
import { foreignTerms, searchIndexBuilder, searchIndexOfFields, type ArticleTerms } from './build-index.ts';

type Fields = [number, string][];

const word = fc.constantFrom('kyiv', 'rail', 'Київ', 'troops', 'aid', 'Zürich', 'aid', '2025', 'front', 'line');
const text = fc.array(word, { maxLength: 12 }).map((words) => words.join(' '));
const article: fc.Arbitrary<Fields> = fc.tuple(text, text, text).map(([headline, tags, body]) => [
  [FIELD.headline, headline],
  [FIELD.tags, tags],
  [FIELD.body, body],
]);

test("articles added with another build's terms make the index their text makes", () => {
  fc.assert(
    fc.property(
      fc.array(article, { maxLength: 12 }),
      fc.array(article, { maxLength: 12 }),
      fc.array(fc.boolean(), { maxLength: 24 }),
      (before, after, fromMemo) => {
        // The last build: each article's terms, by a key of its fields, numbered as that build numbered them.
        const last = searchIndexBuilder();
        const memo = new Map<string, ArticleTerms>();
        for (const fields of before) memo.set(JSON.stringify(fields), last.add(fields));
        const from = foreignTerms(last.terms());

        // This build: the articles the last had, in another order and mixed with new ones, each added from the memo
        // when it is there and the draw says so, else from its text.
        const articles = [...after, ...before.toReversed()];
        const builder = searchIndexBuilder();
        articles.forEach((fields, number) => {
          const known = memo.get(JSON.stringify(fields));
          if (known !== undefined && fromMemo[number] === true) builder.addTerms(known, from);
          else builder.add(fields);
        });
        expect(builder.finish()).toEqual(searchIndexOfFields(articles));
      },
    ),
  );
});

test('terms added from another build are returned numbered as this builder numbers them', () => {
  const last = searchIndexBuilder();
  last.add([[FIELD.headline, 'troops aid']]);
  const known = last.add([[FIELD.headline, 'rail aid aid']]);
  const builder = searchIndexBuilder();
  builder.add([[FIELD.body, 'rail']]);
  const own = builder.addTerms(known, foreignTerms(last.terms()));
  const terms = builder.terms();
  expect([...own].filter((_, index) => index % 2 === 0).map((number) => terms[number])).toEqual(['rail', 'aid']);
  // Its fields and counts are as found.
  expect([...own].filter((_, index) => index % 2 === 1)).toEqual([...known].filter((_, index) => index % 2 === 1));
});

test('a term number the other build does not have is refused, not indexed as some other term', () => {
  const builder = searchIndexBuilder();
  expect(() => builder.addTerms(new Int32Array([3, 1]), foreignTerms(['kyiv']))).toThrow(RangeError);
});
