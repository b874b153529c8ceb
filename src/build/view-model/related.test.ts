import fc from 'fast-check';
import { expect, test } from 'vitest';

import { createRelatedFinder } from './related.ts';

/** Articles in rank order (index 0 is the newest). */
const articles = [
  { tags: ['a', 'b', 'c'] }, // 0
  { tags: ['a'] }, // 1
  { tags: ['a', 'b'] }, // 2
  { tags: ['z'] }, // 3
  { tags: ['a', 'b', 'c'] }, // 4
  { tags: [] }, // 5
  { tags: ['c'] }, // 6
];

test('ranks by shared tags, then by recency, at most three, never the article itself', () => {
  const related = createRelatedFinder(articles);
  expect(related(0)).toEqual([4, 2, 1]);
  expect(related(2)).toEqual([0, 4, 1]);
  expect(related(1)).toEqual([0, 2, 4]);
});

test('finds nothing when no other article shares a tag', () => {
  const related = createRelatedFinder(articles);
  expect(related(3)).toEqual([]);
  expect(related(5)).toEqual([]);
});

test('answers each article independently of the ones asked before', () => {
  const related = createRelatedFinder(articles);
  const first = [0, 1, 2, 3, 4, 5, 6].map((index) => related(index));
  const again = [6, 5, 4, 3, 2, 1, 0].map((index) => related(index)).reverse();
  expect(again).toEqual(first);
});

/** Related reading by a plain sort of every other article: what the finder must give, however it counts. */
function plainSort(corpus: readonly { tags: readonly string[] }[], index: number, limit = 3): number[] {
  const tags = new Set(corpus[index]?.tags);
  return corpus
    .map((other, otherIndex) => ({ otherIndex, shared: new Set(other.tags.filter((tag) => tags.has(tag))).size }))
    .filter(({ otherIndex, shared }) => otherIndex !== index && shared > 0)
    .sort((x, y) => y.shared - x.shared || x.otherIndex - y.otherIndex)
    .slice(0, limit)
    .map(({ otherIndex }) => otherIndex);
}

test('matches a plain sort on a larger random corpus', () => {
  let seed = 7;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const tags = Array.from({ length: 12 }, (_, index) => `t${index}`);
  const corpus = Array.from({ length: 300 }, () => ({ tags: tags.filter(() => random() < 0.2) }));
  const related = createRelatedFinder(corpus);
  corpus.forEach((_, index) => {
    expect(related(index)).toEqual(plainSort(corpus, index));
  });
});

test('property: the same as a plain sort, for any corpus and limit, a tag given twice counting once', () => {
  fc.assert(
    fc.property(
      fc.array(fc.record({ tags: fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'e'), { maxLength: 5 }) }), {
        maxLength: 40,
      }),
      fc.integer({ min: 1, max: 6 }),
      (corpus, limit) => {
        const related = createRelatedFinder(corpus, limit);
        corpus.forEach((_, index) => {
          expect(related(index)).toEqual(plainSort(corpus, index, limit));
        });
      },
    ),
  );
});

/** How many tags two articles of a corpus share. */
function sharedTags(corpus: readonly { tags: readonly string[] }[], index: number, other: number): number {
  const tags = corpus[index]?.tags ?? [];
  return corpus[other]?.tags.filter((tag) => tags.includes(tag)).length ?? 0;
}

const corpusArbitrary = fc.array(
  fc.record({ tags: fc.uniqueArray(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), { maxLength: 4 }) }),
  { minLength: 1, maxLength: 60 },
);

test('property: never the article itself, at most three, each shares a tag, ranked by shared tags then recency', () => {
  fc.assert(
    fc.property(corpusArbitrary, (corpus) => {
      const related = createRelatedFinder(corpus);
      corpus.forEach((_article, index) => {
        const found = related(index);
        const shared = (other: number) => sharedTags(corpus, index, other);
        expect(found).not.toContain(index);
        expect(found.length).toBeLessThanOrEqual(3);
        for (const other of found) expect(shared(other)).toBeGreaterThan(0);
        for (let position = 1; position < found.length; position += 1) {
          const before = found[position - 1] ?? -1;
          const after = found[position] ?? -1;
          expect(shared(before) > shared(after) || (shared(before) === shared(after) && before < after)).toBe(true);
        }
      });
    }),
  );
});

test('property: nothing is left out that ranks above something included', () => {
  fc.assert(
    fc.property(corpusArbitrary, (corpus) => {
      const related = createRelatedFinder(corpus);
      corpus.forEach((_article, index) => {
        const found = related(index);
        const shared = (other: number) => sharedTags(corpus, index, other);
        const last = found.at(-1);
        corpus.forEach((_, other) => {
          if (other === index || found.includes(other) || shared(other) === 0) return;
          // A left-out candidate is only allowed when three better ones were found.
          expect(found.length).toBe(3);
          if (last !== undefined)
            expect(shared(other) < shared(last) || (shared(other) === shared(last) && other > last)).toBe(true);
        });
      });
    }),
  );
});
