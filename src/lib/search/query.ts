/**
 * Answers a query from the index (index-format.ts), in steps so that the
 * browser fetches only what the query needs between them:
 *
 * 1. `partsFor` names the dictionary and typo parts the query's words need.
 * 2. `planQuery` reads them: each word becomes the terms it matches — itself,
 *    longer words it starts ("kurs" → "kursk"), and, for words of five
 *    letters or more, words one typo away that start with the same letter.
 * 3. `rankArticles` reads those terms' postings (`shardsFor` names their
 *    shards) and ranks the articles that match every word: most words in the
 *    headline first, then by score (rare words and matches in the tags,
 *    names and standfirst weigh more; exact beats prefix beats typo, by far
 *    when the index has the word typed), then newest first. Decision 004's
 *    "Ranking" has the rules.
 *
 * Where a typo may be: a term one edit from a word w with w's first letter
 * is in the dictionary part of w's first two letters (the edit is further
 * on), the part of w's first and third (w has a letter too many, or its
 * second and third swapped), or the typo part of either (the term's second
 * letter is changed, or one too many). A typo in the first letter is not
 * forgiven: it would take every part.
 */
import { withinOneTypo } from './edit-distance.ts';
import {
  characters,
  decodePosting,
  FIELD,
  partKey,
  typoKey,
  type DictionaryPart,
  type PostingsShard,
  type SearchManifest,
  type TypoPart,
} from './index-format.ts';
import { terms } from './normalize.ts';

/** Words this long or longer may have one typo. */
export const TYPO_MIN_LENGTH = 5;
/** Words past this many are ignored: a pasted paragraph must not stall the page. */
export const MAX_QUERY_WORDS = 12;
/** A short prefix matches many words: the most common this many are kept. */
export const MAX_PREFIX_TERMS = 40;

const QUALITY = { exact: 1, prefix: 0.75, typo: 0.5 } as const;
/** How much less a prefix or typo match counts when the word itself is in the index. */
const BESIDE_EXACT = 1 / 3;

/** A term of the index: its text, and where its postings are (the shard of its part, its position there). */
export type TermRef = { text: string; part: string; shard: number; position: number };
export type TermMatch = TermRef & { quality: number };
export type QueryPlan = {
  /** The query's words, folded, without repeats. */
  words: string[];
  /** For each word, the terms it matches. */
  matches: TermMatch[][];
};

export type Hit = { article: number; score: number; headlineWords: number };

/** The parts at hand: `undefined` or null for a part not loaded or not in the index. */
export type LoadedParts = {
  part: (key: string) => DictionaryPart | null | undefined;
  typo: (key: string) => TypoPart | null | undefined;
};

/** The query's words, folded, without repeats, at most MAX_QUERY_WORDS. */
export function queryWords(query: string): string[] {
  return [...new Set(terms(query))].slice(0, MAX_QUERY_WORDS);
}

/** The dictionary parts and typo parts a query needs, of those the index has. */
export function partsFor(manifest: SearchManifest, query: string): { parts: string[]; typos: string[] } {
  const parts = new Set<string>();
  const typos = new Set<string>();
  for (const word of queryWords(query)) {
    parts.add(partKey(word));
    if (characters(word).length < TYPO_MIN_LENGTH) continue;
    const other = typoKey(word);
    for (const key of other === null ? [partKey(word)] : [partKey(word), other]) {
      parts.add(key);
      typos.add(key);
    }
  }
  const have = (keys: readonly string[]) => {
    const present = new Set(keys);
    return (key: string) => present.has(key);
  };
  return { parts: [...parts].filter(have(manifest.parts)), typos: [...typos].filter(have(manifest.typos)) };
}

/** The first index in the sorted `terms` whose term is not below `word`. */
function lowerBound(sorted: readonly string[], word: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] ?? '') < word) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Which of a part's shards holds its term number `term`: the last shard starting at or before it. */
export function shardOf(part: DictionaryPart, term: number): number {
  let low = 0;
  let high = part.shards.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >>> 1;
    if ((part.shards[middle] ?? 0) <= term) low = middle;
    else high = middle - 1;
  }
  return low;
}

function refIn(key: string, part: DictionaryPart, index: number): TermRef {
  const shard = shardOf(part, index);
  return { text: part.terms[index] ?? '', part: key, shard, position: index - (part.shards[shard] ?? 0) };
}

/** Terms one typo from `word` in one loaded part: a length check first, as most are not. */
function typosIn(word: string, candidates: readonly string[], each: (index: number) => void): void {
  candidates.forEach((term, index) => {
    if (Math.abs(term.length - word.length) <= 1 && term !== word && withinOneTypo(term, word)) each(index);
  });
}

