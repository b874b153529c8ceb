/**
 * Related reading: other articles ranked by the number of tags they share
 * with an article, then by recency. Articles that share no tag are never
 * related, and an article is never related to itself.
 */

export const RELATED_LIMIT = 3;

type Tagged = { tags: readonly string[] };

/**
 * Prepares the lookup once for all articles, which must be in rank order
 * (newest first). Each article's distinct tags become numbers and each tag's
 * articles a typed array, once; shared tags are counted in one reused typed
 * array. A 10,000-article build spends a fraction of a second here.
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
    return Int32Array.from(numbers);
  });
  const byTag = members.map((list) => Int32Array.from(list));

  const shared = new Int32Array(articles.length);
  const touched = new Int32Array(articles.length);

  return (index) => {
    let count = 0;
    for (const tag of tagsOf[index] ?? []) {
      for (const other of byTag[tag] ?? []) {
        if (other === index) continue;
        const before = shared[other] ?? 0;
        if (before === 0) touched[count++] = other;
        shared[other] = before + 1;
      }
    }

    // The best `limit` by (shared tags desc, rank asc), kept sorted by insertion.
    const best: number[] = [];
    const bestShared: number[] = [];
    for (let at = 0; at < count; at++) {
      const candidate = touched[at] ?? 0;
      const score = shared[candidate] ?? 0;
      shared[candidate] = 0;
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
    return best;
  };
}
