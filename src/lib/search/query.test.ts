import fc from 'fast-check';
import { expect, test } from 'vitest';

import { anArticleFile, day } from '../../build/test-content.ts';
import { planQuery } from './query.ts';
import { testIndex } from '../../build/search/search-test-index.ts';

// Article numbers follow the latest list: newest first.
const articles = [
  anArticleFile('kursk-headline', {
    title: 'Troops return from Kursk',
    publishedAt: day(3),
    body: ['A parade was held.'],
  }),
  anArticleFile('kursk-body', {
    title: 'A parade in Pyongyang',
    publishedAt: day(5),
    body: ['Soldiers who fought in Kursk, Kursk and Kursk again were honoured.'],
  }),
  anArticleFile('rail', {
    title: 'New rail line opens',
    publishedAt: day(4),
    tags: ['rail', 'kyiv'],
    authors: ['olena'],
    standfirst: 'Trains to the west.',
    body: ['The line links two cities.'],
  }),
];

const slugsFor = (query: string, from = articles) => {
  const index = testIndex(from);
  const newestFirst = [...from].sort((a, b) => b.publishedAt.localeCompare(a.publishedAt));
  return index.search(query).map(({ article }) => newestFirst[article]?.slug);
};

test('a word in the headline ranks above the same word in the body, however often it occurs there', () => {
  expect(slugsFor('kursk')).toEqual(['kursk-headline', 'kursk-body']);
});

test('a prefix finds the words it starts', () => {
  expect(slugsFor('Kurs')).toEqual(['kursk-headline', 'kursk-body']);
  expect(slugsFor('pyong')).toEqual(['kursk-body']);
});

test('one typo in a longer word still matches; short words must be exact', () => {
  expect(slugsFor('Kusrk')).toEqual(['kursk-headline', 'kursk-body']);
  expect(slugsFor('paradr')).toEqual(['kursk-body', 'kursk-headline']);
  expect(slugsFor('rial')).toEqual([]);
});

test('tag names and author names are searched, in any script', () => {
  expect(slugsFor('Київ')).toEqual(['rail']);
  expect(slugsFor('киї')).toEqual(['rail']);
  expect(slugsFor('Гончарова')).toEqual(['rail']);
  expect(slugsFor('jane')).toEqual(['kursk-body', 'kursk-headline']);
});

test('the text of every block is searched: cites, captions in the body, and the lead photo’s caption', () => {
  const index = testIndex([
    anArticleFile('cited', { body: ['Words.', { type: 'quote', text: 'Quoted.', cite: 'Harbourmaster Quill' }] }),
    anArticleFile('body-caption', {
      body: ['Words.', { type: 'image', alt: '', width: 4, height: 3, caption: 'A zeppelin overhead' }],
    }),
    anArticleFile('lead-caption', {
      image: { alt: '', width: 4, height: 3, caption: 'Lighthouse keepers at dusk', credit: 'Photo by Nobody' },
    }),
  ]);
  const found = (query: string) => index.search(query).length;
  expect(found('quill')).toBe(1);
  expect(found('zeppelin')).toBe(1);
  expect(found('lighthouse')).toBe(1);
  // The credit is not the article's text.
  expect(found('nobody')).toBe(0);
});

test('every word must match; the standfirst and the body are searched', () => {
  expect(slugsFor('trains west')).toEqual(['rail']);
  expect(slugsFor('kursk trains')).toEqual([]);
  expect(slugsFor('cities')).toEqual(['rail']);
});

test('a query with no searchable word finds nothing', () => {
  expect(slugsFor('')).toEqual([]);
  expect(slugsFor('a ! ?')).toEqual([]);
});

test('link targets in inline markup are not words of the article', () => {
  const linked = [anArticleFile('linked', { body: ['See [the report](https://example.org/zebrafish).'] })];
  expect(slugsFor('report', linked)).toEqual(['linked']);
  expect(slugsFor('zebrafish', linked)).toEqual([]);
});

test('shards split the postings in dictionary order, and a query reads the same results from any split', () => {
  const many = Array.from({ length: 60 }, (_, n) =>
    anArticleFile(`a-${n}`, { publishedAt: day(n + 1), body: [`word${n % 7} common text number${n}`] }),
  );
  const small = testIndex(many, 16);
  const whole = testIndex(many, 1_000_000);
  expect(small.dictionary.shards.length).toBeGreaterThan(5);
  expect(whole.dictionary.shards).toEqual([0]);
  for (const query of ['common', 'word3', 'number4', 'numbr12 text', 'word']) {
    expect(small.search(query)).toEqual(whole.search(query));
  }
});

test('the dictionary is sorted and counts each term once per article', () => {
  const { dictionary } = testIndex(articles);
  expect(dictionary.terms).toEqual([...dictionary.terms].sort());
  expect(dictionary.articles).toBe(3);
  expect(dictionary.counts[dictionary.terms.indexOf('kursk')]).toBe(2);
});

test('a prefix of a word typed so far keeps matching what the whole word matches', () => {
  const index = testIndex(articles);
  const whole = new Set(index.search('pyongyang').map((hit) => hit.article));
  for (let length = 2; length < 'pyongyang'.length; length++) {
    const partial = index.search('pyongyang'.slice(0, length)).map((hit) => hit.article);
    for (const article of whole) expect(partial).toContain(article);
  }
});

test('property: every result has every word of the query, and adding a word never adds results', () => {
  const vocabulary = ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot'];
  const word = fc.constantFrom(...vocabulary);
  const corpus = fc.array(fc.array(word, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 12 });
  fc.assert(
    fc.property(corpus, fc.array(word, { minLength: 1, maxLength: 3 }), word, (bodies, query, extra) => {
      const files = bodies.map((words, n) =>
        anArticleFile(`a-${n}`, { title: 'Headline', publishedAt: day(n + 1), body: [words.join(' ')] }),
      );
      const index = testIndex(files, 8);
      const newestFirst = [...bodies].reverse();
      const found = index.search(query.join(' ')).map((hit) => hit.article);
      // Exact words only (no vocabulary word is a prefix or a typo of another), so "has" is plain inclusion.
      for (const article of found) {
        for (const queried of query) expect(newestFirst[article]).toContain(queried);
      }
      const expected = newestFirst.flatMap((words, article) =>
        query.every((q) => words.includes(q)) ? [article] : [],
      );
      expect([...found].sort((a, b) => a - b)).toEqual(expected);
      const narrowed = index.search([...query, extra].join(' ')).map((hit) => hit.article);
      for (const article of narrowed) expect(found).toContain(article);
    }),
  );
});

test('the plan keeps the query words once each, folded', () => {
  const { dictionary } = testIndex(articles);
  expect(planQuery(dictionary, 'Kursk kursk KURSK').words).toEqual(['kursk']);
});
