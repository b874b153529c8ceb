/**
 * The search index's id (index-format.ts: SearchManifest.id): a hash of everything its files hold, made as the
 * index is, so that a reader's open page can tell that the site was published since it loaded a part. A 53-bit
 * hash (cyrb53's mixing) over small numbers and terms: it needs to tell two builds' indexes apart, not to resist
 * anyone, and it costs a few milliseconds at 10,000 articles instead of serializing every file twice.
 */
export type IndexIdHasher = {
  number: (value: number) => void;
  term: (value: string) => void;
  /** The id, in base 36. */
  id: () => string;
};

export function indexIdHasher(): IndexIdHasher {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  const mix = (value: number) => {
    h1 = Math.imul(h1 ^ value, 2654435761);
    h2 = Math.imul(h2 ^ value, 1597334677);
  };
  return {
    number: mix,
    term: (value) => {
      for (let index = 0; index < value.length; index += 1) mix(value.charCodeAt(index));
      // Past every UTF-16 code unit: "ab" then "c" is not "a" then "bc".
      mix(0x10000);
    },
    id: () => {
      let a = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
      a ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
      let b = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
      b ^= Math.imul(a ^ (a >>> 13), 3266489909);
      return (4294967296 * (2097151 & b) + (a >>> 0)).toString(36);
    },
  };
}
