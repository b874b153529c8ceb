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

/** "Rail", "Rail and Ukraine", "Rail, Ukraine and Trains": names in a sentence, as `language` writes one. */
export function nameList(names: readonly string[], language: string): string {
  return listFormat(language).format(names);
}