function matchWord(parts: LoadedParts, word: string): TermMatch[] {
  const found = termsFor(parts, word);
  // A word the index has is most likely the word meant: longer words and near misses still match, far behind it.
  if (!found.has(word)) return [...found.values()];
  return [...found.values()].map((match) =>
    match.quality === QUALITY.exact ? match : { ...match, quality: match.quality * BESIDE_EXACT },
  );
}

/** Every term `word` matches, by text: itself, the most common longer words it starts, and near misses. */
function termsFor(parts: LoadedParts, word: string): Map<string, TermMatch> {
  const found = new Map<string, TermMatch>();
  const key = partKey(word);
  const home = parts.part(key);
  if (home) {
    const prefixed: number[] = [];
    for (let index = lowerBound(home.terms, word); (home.terms[index] ?? '').startsWith(word); index++) {
      if (home.terms[index] === word) found.set(word, { ...refIn(key, home, index), quality: QUALITY.exact });
      else prefixed.push(index);
    }
    prefixed.sort((a, b) => (home.counts[b] ?? 0) - (home.counts[a] ?? 0));
    for (const index of prefixed.slice(0, MAX_PREFIX_TERMS)) {
      const ref = refIn(key, home, index);
      found.set(ref.text, { ...ref, quality: QUALITY.prefix });
    }
  }
  if (characters(word).length < TYPO_MIN_LENGTH) return found;
  const other = typoKey(word);
  for (const typoKeyed of new Set([key, other ?? key])) {
    const part = parts.part(typoKeyed);
    if (part) {
      typosIn(word, part.terms, (index) => {
        const ref = refIn(typoKeyed, part, index);
        if (!found.has(ref.text)) found.set(ref.text, { ...ref, quality: QUALITY.typo });
      });
    }
    const typo = parts.typo(typoKeyed);
    if (typo) {
      typosIn(word, typo.terms, (index) => {
        const text = typo.terms[index] ?? '';
        if (found.has(text)) return;
        const [shard = 0, position = 0] = [typo.shards[index], typo.positions[index]];
        found.set(text, { text, part: partKey(text), shard, position, quality: QUALITY.typo });
      });
    }
  }
  return found;
}

/** What each word of the query matches in the loaded parts (partsFor names those it needs). */
export function planQuery(parts: LoadedParts, query: string): QueryPlan {
  const words = queryWords(query);
  return { words, matches: words.map((word) => matchWord(parts, word)) };
}

/** The postings shards a plan needs: each part's key and the shard's number in it, once each. */
export function shardsFor(plan: QueryPlan): { part: string; shard: number }[] {
  const needed = new Map<string, { part: string; shard: number }>();
  for (const { part, shard } of plan.matches.flat()) needed.set(`${part}\u0000${shard}`, { part, shard });
  return [...needed.values()];
}

function fieldWeight(fields: number): number {
  let weight = 0;
  if (fields & FIELD.headline) weight += 3;
  if (fields & (FIELD.tags | FIELD.authors)) weight += 1.5;
  if (fields & FIELD.standfirst) weight += 0.75;
  return weight;
}

/** The postings of one term: flat pairs with article numbers as differences (index-format.ts). */
export type PostingsOf = (term: TermRef) => readonly number[];

/** A term's postings, from whichever shards are at hand (`shard(part, n)`: undefined when not loaded). */
export function postingsFrom(shard: (part: string, index: number) => PostingsShard | null | undefined): PostingsOf {
  return (term) => shard(term.part, term.shard)?.postings[term.position] ?? [];
}

/** The articles a plan matched, all counted, and the best `limit` of them in order. */
export type Ranking = { total: number; hits: Hit[] };

/** Every article that matches every word of the plan, in order (rankTop without a limit). */
export function rankArticles(manifest: SearchManifest, plan: QueryPlan, postingsOf: PostingsOf): Hit[] {
  return rankTop(manifest, plan, postingsOf, Number.POSITIVE_INFINITY).hits;
}

/**
 * How many articles match every word of the plan, and the best `limit` of them in order: a page of results needs
 * its page's twenty and those before it. A common word matches most of 10,000 articles, and ordering them all was
 * about half of such a query's time; the best few are kept in a heap as the articles are counted instead.
 */
