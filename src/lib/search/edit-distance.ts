/**
 * Whether two words are at most one typo apart: one letter changed, added,
 * dropped, or two neighbours swapped ("Kusrk" for "Kursk"). Linear time, so
 * the whole dictionary can be scanned per query word.
 */
export function withinOneTypo(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (long.length - short.length > 1) return false;
  let start = 0;
  while (start < short.length && short[start] === long[start]) start++;
  if (short.length === long.length) {
    // One substitution, or one transposition of neighbours.
    if (short.slice(start + 1) === long.slice(start + 1)) return true;
    return (
      short[start] === long[start + 1] &&
      short[start + 1] === long[start] &&
      short.slice(start + 2) === long.slice(start + 2)
    );
  }
  // One letter more in `long`.
  return short.slice(start) === long.slice(start + 1);
}
