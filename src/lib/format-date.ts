/**
 * "2025-08-22" or "2025-08-22T09:30:00+03:00" → "August 22, 2025".
 *
 * The date is the calendar date the newsroom wrote, not converted to the
 * reader's time zone, so the server-rendered and client-rendered text agree.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

/** Creating a formatter costs far more than using one: the prerender formats hundreds of thousands of dates. */
function formatterFor(locale: string): Intl.DateTimeFormat {
  let formatter = formatters.get(locale);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
    formatters.set(locale, formatter);
  }
  return formatter;
}

/**
 * Each date's text, once a locale, in the prerender: it formats the same few thousand dates a few hundred thousand
 * times (each summary in every list it is in). The browser's build leaves this out (Vite makes SSR false there).
 */
const formatted = new Map<string, string>();

export function formatDate(value: string, locale: string): string {
  const day = value.slice(0, 10);
  if (import.meta.env.SSR) {
    const key = `${locale}\u0000${day}`;
    let text = formatted.get(key);
    if (text === undefined) {
      text = formatterFor(locale).format(new Date(`${day}T00:00:00Z`));
      formatted.set(key, text);
    }
    return text;
  }
  return formatterFor(locale).format(new Date(`${day}T00:00:00Z`));
}
