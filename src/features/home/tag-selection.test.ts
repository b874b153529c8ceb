import { expect, test } from 'vitest';

import { parseTagsParam, withoutTag, withTag } from './tag-selection.ts';

test('parseTagsParam trims, drops empty entries and collapses duplicates, keeping the order', () => {
  expect(parseTagsParam(null)).toEqual([]);
  expect(parseTagsParam('')).toEqual([]);
  expect(parseTagsParam(',,')).toEqual([]);
  expect(parseTagsParam('rail')).toEqual(['rail']);
  expect(parseTagsParam('ukraine, rail,,ukraine,')).toEqual(['ukraine', 'rail']);
});

test('withTag adds at the end once; withoutTag removes', () => {
  expect(withTag(['rail'], 'ukraine')).toEqual(['rail', 'ukraine']);
  expect(withTag(['rail'], 'rail')).toEqual(['rail']);
  expect(withoutTag(['rail', 'ukraine'], 'rail')).toEqual(['ukraine']);
  expect(withoutTag(['rail'], 'rail')).toEqual([]);
});
