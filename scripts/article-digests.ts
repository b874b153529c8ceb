/**
 * Each article's digests: the SHA-256 of what its page is made from (src/build/view-model/catalogue.ts: source),
 * which keys its page (prerender.ts), and of what its search fields are made from (searchSource), which keys its
 * search terms (search-index-thread.ts). Made once per article and build from a few hundred bytes, not from its
 * view: an article whose page and terms the last build made from the same sources needs neither its view's body
 * nor its view's JSON, most of what an article cost a build (docs/decisions/011-incremental-builds.md).
 */
import { createHash } from 'node:crypto';

/** Article `number`'s digest, in the site's order, of what `source` gives for it; each made once. */
export function articleDigests(source: (number: number) => string): (number: number) => Buffer {
  const digests: Buffer[] = [];
  return (number) => (digests[number] ??= createHash('sha256').update(source(number)).digest());
}
