/**
 * Related reading: other articles ranked by the number of tags they share
 * with an article, then by recency. Articles that share no tag are never
 * related, and an article is never related to itself.
 */

export const RELATED_LIMIT = 3;

type Tagged = { tags: readonly string[] };

/**
 * Prepares the lookup once for all articles, which must be in rank order
 * (newest first). Each article's distinct tags become numbers, and each tag
 * and each pair of tags a typed array of its articles, in rank order.
 *
 * An article's best are found in two steps. Those sharing two tags or more
 * are exactly the articles in the lists of its pairs of tags (one sharing s
 * tags is in s(s-1)/2 of them), which are short. Only if they are fewer
 * than the limit do articles sharing one tag come in, newest first, from
 * the heads of its tags' lists. Counting over whole tag lists instead grew
 * with the square of the archive: 0.35 s at 10,000 articles, 29 s at 100,000.
 */
export function createRelatedFinder(articles: readonly Tagged[], limit = RELATED_LIMIT): (index: number) => number[] {
  const tagNumbers = new Map<string, number>();
  const members: number[][] = [];
  const tagsOf = articles.map((article, index) => {
    const numbers = [...new Set(article.tags)].map((tag) => {
      let number = tagNumbers.get(tag);
      if (number === undefined) {
        number = members.length;
        tagNumbers.set(tag, number);
        members.push([]);
      }
      members[number]?.push(index);
      return number;
    });
    return Int32Array.from(numbers.sort((a, b) => a - b));
  });
  const byTag = members.map((list) => Int32Array.from(list));
  const tagCount = members.length;
  const pairKey = (lower: number, higher: number) => lower * tagCount + higher;

  const pairMembers = new Map<number, number[]>();
  tagsOf.forEach((tags, index) => {
    for (let first = 0; first < tags.length; first++) {
      for (let second = first + 1; second < tags.length; second++) {
        const key = pairKey(tags[first] ?? 0, tags[second] ?? 0);
        let list = pairMembers.get(key);
        if (list === undefined) pairMembers.set(key, (list = []));
        list.push(index);
      }
    }
  });
  const byPair = new Map([...pairMembers].map(([key, list]) => [key, Int32Array.from(list)]));

  const pairsShared = new Int32Array(articles.length);
  const touched = new Int32Array(articles.length);
  const none = new Int32Array(0);

  return (index) => {
    const tags = tagsOf[index] ?? none;
    let count = 0;
    for (let first = 0; first < tags.length; first++) {
      for (let second = first + 1; second < tags.length; second++) {
        for (const other of byPair.get(pairKey(tags[first] ?? 0, tags[second] ?? 0)) ?? none) {
          if (other === index) continue;
          const before = pairsShared[other] ?? 0;
          if (before === 0) touched[count++] = other;
          pairsShared[other] = before + 1;
        }
      }
    }

    // The best `limit` by (shared tags desc, rank asc), kept sorted by insertion.
    const best: number[] = [];
    const bestShared: number[] = [];
    for (let at = 0; at < count; at++) {
      const candidate = touched[at] ?? 0;
      // s shared tags make s(s-1)/2 shared pairs.
      const score = (1 + Math.sqrt(1 + 8 * (pairsShared[candidate] ?? 0))) / 2;
      pairsShared[candidate] = 0;
      let position = best.length;
      while (position > 0) {
        const above = bestShared[position - 1] ?? 0;
        if (score < above || (score === above && candidate > (best[position - 1] ?? 0))) break;
        position -= 1;
      }
      if (position < limit) {
        best.splice(position, 0, candidate);
        bestShared.splice(position, 0, score);
        if (best.length > limit) {
          best.pop();
          bestShared.pop();
        }
      }
    }
    if (best.length >= limit) return best;

    // Too few share two tags, so every one that does is in `best`: the rest share one, newest first. One that
    // shares one tag is in one of the lists, so merging their heads meets each once.
    const lists = Array.from(tags, (tag) => byTag[tag] ?? none);
    const heads = lists.map(() => 0);
    const chosen = new Set(best);
    while (best.length < limit) {
      let from = -1;
      let next = articles.length;
      lists.forEach((list, at) => {
        const head = list[heads[at] ?? 0];
        if (head !== undefined && head < next) {
          next = head;
          from = at;
        }
      });
      if (from < 0) break;
      heads[from] = (heads[from] ?? 0) + 1;
      if (next !== index && !chosen.has(next)) best.push(next);
    }
    return best;
  };
}
