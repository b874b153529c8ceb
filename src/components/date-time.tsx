import { site } from 'virtual:broadsheet/site';

import { formatDate } from '../lib/format-date.ts';

export function DateTime({ value }: { value: string }) {
  return <time dateTime={value}>{formatDate(value, site.language)}</time>;
}
