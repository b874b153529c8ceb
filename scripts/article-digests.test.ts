import { createHash } from 'node:crypto';

import { expect, test } from 'vitest';

import { articleDigests } from './article-digests.ts';

test("each article's digest is its source's SHA-256, made once, and kept apart from the others'", () => {
  const asked: number[] = [];
  const digest = articleDigests(3, (number) => {
    asked.push(number);
    return `source of ${number}`;
  });
  const sha256 = (text: string) => new Uint8Array(createHash('sha256').update(text).digest());
  expect(digest(2)).toEqual(sha256('source of 2'));
  expect(digest(0)).toEqual(sha256('source of 0'));
  // Asked again, from the buffer: the source is not made twice, and no digest overwrote another.
  expect(digest(2)).toEqual(sha256('source of 2'));
  expect(asked).toEqual([2, 0]);
  expect(() => digest(3)).toThrow(RangeError);
});
