import fc from 'fast-check';
import { expect, test } from 'vitest';

import { anArticleFile, day } from '../../build/test-content.ts';
import { withinOneTypo } from './edit-distance.ts';
import { characters, partKey, typoKey } from './index-format.ts';
import { bestOf, planQuery, TYPO_MIN_LENGTH } from './query.ts';
import { allParts, testIndex } from '../../build/search/search-test-index.ts';
import { articleNumber } from '../content/pagination.ts';

// Article numbers count from the oldest (pagination.ts: articleNumber); the site lists the newest first.
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
  return index.search(query).map(({ article }) => newestFirst[articleNumber(article, from.length)]?.slug);
};

test('a word in the headline ranks above the same word in the body, however often it occurs there', () => {
  expect(slugsFor('kursk')).toEqual(['kursk-headline', 'kursk-body']);
});

test('the word typed in a headline ranks above longer words that start with it, rare or not', () => {
  const common = Array.from({ length: 22 }, (_, index) =>
    anArticleFile(`mention-${index}`, {
      title: `Report ${index}`,
      publishedAt: day(index),
      body: ['Power cut in Kyiv.'],
    }),
  );
  const from = [
    ...common,
    anArticleFile('kyiv-attack', { title: 'Kyiv under attack overnight', publishedAt: day(30), body: ['Sirens.'] }),
    anArticleFile('kyivstar', { title: 'Kyivstar hack cuts mobile service', publishedAt: day(31), body: ['Outage.'] }),
  ];
  expect(slugsFor('Kyiv', from)[0]).toBe('kyiv-attack');
  // While typing, a longer word still finds its headline first.
  expect(slugsFor('Kyivs', from)[0]).toBe('kyivstar');
});

test('a near miss or a longer word in a headline does not rank above the word itself in a standfirst', () => {
  const from = [
    anArticleFile('ballot', { title: 'Ballot count delayed', publishedAt: day(2), body: ['Officials wait.'] }),
    anArticleFile('warsaw', { title: 'Warsaw hosts summit', publishedAt: day(3), body: ['Leaders meet.'] }),
    anArticleFile('ruling', {
      title: 'Ruling on the election',
      standfirst: 'The court speaks on the war and the vote.',
      publishedAt: day(1),
      body: ['The court ruled on the war.'],
    }),
  ];
  expect(slugsFor('court', from)[0]).toBe('ruling');
  expect(slugsFor('war', from)[0]).toBe('ruling');
});

