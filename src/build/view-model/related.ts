/**
 * Related reading: other articles ranked by the number of tags they share
 * with an article, then by recency. Articles that share no tag are never
 * related, and an article is never related to itself.
 */

export const RELATED_LIMIT = 3;

type Tagged = { tags: readonly string[] };

/**
 * Prepares the lookup once for all articles, which must be in rank order
 * (newest first). Counting shared tags in a reused typed array keeps a
 * 10,000-article build to a fraction of a second.
 */
export function createRelatedFinder(articles: readonly Tagged[], limit = RELATED_LIMIT): (index: number) => number[] {
  const byTag = new Map<string, number[]>();
  articles.forEach((article, index) => {
    for (const tag of new Set(article.tags)) {
      const list = byTag.get(tag);
      if (list === undefined) byTag.set(tag, [index]);
      else list.push(index);
    }
  });

  const shared = new Int32Array(articles.length);
  const touched: number[] = [];

  return (index) => {
    for (const tag of new Set(articles[index]?.tags ?? [])) {
      for (const other of byTag.get(tag) ?? []) {
        if (other === index) continue;
        if (shared[other] === 0) touched.push(other);
        shared[other] = (shared[other] ?? 0) + 1;
      }
    }

    // The best `limit` by (shared tags desc, rank asc), kept sorted by insertion.
    const best: number[] = [];
    const beats = (a: number, b: number) =>
      (shared[a] ?? 0) > (shared[b] ?? 0) || ((shared[a] ?? 0) === (shared[b] ?? 0) && a < b);
    for (const candidate of touched) {
      let position = best.length;
      while (position > 0 && beats(candidate, best[position - 1] ?? candidate)) position -= 1;
      if (position < limit) {
        best.splice(position, 0, candidate);
        if (best.length > limit) best.pop();
      }
    }

    for (const other of touched) shared[other] = 0;
    touched.length = 0;
    return best;
  };
}
