/**
 * A synthetic content folder for tests and benchmarks, as plain objects.
 *
 * Everything is made up from a fixed syllable list and a seeded PRNG
 * (mulberry32), so the same options always give the same corpus, and
 * nothing reads like real news. With `vocabulary: 'real'` the words are
 * English ones drawn with their real frequencies (real-vocabulary.ts), and
 * made-up names and figures are mixed in as a newsroom's are: a search
 * index then meets a real dictionary's size (some 100,000 distinct terms at
 * 10,000 articles) rather than the placeholder's 1,700. The site, authors and tags are drawn before
 * the articles, so a corpus of n articles is a prefix of one of n + k
 * articles with the same seed.
 *
 * File writing lives in scripts/generate-content.ts; this module is pure.
 */
import type { Article, Author, Block, Image, Site, Tag } from '../../src/build/content/schema.ts';
import { drawWord, englishWordFrequencies } from './real-vocabulary.ts';

export const DEFAULT_SEED = 20250822;
export const AUTHOR_COUNT = 40;
export const TAG_COUNT = 300;
export const SITE_URL = 'https://generated.example';

export const VOCABULARIES = ['placeholder', 'real'] as const;
export type Vocabulary = (typeof VOCABULARIES)[number];

export type CorpusOptions = {
  /** How many articles, a non-negative integer. */
  articles: number;
  /** A 32-bit unsigned integer; DEFAULT_SEED when absent. */
  seed?: number;
  /** Placeholder syllable words (the default), or real English words with names and figures. */
  vocabulary?: Vocabulary;
};

export type Corpus = {
  site: Site;
  authors: Author[];
  tags: Tag[];
  articles: Article[];
};

/** A file of the content folder: a path relative to it (forward slashes) and its text. */
export type CorpusFile = { path: string; contents: string };

// --- randomness -------------------------------------------------------------

/** mulberry32: a small, fast 32-bit PRNG; good enough for placeholder text. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Random {
  readonly next: () => number;

  constructor(seed: number) {
    this.next = mulberry32(seed);
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    return at(items, this.int(0, items.length - 1));
  }

  /** An index into `weights`, each chosen in proportion to its weight. */
  weighted(weights: readonly number[]): number {
    const total = weights.reduce((sum, weight) => sum + weight, 0);
    let roll = this.next() * total;
    for (let index = 0; index < weights.length; index++) {
      roll -= at(weights, index);
      if (roll < 0) return index;
    }
    return weights.length - 1;
  }

  /**
   * An index in [0, count), skewed towards 0: with skew 1 uniform, with
   * larger skews a few low indexes are drawn often and most others rarely.
   */
  skewed(count: number, skew: number): number {
    return Math.min(count - 1, Math.floor(count * this.next() ** skew));
  }

  shuffle<T>(items: readonly T[]): T[] {
    const result = [...items];
    for (let index = result.length - 1; index > 0; index--) {
      const other = this.int(0, index);
      const item = at(result, index);
      result[index] = at(result, other);
      result[other] = item;
    }
    return result;
  }
}

function at<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new RangeError(`index ${index} outside a list of ${items.length}`);
  return item;
}

// --- words ------------------------------------------------------------------

// prettier-ignore
const SYLLABLES = [
  'lo', 'rem', 'ip', 'sum', 'do', 'lor', 'sit', 'a', 'met', 'con', 'sec', 'te', 'tur', 'ad', 'pis', 'ci',
  'e', 'lit', 'sed', 'eius', 'mod', 'tem', 'por', 'in', 'di', 'dunt', 'ut', 'la', 'bo', 're', 'et', 'ma',
  'gna', 'al', 'qua', 'ven', 'ia', 'mi', 'nim', 'ex', 'er', 'ta', 'ul', 'lam', 'co', 'nis', 'vo', 'lup',
  'tas', 'fu', 'gi', 'at', 'nul', 'pa', 'ri', 'cu', 'su', 'no', 'ves', 'ti', 'bu', 'lum', 'ra', 'ne',
] as const;

