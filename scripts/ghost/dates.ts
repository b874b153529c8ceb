/**
 * Ghost's dates as the content format writes them, keeping the offset Ghost gave: exports write UTC (`…Z`), the
 * Content API the site's own offset (`…+03:00`). Old exports' epoch milliseconds and MySQL's `2024-05-01 10:00:00`
 * (UTC in Ghost's database) become UTC date-times.
 */
import { isPublicationDate } from '../../src/build/content/schema.ts';

export function publicationDate(value: string | number | null): string | null {
  if (value === null) return null;
  if (typeof value === 'number') {
    const date = new Date(value);
    return Number.isNaN(date.getTime()) ? null : date.toISOString();
  }
  const trimmed = value.trim();
  if (isPublicationDate(trimmed)) return trimmed;
  const mysql = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}:\d{2}(?:\.\d+)?)$/.exec(trimmed);
  if (mysql !== null) {
    const utc = `${mysql[1] ?? ''}T${mysql[2] ?? ''}Z`;
    return isPublicationDate(utc) ? utc : null;
  }
  return null;
}
