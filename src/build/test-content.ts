/** Content-format builders for tests of the build-time code: valid defaults, overridden per test. */
import type { Article } from './content/schema.ts';
import type { SizeOf } from './content/size-images.ts';

/** A day in 2025, as a date: day(1) is 2025-01-01. */
export function day(n: number): string {
  return new Date(Date.UTC(2025, 0, n)).toISOString().slice(0, 10);
}

/** An article as written in articles/<slug>.json, by the author `jane-doe`. */
export function anArticleFile(slug: string, fields: Partial<Article> = {}): Article {
  return {
    slug,
    title: `Title of ${slug}`,
    publishedAt: day(1),
    authors: ['jane-doe'],
    tags: [],
    body: [`Body of ${slug}.`],
    ...fields,
  };
}

/** Sizes for content parsed in a test without its folder, where every image gives its width and height. */
export const noImageFiles: SizeOf = (src) => {
  throw new Error(`the test's content left out the size of ${String(src)}, and has no file to read it from`);
};
