/**
 * "2025-08-22" or "2025-08-22T09:30:00+03:00" → "August 22, 2025".
 *
 * The date is the calendar date the newsroom wrote, not converted to the
 * reader's time zone, so the server-rendered and client-rendered text agree.
 */
export function formatDate(value: string, locale: string): string {
  const date = new Date(`${value.slice(0, 10)}T00:00:00Z`);
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}
