import fc from 'fast-check';
import { expect, test } from 'vitest';

import { paths, QUERY_PARAMS } from '../../lib/paths.ts';
import type { TagFilterData } from '../../lib/content/model.ts';
import { filterByTags } from './tag-filter.ts';
import { parseTagsParam, withoutTag, withTag } from './tag-selection.ts';

// Tags sorted by name, as the build writes them; articles by number, the oldest first (pagination.ts: articleNumber).
const data: TagFilterData = {
  tags: [
    { slug: 'harbours', name: 'Harbours' },
    { slug: 'rail', name: 'Rail' },
    { slug: 'ukraine', name: 'Ukraine' },
    { slug: 'weather', name: 'Weather' },
  ],
  articles: [[1, 2], [0], [1, 2, 3], [1], [2, 3], [0, 1, 2], []],
};

function matchesOf(slugs: readonly string[]): number[] | undefined {
  return filterByTags(data, slugs)?.matches;
}

test('lists the articles that have every chosen tag, newest first', () => {
  expect(matchesOf(['rail'])).toEqual([5, 3, 2, 0]);
  expect(matchesOf(['rail', 'ukraine'])).toEqual([5, 2, 0]);
  expect(matchesOf(['ukraine', 'rail'])).toEqual([5, 2, 0]);
  expect(matchesOf(['rail', 'ukraine', 'weather'])).toEqual([2]);
  expect(matchesOf(['harbours', 'weather'])).toEqual([]);
});

test('no chosen tag matches every article and offers every tag that has articles', () => {
  const result = filterByTags(data, []);
  expect(result?.matches).toEqual([6, 5, 4, 3, 2, 1, 0]);
  expect(result?.offers.map((offer) => [offer.slug, offer.count])).toEqual([
    ['rail', 4],
    ['ukraine', 4],
    ['harbours', 2],
    ['weather', 2],
  ]);
});

test('offers the other tags that still give results, with counts, most first, then by name', () => {
  const result = filterByTags(data, ['ukraine']);
  expect(result?.chosen).toEqual([{ slug: 'ukraine', name: 'Ukraine' }]);
  expect(result?.offers).toEqual([
    { slug: 'rail', name: 'Rail', count: 3 },
    { slug: 'weather', name: 'Weather', count: 2 },
    { slug: 'harbours', name: 'Harbours', count: 1 },
  ]);
  expect(filterByTags(data, ['rail', 'ukraine', 'weather'])?.offers).toEqual([]);
});

test('keeps the chosen tags in the reader\u2019s order', () => {
  expect(filterByTags(data, ['weather', 'rail'])?.chosen.map((tag) => tag.name)).toEqual(['Weather', 'Rail']);
});

test('a slug that is not a tag is not found', () => {
  expect(filterByTags(data, ['rail', 'trams'])).toBeNull();
  expect(filterByTags(data, ['Rail'])).toBeNull();
});

// Properties, over random sites of up to 8 tags and 60 articles.

const SLUGS = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];

const dataArbitrary = fc.integer({ min: 1, max: SLUGS.length }).chain((tagCount) =>
  fc.record({
    tags: fc.constant(SLUGS.slice(0, tagCount).map((slug) => ({ slug, name: slug.toUpperCase() }))),
    articles: fc.array(
      fc
        .uniqueArray(fc.integer({ min: 0, max: tagCount - 1 }), { maxLength: Math.min(4, tagCount) })
        .map((indexes) => indexes.sort((x, y) => x - y)),
      { maxLength: 60 },
    ),
  }),
);

/** A site, some of its tags' slugs (no duplicates, any order) and one more of its tags. */
const caseArbitrary = dataArbitrary.chain((site) => {
  const slugs = fc.uniqueArray(fc.constantFrom(...site.tags.map((tag) => tag.slug)), {
    maxLength: site.tags.length,
  });
  return fc.record({ site: fc.constant(site), chosen: slugs, extra: fc.constantFrom(...site.tags.map((t) => t.slug)) });
});

function hasAll(site: TagFilterData, article: number, slugs: readonly string[]): boolean {
  const names = (site.articles[article] ?? []).map((index) => site.tags[index]?.slug);
  return slugs.every((slug) => names.includes(slug));
}

test('every result has every chosen tag, and every article with them all is a result, newest first', () => {
  fc.assert(
    fc.property(caseArbitrary, ({ site, chosen }) => {
      const result = filterByTags(site, chosen);
      expect(result).not.toBeNull();
      const expected = site.articles.map((_, index) => index).filter((index) => hasAll(site, index, chosen));
      // The highest number is the newest.
      expect(result?.matches).toEqual(expected.toReversed());
    }),
  );
});

test('adding a tag never adds results; removing one never removes any', () => {
  fc.assert(
    fc.property(caseArbitrary, ({ site, chosen, extra }) => {
      const before = new Set(filterByTags(site, chosen)?.matches);
      const narrowed = filterByTags(site, withTag(chosen, extra))?.matches ?? [];
      expect(narrowed.every((index) => before.has(index))).toBe(true);
      for (const slug of chosen) {
        const widened = new Set(filterByTags(site, withoutTag(chosen, slug))?.matches);
        expect([...before].every((index) => widened.has(index))).toBe(true);
      }
    }),
  );
});

test('the order of the chosen tags does not change the results', () => {
  fc.assert(
    fc.property(caseArbitrary, ({ site, chosen }) => {
      expect(filterByTags(site, [...chosen].reverse())?.matches).toEqual(filterByTags(site, chosen)?.matches);
    }),
  );
});

test('each offer is a tag not chosen whose count is the number of results once it is added, and none is missing', () => {
  fc.assert(
    fc.property(caseArbitrary, ({ site, chosen }) => {
      const offers = filterByTags(site, chosen)?.offers ?? [];
      for (const offer of offers) {
        expect(chosen).not.toContain(offer.slug);
        expect(offer.count).toBeGreaterThan(0);
        expect(filterByTags(site, [...chosen, offer.slug])?.matches).toHaveLength(offer.count);
      }
      const offered = new Set(offers.map((offer) => offer.slug));
      for (const tag of site.tags) {
        if (chosen.includes(tag.slug) || offered.has(tag.slug)) continue;
        expect(filterByTags(site, [...chosen, tag.slug])?.matches).toEqual([]);
      }
    }),
  );
});

test('offers are sorted by count, most first, then by name', () => {
  fc.assert(
    fc.property(caseArbitrary, ({ site, chosen }) => {
      const offers = filterByTags(site, chosen)?.offers ?? [];
      const sorted = [...offers].sort((x, y) => y.count - x.count || x.name.localeCompare(y.name, 'en'));
      expect(offers).toEqual(sorted);
    }),
  );
});

test('the chosen tags survive a round trip through the address', () => {
  fc.assert(
    fc.property(
      fc.uniqueArray(fc.stringMatching(/^[a-z0-9]+(-[a-z0-9]+)*$/), { maxLength: 5 }),
      fc.integer({ min: 1, max: 9 }),
      (slugs, page) => {
        const url = new URL(paths.home.href(page, slugs), 'https://example.org');
        expect(parseTagsParam(url.searchParams.get(QUERY_PARAMS.tags))).toEqual(slugs);
      },
    ),
  );
});