export function rankTop(manifest: SearchManifest, plan: QueryPlan, postingsOf: PostingsOf, limit: number): Ranking {
  if (plan.words.length === 0) return { total: 0, hits: [] };
  const total = manifest.articles;
  // Typed arrays indexed by article number: a common word has postings in most of 10,000 articles.
  const score = new Float64Array(total);
  const headlineWords = new Uint8Array(total);
  const wordsMatched = new Uint8Array(total);
  const best = new Float64Array(total);
  const bestInHeadline = new Uint8Array(total);
  for (const [word, wordMatches] of plan.matches.entries()) {
    // For this word, each article's best match among the word's terms.
    best.fill(0);
    bestInHeadline.fill(0);
    // One rarity for the word, from the term typed (else its most common match): each term's own let a rare longer
    // word ("kyivstar") outscore the common word typed ("kyiv") many times over.
    const postingsOfMatches = wordMatches.map((match) => postingsOf(match));
    const exact = wordMatches.findIndex((match) => match.quality === QUALITY.exact);
    const count =
      (exact === -1
        ? Math.max(0, ...postingsOfMatches.map((postings) => postings.length))
        : (postingsOfMatches[exact]?.length ?? 0)) / 2;
    const rarity = Math.log(1 + (total - count + 0.5) / (count + 0.5));
    for (const [at, match] of wordMatches.entries()) {
      const postings = postingsOfMatches[at] ?? [];
      const { quality } = match;
      let article = 0;
      for (let index = 0; index < postings.length; index += 2) {
        article += postings[index] ?? 0;
        // Only articles that matched every word so far can still match them all.
        if (wordsMatched[article] !== word) continue;
        const { fields, count: occurrences } = decodePosting(postings[index + 1] ?? 0);
        const value = quality * rarity * (1 + fieldWeight(fields) + occurrences / (occurrences + 1.2));
        if (value > (best[article] ?? 0)) best[article] = value;
        // When the index has the word, only the word itself puts an article in the headline tier: a longer word or
        // a near miss there ("Warsaw" for "war", "count" for "court") must not rank above the word in a standfirst
        // or body. A word it lacks (being typed, or misspelt) counts any of its matches there, as the word meant.
        if (fields & FIELD.headline && (exact === -1 || quality === QUALITY.exact)) bestInHeadline[article] = 1;
      }
    }
    for (let article = 0; article < total; article++) {
      const value = best[article] ?? 0;
      if (value === 0) continue;
      score[article] = (score[article] ?? 0) + value;
      headlineWords[article] = (headlineWords[article] ?? 0) + (bestInHeadline[article] ?? 0);
      wordsMatched[article] = word + 1;
    }
  }
  // Negative when article a ranks before article b: more words in the headline, then a higher score, then newer
  // (a higher number: index-format.ts numbers articles from the oldest).
  const compare = (a: number, b: number) =>
    (headlineWords[b] ?? 0) - (headlineWords[a] ?? 0) || (score[b] ?? 0) - (score[a] ?? 0) || b - a;
  const ranked = bestOf(limit, compare);
  let matched = 0;
  for (let article = 0; article < total; article++) {
    if (wordsMatched[article] !== plan.words.length) continue;
    matched += 1;
    ranked.offer(article);
  }
  const hits = ranked
    .sorted()
    .map((article) => ({ article, score: score[article] ?? 0, headlineWords: headlineWords[article] ?? 0 }));
  return { total: matched, hits };
}

/**
 * The best `limit` numbers offered, first by `compare` (negative when a comes before b, as for sort): a heap whose
 * root is the worst kept, so that a number that does not beat it costs one comparison. Without a limit, every
 * number is kept and sorted once at the end.
 */
export function bestOf(
  limit: number,
  compare: (a: number, b: number) => number,
): { offer: (item: number) => void; sorted: () => number[] } {
  const heap: number[] = [];
  // The heap's order: the worst first.
  const worse = (a: number, b: number) => compare(a, b) > 0;
  const swap = (i: number, j: number) => {
    const item = heap[i] ?? 0;
    heap[i] = heap[j] ?? 0;
    heap[j] = item;
  };
  const up = (from: number) => {
    for (let child = from; child > 0;) {
      const parent = (child - 1) >> 1;
      if (!worse(heap[child] ?? 0, heap[parent] ?? 0)) return;
      swap(child, parent);
      child = parent;
    }
  };
  const down = (from: number) => {
    for (let parent = from; ;) {
      let worst = parent;
      const left = 2 * parent + 1;
      const right = left + 1;
      if (left < heap.length && worse(heap[left] ?? 0, heap[worst] ?? 0)) worst = left;
      if (right < heap.length && worse(heap[right] ?? 0, heap[worst] ?? 0)) worst = right;
      if (worst === parent) return;
      swap(parent, worst);
      parent = worst;
    }
  };
  const bounded = Number.isFinite(limit);
  return {
    offer(item) {
      if (!bounded) heap.push(item);
      else if (heap.length < limit) {
        heap.push(item);
        up(heap.length - 1);
      } else if (heap.length > 0 && compare(item, heap[0] ?? 0) < 0) {
        heap[0] = item;
        down(0);
      }
    },
    sorted: () => [...heap].sort(compare),
  };
}

/** Every term a plan matched, as text: what to highlight in an excerpt. */
export function matchedTerms(plan: QueryPlan): Set<string> {
  return new Set(plan.matches.flat().map(({ text }) => text));
}
