/**
 * Each article's digests: the SHA-256 of what its page is made from (src/build/view-model/catalogue.ts: source),
 * which keys its page (prerender.ts), and of what its search fields are made from (searchSource), which keys its
 * search terms (search-index-thread.ts). Made once per article and build from a few hundred bytes, not from its
 * view: an article whose page and terms the last build made from the same sources needs neither its view's body
 * nor its view's JSON, most of what an article cost a build (docs/decisions/011-incremental-builds.md).
 */
import { createHash } from 'node:crypto';

const DIGEST_BYTES = 32;

/**
 * Article `number`'s digest of what `source` gives for it, for `count` articles in the site's order; each made once.
 * They are kept in one buffer: 200,000 digests of their own cost a 100,000-article build tens of megabytes.
 */
export function articleDigests(count: number, source: (number: number) => string): (number: number) => Uint8Array {
  const digests = new Uint8Array(count * DIGEST_BYTES);
  const made = new Uint8Array(count);
  return (number) => {
    if (!Number.isInteger(number) || number < 0 || number >= count) {
      throw new RangeError(`no article number ${number} of ${count}`);
    }
    const at = number * DIGEST_BYTES;
    if (made[number] !== 1) {
      digests.set(createHash('sha256').update(source(number)).digest(), at);
      made[number] = 1;
    }
    return digests.subarray(at, at + DIGEST_BYTES);
  };
}