const NAME_ONSETS = [
  'b',
  'd',
  'f',
  'g',
  'k',
  'l',
  'm',
  'n',
  'p',
  'r',
  's',
  't',
  'v',
  'z',
  'br',
  'dr',
  'st',
  'th',
  'sh',
];
const NAME_VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ei', 'ou', 'ia'];
const NAME_CODAS = ['', '', '', 'n', 'r', 'l', 's', 'm', 'th', 'x'];

const ROLES = [
  'Staff writer',
  'Senior correspondent',
  'Desk editor',
  'Data reporter',
  'Photo editor',
  'Columnist',
  'Night editor',
  'Features writer',
  'Copy chief',
  'Contributing writer',
] as const;

const OFFSETS_MINUTES = [0, 0, 60, 120, 180, -300, -240, 330, 540, -480, 345, -210] as const;

const IMAGE_SIZES = [
  [1200, 800],
  [1600, 900],
  [1000, 1000],
  [800, 1200],
  [2048, 1365],
  [640, 480],
] as const;

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

type Words = {
  random: Random;
  /** The next word of running text. */
  draw: () => string;
};

function makeVocabulary(random: Random, size: number): string[] {
  const words: string[] = [];
  for (let index = 0; index < size; index++) {
    const syllables = random.weighted([3, 5, 3, 1]) + 1;
    let word = '';
    for (let count = 0; count < syllables; count++) word += random.pick(SYLLABLES);
    words.push(word);
  }
  return words;
}

/** Placeholder words, with common words (low indexes) more frequent, as in real text. */
function placeholderWords(random: Random): Words {
  const vocabulary = makeVocabulary(random, 2000);
  return { random, draw: () => at(vocabulary, random.skewed(vocabulary.length, 2)) };
}

/** People and places: drawn from this many made-up names, a few often, most once or never. */
const NAME_POOL = 2_000_000;
const NAME_SKEW = 3;
/** Of running text: names 1 word in 20, figures 1 in 50, as in news copy. */
const NAME_SHARE = 0.05;
const FIGURE_SHARE = 0.02;
const AMOUNT_UNITS = ['bn', 'm', 'tn', 'km', 'kg'] as const;

/** A year, an amount ("4.2bn"), a percentage ("12.5%") or a count ("38,412"). */
function figure(random: Random): string {
  switch (random.int(0, 3)) {
    case 0:
      return String(random.int(1900, 2030));
    case 1:
      return `${random.int(1, 999)}.${random.int(1, 9)}${random.pick(AMOUNT_UNITS)}`;
    case 2:
      return `${random.int(1, 99)}.${random.int(0, 9)}%`;
    default:
      return random.int(2, 99_999).toLocaleString('en');
  }
}