test('a word being typed or misspelt still counts its match in a headline towards the headline tier', () => {
  const from = [
    anArticleFile('headline', { title: 'Kursk troops return home', publishedAt: day(1), body: ['A parade.'] }),
    anArticleFile('elsewhere', {
      title: 'Kursk parade held',
      standfirst: 'The troops marched.',
      publishedAt: day(2),
      body: ['Troops, troops and troops.'],
    }),
  ];
  const index = testIndex(from);
  for (const query of ['kursk troops', 'kursk troo', 'kursk troopz']) {
    // Numbered from the oldest: the headline's article is number 0.
    expect(
      index.search(query).map(({ article, headlineWords }) => [article, headlineWords]),
      query,
    ).toEqual([
      [0, 2],
      [1, 1],
    ]);
  }
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

test('shards split each part’s postings in dictionary order, and a query reads the same results from any split', () => {
  const many = Array.from({ length: 60 }, (_, n) =>
    anArticleFile(`a-${n}`, { publishedAt: day(n + 1), body: [`word${n % 7} common text number${n}`] }),
  );
  const small = testIndex(many, 16);
  const whole = testIndex(many, 1_000_000);
  const numberPart = (index: typeof small) => index.parts.find(({ key }) => key === 'nu');
  expect(numberPart(small)?.part.shards.length).toBeGreaterThan(5);
  expect(numberPart(whole)?.part.shards).toEqual([0]);
  for (const query of ['common', 'word3', 'number4', 'numbr12 text', 'word']) {
    expect(small.search(query)).toEqual(whole.search(query));
  }
});

test('the dictionary is split by first two letters, each part sorted, counting each term once per article', () => {
  const index = testIndex(articles);
  expect(index.manifest.articles).toBe(3);
  expect(index.manifest.parts).toEqual([...index.manifest.parts].sort());
  const all = index.parts.flatMap(({ key, part }) => {
    expect(part.terms).toEqual([...part.terms].sort());
    for (const term of part.terms) expect(characters(term).slice(0, 2).join('')).toBe(key);
    return part.terms;
  });
  expect(all).toEqual([...all].sort());
  const ku = index.parts.find(({ key }) => key === 'ku')?.part;
  expect(ku?.counts[ku.terms.indexOf('kursk')]).toBe(2);
  // Київ's part is keyed by its own letters.
  expect(index.manifest.parts).toContain('ки');
});

test('the manifest’s id is the same for the same files, and changes when any file does', () => {
  const files = (index: ReturnType<typeof testIndex>) => JSON.stringify([index.parts, index.typos]);
  const id = (from: typeof articles, shardNumbers?: number) => testIndex(from, shardNumbers).manifest.id;
  expect(id(articles)).toBe(id([...articles].reverse()));
  const edited = articles.map((article) =>
    article.slug === 'rail' ? { ...article, body: ['The line links three cities.'] } : article,
  );
  // The same numbers in other places: an older article published anew moves every number after it.
  const moved = articles.map((article) => (article.slug === 'rail' ? { ...article, publishedAt: day(9) } : article));
  for (const changed of [edited, moved, articles.slice(1)]) {
    expect(files(testIndex(changed))).not.toBe(files(testIndex(articles)));
    expect(id(changed)).not.toBe(id(articles));
  }
  // Other shards, the same terms.
  expect(id(articles, 2)).not.toBe(id(articles));
});

test('a typo part holds the longer terms by first and third letter, pointing at their postings', () => {
  const index = testIndex(articles);
  const kr = index.typos.find(({ key }) => key === 'kr')?.part;
  expect(kr?.terms).toEqual(['kursk']);
  expect(slugsFor('krusk')).toEqual(['kursk-headline', 'kursk-body']);
  // A term is in the typo part of its first and third letters, unless that is its own dictionary part.
  for (const { key, part } of index.typos) {
    for (const term of part.terms) expect([typoKey(term), partKey(term) !== key]).toEqual([key, true]);
  }
  expect(index.typos.flatMap(({ part }) => part.terms)).toContain('parade');
  expect(index.manifest.typos).toEqual(index.typos.map(({ key }) => key));
});

test('one typo anywhere after the first letter is forgiven, reading only the parts the word names', () => {
  // Changed, added, dropped and swapped letters at the second and third places, where the part's key changes.
  for (const typo of ['kxrsk', 'kuursk', 'ksrsk', 'krusk', 'kkursk', 'kurks', 'kursq']) {
    expect(slugsFor(typo)).toEqual(['kursk-headline', 'kursk-body']);
  }
  expect(slugsFor('pxyongyang')).toEqual(['kursk-body']);
  expect(slugsFor('poyngyang')).toEqual(['kursk-body']);
  expect(slugsFor('pongyang')).toEqual(['kursk-body']);
  // A typo in the first letter is not: it would need every part.
  expect(slugsFor('jursk')).toEqual([]);
  expect(slugsFor('ukrsk')).toEqual([]);
});

test('property: the parts a word names hold every term one edit from it with its first letter', () => {
  const letters = 'abdeikloprstu';
  const word = fc.stringMatching(new RegExp(`^[${letters}]{4,8}$`));
  const edit = fc.record({
    kind: fc.constantFrom('change', 'add', 'drop', 'swap'),
    at: fc.integer({ min: 1, max: 7 }),
    letter: fc.constantFrom(...characters(letters)),
  });
  fc.assert(
    fc.property(fc.array(word, { minLength: 1, maxLength: 30 }), edit, (words, { kind, at, letter }) => {
      const target = words[0] ?? '';
      const place = Math.min(at, target.length - 1);
      const before = target.slice(0, place);
      const typo =
        kind === 'change'
          ? before + letter + target.slice(place + 1)
          : kind === 'add'
            ? before + letter + target.slice(place)
            : kind === 'drop'
              ? before + target.slice(place + 1)
              : before + (target[place + 1] ?? '') + (target[place] ?? '') + target.slice(place + 2);
      if (typo.length < TYPO_MIN_LENGTH) return;
      const index = testIndex([anArticleFile('words', { body: [words.join(' ')] })]);
      const every = index.parts.flatMap(({ part }) => part.terms);
      const expected = every.filter(
        (term) => term[0] === typo[0] && Math.abs(term.length - typo.length) <= 1 && withinOneTypo(term, typo),
      );
      const matched = new Set(
        index
          .plan(typo)
          .matches.flat()
          .map((match) => match.text),
      );
      for (const term of expected) expect(matched).toContain(term);
      expect(index.search(typo)).toHaveLength(1);
    }),
  );
});

test('the plan keeps the query words once each, folded', () => {
  expect(planQuery(allParts(testIndex(articles)), 'Kursk kursk KURSK').words).toEqual(['kursk']);
});

test('property: the best few of any numbers, by any order with ties broken, are the first few of all of them sorted', () => {
  fc.assert(
    fc.property(
      fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 200 }),
      fc.integer({ min: 0, max: 40 }),
      (keys, limit) => {
        // Items are positions; a higher key first, then the lower position, as rankTop's articles.
        const compare = (a: number, b: number) => (keys[b] ?? 0) - (keys[a] ?? 0) || a - b;
        const all = keys.map((_, item) => item);
        const sorted = [...all].sort(compare);
        const kept = bestOf(limit, compare);
        const everything = bestOf(Number.POSITIVE_INFINITY, compare);
        for (const item of [...all].reverse()) {
          kept.offer(item);
          everything.offer(item);
        }
        expect(kept.sorted()).toEqual(sorted.slice(0, limit));
        expect(everything.sorted()).toEqual(sorted);
      },
    ),
  );
});

test('a page of results is the same page of the whole ranking, and the total counts every match', () => {
  const many = Array.from({ length: 45 }, (_, n) =>
    anArticleFile(`harbour-${n}`, {
      title: n % 3 === 0 ? `Harbour news ${n}` : `Dispatch ${n}`,
      publishedAt: day(n + 1),
      body: [`The harbour ${'harbour '.repeat(n % 5)}reopened.`],
    }),
  );
  const index = testIndex(many);
  const whole = index.search('harbour');
  expect(whole).toHaveLength(45);
  for (const limit of [0, 1, 20, 40, 45, 100]) {
    expect(index.searchTop('harbour', limit)).toEqual({ total: 45, hits: whole.slice(0, limit) });
  }
});
