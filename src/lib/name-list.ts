const formats = new Map<string, Intl.ListFormat>();

/** The language's way of joining names ("A, B and C"), made once per language: a formatter costs far more to create than to use. */
export function listFormat(language: string): Intl.ListFormat {
  let format = formats.get(language);
  if (format === undefined) {
    format = new Intl.ListFormat(language, { type: 'conjunction' });
    formats.set(language, format);
  }
  return format;
}

export type NamePart = ReturnType<Intl.ListFormat['formatToParts']>[number];

/**
 * The parts of "A, B and C" as `language` writes it: names ("element") and the words between them ("literal").
 * A single name needs no formatter. Most bylines have one, and the first formatter a page makes costs 50–60 ms
 * of a throttled phone's main thread (loading the language's patterns) while the article hydrates.
 */
export function nameParts(names: readonly string[], language: string): NamePart[] {
  if (names.length <= 1) return names.map((value) => ({ type: 'element', value }));
  return listFormat(language).formatToParts(names);
}

/** "Rail", "Rail and Ukraine", "Rail, Ukraine and Trains": names in a sentence, as `language` writes one. */
export function nameList(names: readonly string[], language: string): string {
  return nameParts(names, language)
    .map((part) => part.value)
    .join('');
}
