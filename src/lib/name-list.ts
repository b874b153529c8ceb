/** "Rail", "Rail and Ukraine", "Rail, Ukraine and Trains": names in a sentence. */
export function nameList(names: readonly string[]): string {
  const last = names.at(-1);
  if (last === undefined) return '';
  return names.length === 1 ? last : `${names.slice(0, -1).join(', ')} and ${last}`;
}
