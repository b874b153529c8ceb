/**
 * Answers a query from the index (index-format.ts), in two steps so that the
 * browser fetches only what the query needs between them:
 *
 * 1. `planQuery` reads the dictionary: each word of the query becomes the
 *    terms it matches — itself, longer words it starts ("kurs" → "kursk"),
 *    and, for words of five letters or more, words one typo away.
 * 2. `rankArticles` reads those terms' postings and ranks the articles that
 *    match every word: most words in the headline first, then by score (rare
 *    words and matches in the tags, names and standfirst weigh more; exact
 *    beats prefix beats typo), then newest first.
 */
import { withinOneTypo } from './edit-distance.ts';
import { decodePosting, FIELD, type PostingsShard, type SearchDictionary } from './index-format.ts';
import { terms } from './normalize.ts';

/** Words this long or longer may have one typo. */
export const TYPO_MIN_LENGTH = 5;
/** Words past this many are ignored: a pasted paragraph must not stall the page. */
export const MAX_QUERY_WORDS = 12;
/** A short prefix matches many words: the most common this many are kept. */
export const MAX_PREFIX_TERMS = 40;

const QUALITY = { exact: 1, prefix: 0.75, typo: 0.5 } as const;

export type TermMatch = { term: number; quality: number };
export type QueryPlan = {
  /** The query's words, folded, without repeats. */
  words: string[];
  /** For each word, the dictionary terms it matches. */
  matches: TermMatch[][];
};

export type Hit = { article: number; score: number; headlineWords: number };

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

export function planQuery(dictionary: SearchDictionary, query: string): QueryPlan {
  const words = [...new Set(terms(query))].slice(0, MAX_QUERY_WORDS);
  const { terms: sorted, counts } = dictionary;
  const matches = words.map((word) => {
    const found = new Map<number, number>();
    const first = lowerBound(sorted, word);
    const prefixed: number[] = [];
    for (let index = first; index < sorted.length && (sorted[index] ?? '').startsWith(word); index++) {
      if (sorted[index] === word) found.set(index, QUALITY.exact);
      else prefixed.push(index);
    }
    prefixed.sort((a, b) => (counts[b] ?? 0) - (counts[a] ?? 0));
    for (const index of prefixed.slice(0, MAX_PREFIX_TERMS)) found.set(index, QUALITY.prefix);
    if (word.length >= TYPO_MIN_LENGTH) {
      sorted.forEach((term, index) => {
        if (!found.has(index) && Math.abs(term.length - word.length) <= 1 && withinOneTypo(term, word)) {
          found.set(index, QUALITY.typo);
        }
      });
    }
    return [...found].map(([term, quality]) => ({ term, quality }));
  });
  return { words, matches };
}

/** The shards a plan needs, by index into `dictionary.shards`. */
export function shardsFor(dictionary: SearchDictionary, plan: QueryPlan): number[] {
  const needed = new Set<number>();
  for (const { term } of plan.matches.flat()) needed.add(shardOf(dictionary, term));
  return [...needed].sort((a, b) => a - b);
}

/** Which shard holds a term: the last shard starting at or before it. */
export function shardOf(dictionary: SearchDictionary, term: number): number {
  let low = 0;
  let high = dictionary.shards.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >>> 1;
    if ((dictionary.shards[middle] ?? 0) <= term) low = middle;
    else high = middle - 1;
  }
  return low;
}

function fieldWeight(fields: number): number {
  let weight = 0;
  if (fields & FIELD.headline) weight += 3;
  if (fields & (FIELD.tags | FIELD.authors)) weight += 1.5;
  if (fields & FIELD.standfirst) weight += 0.75;
  return weight;
}

/** The postings of one term: flat pairs with article numbers as differences (index-format.ts). */
export type PostingsOf = (term: number) => readonly number[];

/** A term's postings, from whichever shards are at hand (`shard(n)`: shard n, or undefined when not loaded). */
export function postingsFrom(
  dictionary: SearchDictionary,
  shard: (index: number) => PostingsShard | null | undefined,
): PostingsOf {
  return (term) => {
    const index = shardOf(dictionary, term);
    return shard(index)?.postings[term - (dictionary.shards[index] ?? 0)] ?? [];
  };
}

export function rankArticles(dictionary: SearchDictionary, plan: QueryPlan, postingsOf: PostingsOf): Hit[] {
  if (plan.words.length === 0) return [];
  const total = dictionary.articles;
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
    for (const { term, quality } of wordMatches) {
      const postings = postingsOf(term);
      const count = postings.length / 2;
      const rarity = Math.log(1 + (total - count + 0.5) / (count + 0.5));
      let article = 0;
      for (let index = 0; index < postings.length; index += 2) {
        article += postings[index] ?? 0;
        // Only articles that matched every word so far can still match them all.
        if (wordsMatched[article] !== word) continue;
        const { fields, count: occurrences } = decodePosting(postings[index + 1] ?? 0);
        const value = quality * rarity * (1 + fieldWeight(fields) + occurrences / (occurrences + 1.2));
        if (value > (best[article] ?? 0)) {
          best[article] = value;
          bestInHeadline[article] = fields & FIELD.headline ? 1 : 0;
        }
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
  const hits: Hit[] = [];
  for (let article = 0; article < total; article++) {
    if (wordsMatched[article] === plan.words.length) {
      hits.push({ article, score: score[article] ?? 0, headlineWords: headlineWords[article] ?? 0 });
    }
  }
  return hits.sort((a, b) => b.headlineWords - a.headlineWords || b.score - a.score || a.article - b.article);
}

/** Every term a plan matched, as text: what to highlight in an excerpt. */
export function matchedTerms(dictionary: SearchDictionary, plan: QueryPlan): Set<string> {
  return new Set(plan.matches.flat().map(({ term }) => dictionary.terms[term] ?? ''));
}
