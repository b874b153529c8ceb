import { expect, test } from 'vitest';

import { RESERVED_PAGE_SLUGS } from '../../src/build/content/schema.ts';
import { slugChange, slugRegistry, toSlug } from './slugs.ts';

test.each([
  ['harbour-reopens', 'harbour-reopens'],
  ['Café_Olé--2024', 'cafe-ole-2024'],
  ['  -Ünïcödé- ', 'unicode'],
  ['новини-дня', 'novini-dnya'],
  ['україна', 'ukraina'],
  ['東京', 'dongjing'],
  ['🙂-smile', 'smile'],
  ['🙂', ''],
])('%j becomes %j', (raw, slug) => {
  expect(toSlug(raw)).toBe(slug);
});

test('a slug at most 120 characters long, cut at a hyphen', () => {
  const slug = toSlug(`${'word-'.repeat(40)}end`);
  expect(slug.length).toBeLessThanOrEqual(120);
  expect(slug).toMatch(/^(word-)*word$/);
});

test('slugs stay unique, fall back to the title, and avoid the reader’s own addresses for pages', () => {
  const claim = slugRegistry(RESERVED_PAGE_SLUGS);
  expect(claim('about', 'About')).toEqual({ slug: 'about', changed: false });
  expect(claim('about', 'About again')).toEqual({ slug: 'about-2', changed: true });
  expect(claim('search', 'Search tips')).toEqual({ slug: 'search-2', changed: true });
  expect(claim('🙂', 'Kyiv today')).toEqual({ slug: 'kyiv-today', changed: true });
  expect(claim('', '')).toEqual({ slug: 'untitled', changed: true });
});

test('a changed slug is reported as a line; one left `untitled` says why', () => {
  const claim = slugRegistry();
  expect(slugChange('tag slug', 'україна', claim('україна', 'Україна'))).toBe(
    'Ghost\'s tag slug "україна" is "ukraina" here',
  );
  expect(slugChange('slug', '🙂', claim('🙂', '🙂'))).toBe(
    'Ghost\'s slug "🙂" is "untitled" here (it has no letters or digits to keep)',
  );
});