/** English words with their real frequencies, names and figures (CorpusOptions.vocabulary `real`). */
function realWords(random: Random, seed: number): Words {
  const english = englishWordFrequencies();
  const names = new Map<number, string>();
  // Name n is the same wherever it is drawn: its own PRNG, seeded from the corpus's seed and n.
  const name = (index: number) => {
    let found = names.get(index);
    if (found === undefined) {
      found = namePart(new Random((seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0));
      names.set(index, found);
    }
    return found;
  };
  return {
    random,
    draw: () => {
      const roll = random.next();
      if (roll < NAME_SHARE) return name(random.skewed(NAME_POOL, NAME_SKEW));
      if (roll < NAME_SHARE + FIGURE_SHARE) return figure(random);
      return drawWord(english, random.next());
    },
  };
}

function word(words: Words): string {
  return words.draw();
}

function wordList(words: Words, min: number, max: number): string[] {
  const count = words.random.int(min, max);
  const result: string[] = [];
  for (let index = 0; index < count; index++) result.push(word(words));
  return result;
}

/** Words for a title, name or heading: "Lorem ipsum dolor". */
function phrase(words: Words, min: number, max: number): string {
  return capitalize(wordList(words, min, max).join(' '));
}

const MARKUP_WEIGHTS = [4, 3, 3] as const;
const ENDING_WEIGHTS = [20, 1, 1] as const;
const ENDINGS = ['.', '?', '!'] as const;

/** A sentence; with `markup`, an occasional *emphasis*, **strong** or [link](https://example.org/x). */
function sentence(words: Words, markup: boolean): string {
  const { random } = words;
  const count = random.int(5, 16);
  let markStart = -1;
  let markEnd = -1;
  let kind = 0;
  if (markup && random.chance(0.12)) {
    markStart = random.int(0, count - 1);
    markEnd = Math.min(count - 1, markStart + random.int(0, 2));
    kind = random.weighted(MARKUP_WEIGHTS);
  }
  // One reused array, joined into a flat string: this is the hot path, and
  // `+=` would leave millions of rope nodes for the garbage collector.
  const parts = sentenceParts;
  parts.length = 0;
  for (let index = 0; index < count; index++) {
    let next = index === 0 ? capitalize(word(words)) : word(words);
    if (index === markStart) next = (kind === 0 ? '*' : kind === 1 ? '**' : '[') + next;
    if (index === markEnd) {
      const start = parts[markStart] ?? next;
      // Encoded for figures such as "12.5%"; placeholder words are letters only, unchanged.
      const linkPath = encodeURIComponent(start.replace(/^\[/, '').toLowerCase());
      next += kind === 0 ? '*' : kind === 1 ? '**' : `](https://example.org/${linkPath})`;
    }
    parts.push(next);
  }
  return parts.join(' ') + at(ENDINGS, random.weighted(ENDING_WEIGHTS));
}

const sentenceParts: string[] = [];

function paragraph(words: Words, min: number, max: number, markup: boolean): string {
  const count = words.random.int(min, max);
  const sentences = paragraphParts;
  sentences.length = 0;
  for (let index = 0; index < count; index++) sentences.push(sentence(words, markup));
  return sentences.join(' ');
}

const paragraphParts: string[] = [];

/** A made-up personal or place name part: "Vaimor", "Stelix". */
function namePart(random: Random): string {
  const syllables = random.int(2, 3);
  let part = '';
  for (let index = 0; index < syllables; index++) {
    part += random.pick(NAME_ONSETS) + random.pick(NAME_VOWELS);
    if (index === syllables - 1) part += random.pick(NAME_CODAS);
  }
  return capitalize(part);
}

/** Slugs are at most 120 characters; this leaves room for a `-2` suffix. */
const SLUG_BASE_MAX = 100;

/** "Lorem ipsum dolor" → "lorem-ipsum-dolor", cut at a hyphen to at most 100 characters. */
function slugOf(text: string): string {
  const slug = text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= SLUG_BASE_MAX) return slug;
  const cut = slug.slice(0, SLUG_BASE_MAX + 1);
  const lastHyphen = cut.lastIndexOf('-');
  return lastHyphen > 0 ? cut.slice(0, lastHyphen) : slug.slice(0, SLUG_BASE_MAX);
}

/** `base`, or `base-2`, `base-3`, … if taken; remembers the result. */
function uniqueSlug(base: string, taken: Set<string>): string {
  let slug = base;
  for (let suffix = 2; taken.has(slug); suffix++) slug = `${base}-${suffix}`;
  taken.add(slug);
  return slug;
}

// --- site, authors, tags ----------------------------------------------------

function makeSite(words: Words): Site {
  return {
    title: `The ${namePart(words.random)} ${capitalize(word(words))}`,
    description: `${sentence(words, false).slice(0, -1)}: a generated publication for tests and benchmarks.`,
    url: SITE_URL,
    language: 'en',
    membershipUrl: `${SITE_URL}/membership`,
  };
}

function makeAuthors(words: Words, count: number): Author[] {
  const { random } = words;
  const taken = new Set<string>();
  const authors: Author[] = [];
  while (authors.length < count) {
    const name = `${namePart(random)} ${namePart(random)}`;
    const slug = slugOf(name);
    if (taken.has(slug)) continue;
    taken.add(slug);
    const bio = [paragraph(words, 2, 5, false)];
    if (random.chance(0.4)) bio.push(paragraph(words, 1, 4, false));
    const author: Author = { slug, name, role: random.pick(ROLES), bio: bio.join('\n\n') };
    if (random.chance(0.3)) author.links = [{ label: 'Profile', url: `https://example.org/people/${slug}` }];
    authors.push(author);
  }
  return authors;
}

function makeTags(words: Words, count: number): Tag[] {
  const { random } = words;
  const taken = new Set<string>();
  const tags: Tag[] = [];
  while (tags.length < count) {
    const name = random.chance(0.3) ? namePart(random) : phrase(words, 1, 3);
    const slug = slugOf(name);
    if (slug === '' || taken.has(slug)) continue;
    taken.add(slug);
    const tag: Tag = { slug, name };
    if (random.chance(0.3)) tag.description = paragraph(words, 1, 2, false);
    tags.push(tag);
  }
  return tags;
}

// --- articles ---------------------------------------------------------------

const FIRST_PUBLISHED = Date.UTC(2019, 0, 1);
const LAST_PUBLISHED = Date.UTC(2025, 11, 31, 23, 59);
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** `2025-08-22T09:30:00+03:00` for the instant `time` seen at `offset` minutes from UTC. */
function formatDateTime(time: number, offset: number, zulu: boolean): string {
  const local = new Date(time + offset * MINUTE).toISOString().slice(0, 19);
  if (offset === 0 && zulu) return `${local}Z`;
  const sign = offset < 0 ? '-' : '+';
  const absolute = Math.abs(offset);
  return `${local}${sign}${pad(Math.floor(absolute / 60))}:${pad(absolute % 60)}`;
}

function formatDate(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

/** publishedAt and, sometimes, a later updatedAt; a third of them are bare dates. */
function makeDates(random: Random): { publishedAt: string; updatedAt?: string } {
  const minutes = random.int(0, Math.floor((LAST_PUBLISHED - FIRST_PUBLISHED) / MINUTE));
  const published = FIRST_PUBLISHED + minutes * MINUTE;
  const updated = random.chance(0.2);
  if (random.chance(0.33)) {
    const day = published - (published % DAY);
    const publishedAt = formatDate(day);
    return updated ? { publishedAt, updatedAt: formatDate(day + random.int(1, 60) * DAY) } : { publishedAt };
  }
  const offset = random.pick(OFFSETS_MINUTES);
  const zulu = random.chance(0.5);
  const publishedAt = formatDateTime(published, offset, zulu);
  if (!updated) return { publishedAt };
  const later = published + random.int(1, 30 * 24 * 60) * MINUTE;
  return { publishedAt, updatedAt: formatDateTime(later, offset, zulu) };
}

function makeImage(words: Words, people: readonly Author[]): Image {
  const { random } = words;
  const [width, height] = random.pick(IMAGE_SIZES);
  const image: Image = { alt: phrase(words, 3, 8), width, height };
  if (random.chance(0.85)) image.caption = paragraph(words, 1, 2, false);
  if (random.chance(0.8)) {
    image.credit = random.chance(0.5) ? `Photo by ${random.pick(people).name}` : `${phrase(words, 1, 2)} Images`;
  }
  return image;
}

/** Paragraph, heading, quote, list, image. */
const BLOCK_WEIGHTS = [60, 10, 8, 12, 7] as const;
/** No `ordered`, `ordered: true`, `ordered: false`. */
const LIST_STYLE_WEIGHTS = [2, 1, 1] as const;
/** 1, 2 or 3 authors. */
const AUTHOR_COUNT_WEIGHTS = [70, 22, 8] as const;
/** 0 to 6 tags. */
const TAG_COUNT_WEIGHTS = [6, 14, 24, 24, 16, 10, 6] as const;

function makeBlock(words: Words, people: readonly Author[]): Block {
  const { random } = words;
  switch (random.weighted(BLOCK_WEIGHTS)) {
    case 0:
      return paragraph(words, 2, 6, true);
    case 1:
      return { type: 'heading', text: phrase(words, 2, 6) };
    case 2: {
      const text = paragraph(words, 1, 3, true);
      return random.chance(0.6) ? { type: 'quote', text, cite: random.pick(people).name } : { type: 'quote', text };
    }
    case 3: {
      const count = random.int(2, 6);
      const items: string[] = [];
      for (let index = 0; index < count; index++) items.push(sentence(words, true));
      const style = random.weighted(LIST_STYLE_WEIGHTS);
      return style === 0 ? { type: 'list', items } : { type: 'list', ordered: style === 1, items };
    }
    default:
      return { type: 'image', ...makeImage(words, people) };
  }
}

/** `count` different indexes in [0, size), skewed towards the low ones. */
function distinctSkewed(random: Random, size: number, count: number, skew: number): number[] {
  const chosen: number[] = [];
  while (chosen.length < Math.min(count, size)) {
    const index = random.skewed(size, skew);
    if (!chosen.includes(index)) chosen.push(index);
  }
  return chosen;
}

function makeArticle(
  words: Words,
  authors: readonly Author[],
  tagsByPopularity: readonly Tag[],
  taken: Set<string>,
): Article {
  const { random } = words;
  const titleWords = wordList(words, 3, 11);
  const title = capitalize(titleWords.join(' '));
  const slug = uniqueSlug(slugOf(titleWords.slice(0, 8).join(' ')), taken);
  const standfirst = random.chance(0.4) ? paragraph(words, 1, 2, false) : undefined;
  const dates = makeDates(random);

  const authorCount = random.weighted(AUTHOR_COUNT_WEIGHTS) + 1;
  const articleAuthors = distinctSkewed(random, authors.length, authorCount, 1.5).map(
    (index) => at(authors, index).slug,
  );
  // Rank r is drawn with probability ~ r^(-2/3): a handful of tags are on most
  // articles and the long tail is on a few each.
  const tagCount = random.weighted(TAG_COUNT_WEIGHTS);
  const articleTags = distinctSkewed(random, tagsByPopularity.length, tagCount, 3).map(
    (index) => at(tagsByPopularity, index).slug,
  );

  const image = random.chance(0.7) ? makeImage(words, authors) : undefined;
  const blockCount = random.int(4, 15);
  const body: Block[] = [paragraph(words, 2, 6, true)];
  while (body.length < blockCount) body.push(makeBlock(words, authors));

  const source = random.chance(0.05)
    ? { name: `The ${namePart(random)} Gazette`, url: `https://example.org/${slug}` }
    : undefined;
  // Spread in the format's field order, leaving out absent optional fields.
  return {
    slug,
    title,
    ...(standfirst === undefined ? {} : { standfirst }),
    ...dates,
    authors: articleAuthors,
    tags: articleTags,
    ...(image === undefined ? {} : { image }),
    body,
    ...(source === undefined ? {} : { source }),
  };
}

// --- the corpus -------------------------------------------------------------

export function generateCorpus(options: CorpusOptions): Corpus {
  const { articles: articleCount, seed = DEFAULT_SEED, vocabulary = 'placeholder' } = options;
  if (!Number.isSafeInteger(articleCount) || articleCount < 0) {
    throw new RangeError(`articles must be a non-negative integer, not ${String(articleCount)}`);
  }
  if (!Number.isSafeInteger(seed) || seed < 0 || seed > 0xffffffff) {
    throw new RangeError(`seed must be an integer from 0 to 4294967295, not ${String(seed)}`);
  }

  const random = new Random(seed);
  const words = vocabulary === 'real' ? realWords(random, seed) : placeholderWords(random);
  const site = makeSite(words);
  const authors = makeAuthors(words, AUTHOR_COUNT);
  const tags = makeTags(words, TAG_COUNT);
  // Popularity is independent of the order in tags.json.
  const tagsByPopularity = random.shuffle(tags);

  const taken = new Set<string>();
  const articles: Article[] = [];
  for (let index = 0; index < articleCount; index++) {
    articles.push(makeArticle(words, authors, tagsByPopularity, taken));
  }
  return { site, authors, tags, articles };
}

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/**
 * The corpus as the files of a content folder, in a fixed order. A generator,
 * so that writing 10,000 articles does not hold all their text at once.
 */
export function* corpusFiles(corpus: Corpus): Generator<CorpusFile> {
  yield { path: 'site.json', contents: json(corpus.site) };
  yield { path: 'authors.json', contents: json(corpus.authors) };
  yield { path: 'tags.json', contents: json(corpus.tags) };
  for (const article of corpus.articles) yield { path: `articles/${article.slug}.json`, contents: json(article) };
}
