/**
 * Ghost's dates as the content format writes them. The reader shows a date-time's date as written, so a date-time
 * must carry the site's own offset: the Content API gives it (`…+03:00`) and it is kept; an Admin export writes
 * UTC (`…Z`), old exports epoch milliseconds and MySQL's `2024-05-01 10:00:00` (UTC in Ghost's database), and these
 * are written in the site's time zone (its `timezone` setting) at that instant, or in UTC when it is unknown.
 */
import { isPublicationDate } from '../../src/build/content/schema.ts';

const offsetFormats = new Map<string, Intl.DateTimeFormat>();

/** Throws a RangeError for a time zone the runtime does not know. */
function offsetFormat(timeZone: string): Intl.DateTimeFormat {
  let format = offsetFormats.get(timeZone);
  if (format === undefined) {
    // Creating a formatter costs far more than using one, and an import formats thousands of dates.
    format = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' });
    offsetFormats.set(timeZone, format);
  }
  return format;
}

/** The site's `timezone` setting when the runtime knows it (`Europe/Kyiv`), else null. */
export function siteTimeZone(name: string | null): string | null {
  if (name === null) return null;
  try {
    offsetFormat(name);
    return name;
  } catch {
    return null;
  }
}

/** The zone's offset at an instant, `+03:00`, or null when it is not whole minutes (local mean time, before ~1900). */
function offsetAt(time: number, timeZone: string): string | null {
  const name = offsetFormat(timeZone)
    .formatToParts(time)
    .find((part) => part.type === 'timeZoneName')?.value;
  if (name === 'GMT') return '+00:00';
  return /^GMT([+-]\d{2}:\d{2})$/.exec(name ?? '')?.[1] ?? null;
}

/** An instant as the wall-clock date-time of the zone with its offset: `2024-05-02T01:30:00.000+03:00`. */
function inTimeZone(time: number, timeZone: string): string | null {
  const offset = offsetAt(time, timeZone);
  if (offset === null) return null;
  const minutes = (offset.startsWith('-') ? -1 : 1) * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6)));
  return `${new Date(time + minutes * 60_000).toISOString().slice(0, 23)}${offset}`;
}

/** A UTC date-time in the site's zone when it is known; as it is otherwise. */
function utcIn(utc: string, timeZone: string | null): string {
  const time = Date.parse(utc);
  if (timeZone === null || Number.isNaN(time)) return utc;
  return inTimeZone(time, timeZone) ?? utc;
}

/** `timeZone` is the site's, checked by siteTimeZone, or null. */
export function publicationDate(value: string | number | null, timeZone: string | null): string | null {
  if (value === null) return null;
  if (typeof value === 'number') {
    const date = new Date(value);
    return Number.isNaN(date.getTime()) ? null : utcIn(date.toISOString(), timeZone);
  }
  const trimmed = value.trim();
  if (isPublicationDate(trimmed)) return /T.*Z$/i.test(trimmed) ? utcIn(trimmed, timeZone) : trimmed;
  const mysql = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}:\d{2}(?:\.\d+)?)$/.exec(trimmed);
  if (mysql !== null) {
    const utc = `${mysql[1] ?? ''}T${mysql[2] ?? ''}Z`;
    return isPublicationDate(utc) ? utcIn(utc, timeZone) : null;
  }
  return null;
}
