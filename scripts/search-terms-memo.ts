/**
 * Each article's terms as the last build's search index found them, by the article's source digest
 * (article-digests.ts; docs/decisions/011-incremental-builds.md, "The search index's terms"). Finding terms is most
 * of the index's work (1.4–1.6 s of its 2 s at 10,000 articles), and an article made from the same source has the
 * same terms, so the next build finds them only for articles that are new or changed, and adds the others' as they
 * were: their text is never made, nor sent to the search thread.
 *
 * One file per content and output folder (beside the page manifest), written by the search thread as it indexes,
 * a batch at a time, so that 100,000 articles' terms are never held whole, then renamed into place:
 *
 * - "BSTM", the format's version (uint32, little-endian), the number 0x01020304 in this machine's byte order (the
 *   terms are written in it), the code key's length (uint32, little-endian) and the key, padded to four bytes:
 *   a memo for other code is known before its whole file is read;
 * - each article: its digest's first 20 bytes (five int32), how many numbers follow (int32), then its ArticleTerms
 *   (build-index.ts);
 * - JSON: the terms by number;
 * - where that JSON starts (uint32), then the SHA-256 of everything before it.
 *
 * A file whose hash does not check out (cut short, altered) is ignored with a warning, and every article indexed
 * again; one of another version, byte order or code key is ignored silently. Either way the index is the one a clean
 * build makes: the memo only ever saves work.
 */
import { createHash, randomUUID } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';

import { z } from 'zod';

import { foreignTerms, type ArticleTerms, type ForeignTerms } from '../src/build/search/build-index.ts';

const MAGIC = 'BSTM';
const VERSION = 3;
const BYTE_ORDER = 0x01020304;
/** Magic, version, byte order, the key's length. */
const FIXED_HEADER_BYTES = 16;
const DIGEST_WORDS = 5;
/** What the memo keeps of a digest: 160 bits, as many as a SHA-1's. */
export const DIGEST_BYTES = DIGEST_WORDS * 4;
const HASH_BYTES = 32;
/** Numbers a write: about a megabyte. */
const CHUNK_WORDS = 1 << 18;

const TrailerSchema = z.object({ terms: z.array(z.string()) });

export type SearchTermsMemo = {
  /** The terms of the article with this digest (its first DIGEST_BYTES), numbered as `from` numbers them. */
  lookup: (digest: Uint8Array) => ArticleTerms | undefined;
  /**
   * Whether it has the terms of the article with this digest. It reads the digests alone, never the terms, so it
   * still answers once the memo's bytes are moved to the search thread (search-index-thread.ts).
   */
  has: (digest: Uint8Array) => boolean;
  from: ForeignTerms;
};

export type SearchTermsMemoWriter = {
  add: (digest: Uint8Array, terms: ArticleTerms) => void;
  /** Writes the terms by number and puts the file in place. */
  finish: (terms: readonly string[]) => void;
  /** Removes what was written. */
  abort: () => void;
};

export function searchTermsMemoFile(cacheDir: string): string {
  return path.join(cacheDir, 'search-terms.bin');
}

const digestKey = (digest: Uint8Array) =>
  Buffer.from(digest.buffer, digest.byteOffset, Math.min(digest.byteLength, DIGEST_BYTES)).toString('hex');

/**
 * The memo's bytes in `file` for code `key`, or null: missing or another version's or key's silently, damaged after a
 * warning. The build's main thread reads them, learns which articles' fields it need not send (SearchTermsMemo:
 * digests), and hands the same bytes to the search thread (keptTerms), so both know the same memo even if another
 * build replaces the file meanwhile.
 */
export function readSearchTermsMemo(file: string, key: string): { bytes: Uint8Array; memo: SearchTermsMemo } | null {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return null;
  }
  const memo = searchTermsMemoOf(bytes, key);
  if (memo === 'damaged') {
    console.warn(`warning: the search index's terms memo ${file} is damaged; every article is indexed again`);
    return null;
  }
  return memo === null ? null : { bytes, memo };
}

/** The memo in `bytes` as readSearchTermsMemo found it (null if it found none): the search thread's. */
export function keptTerms(bytes: Uint8Array, key: string): SearchTermsMemo | null {
  const memo = searchTermsMemoOf(bytes, key);
  return memo === 'damaged' ? null : memo;
}

/** The header of a memo for code `key`, up to its first article. */
function headerOf(key: string): Uint8Array {
  const keyBytes = Buffer.from(key);
  const header = Buffer.alloc(FIXED_HEADER_BYTES + Math.ceil(keyBytes.length / 4) * 4);
  header.write(MAGIC, 0, 'latin1');
  header.writeUInt32LE(VERSION, 4);
  header.set(new Uint8Array(new Int32Array([BYTE_ORDER]).buffer), 8);
  header.writeUInt32LE(keyBytes.length, 12);
  keyBytes.copy(header, FIXED_HEADER_BYTES);
  return header;
}

/** A memo's bytes read back: null when it is for another version, byte order or key; 'damaged' when it does not check out. */
export function searchTermsMemoOf(bytes: Uint8Array, key: string): SearchTermsMemo | null | 'damaged' {
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.length < FIXED_HEADER_BYTES || view.toString('latin1', 0, 4) !== MAGIC) return 'damaged';
  if (view.readUInt32LE(4) !== VERSION) return null;
  // Compared byte by byte, as written: the same bytes only where the byte order is the same.
  if (!view.subarray(8, 12).equals(headerOf('').subarray(8, 12))) return null;
  const header = headerOf(key);
  if (view.length < header.length || !view.subarray(12, header.length).equals(header.subarray(12))) return null;
  if (view.length < header.length + 4 + HASH_BYTES) return 'damaged';
  const body = view.subarray(0, view.length - HASH_BYTES);
  if (!createHash('sha256').update(body).digest().equals(view.subarray(body.length))) return 'damaged';
  const trailerStart = view.readUInt32LE(body.length - 4);
  if (trailerStart < header.length || trailerStart > body.length - 4 || (trailerStart - header.length) % 4 !== 0) {
    return 'damaged';
  }
  let trailer: z.infer<typeof TrailerSchema>;
  try {
    const parsed = TrailerSchema.safeParse(JSON.parse(view.toString('utf8', trailerStart, body.length - 4)));
    if (!parsed.success) return 'damaged';
    trailer = parsed.data;
  } catch {
    return 'damaged';
  }
  // The bytes themselves when they start on a multiple of four, as a file's read whole do; else a copy.
  const start = view.byteOffset + header.length;
  const words =
    start % 4 === 0
      ? new Int32Array(view.buffer, start, (trailerStart - header.length) / 4)
      : new Int32Array(view.buffer.slice(start, view.byteOffset + trailerStart));
  const entries = new Map<string, ArticleTerms>();
  for (let at = 0; at < words.length;) {
    const length = words[at + DIGEST_WORDS] ?? -1;
    const first = at + DIGEST_WORDS + 1;
    if (length < 0 || length % 2 !== 0 || first + length > words.length) return 'damaged';
    entries.set(
      digestKey(new Uint8Array(words.buffer, words.byteOffset + at * 4, DIGEST_WORDS * 4)),
      words.subarray(first, first + length),
    );
    at = first + length;
  }
  for (const terms of entries.values()) {
    for (let index = 0; index < terms.length; index += 2) {
      if ((terms[index] ?? -1) < 0 || (terms[index] ?? 0) >= trailer.terms.length) return 'damaged';
    }
  }
  return {
    lookup: (digest) => entries.get(digestKey(digest)),
    has: (digest) => entries.has(digestKey(digest)),
    from: foreignTerms(trailer.terms),
  };
}

/**
 * Scratch files of this memo but `own`: a killed build's. One build at a time writes a memo, as its folder is its
 * output's and the output is locked (output-writer.ts), so any other is left over, whatever process named it.
 */
function removeOtherScratch(file: string, own: string): void {
  const folder = path.dirname(file);
  for (const name of readdirSync(folder)) {
    if (!name.startsWith(`${path.basename(file)}.`) || !name.endsWith('.tmp') || name === path.basename(own)) continue;
    try {
      rmSync(path.join(folder, name), { force: true });
    } catch {
      // Removed meanwhile, or not ours to remove: it takes space, not correctness.
    }
  }
}

/**
 * Writes a memo for code `key` into a scratch file beside `file`, an article at a time. Never throws: a memo that
 * cannot be written is a warning, and the next build indexes every article.
 */
export function searchTermsMemoWriter(file: string, key: string): SearchTermsMemoWriter {
  const scratch = `${file}.${process.pid}-${randomUUID()}.tmp`;
  const hash = createHash('sha256');
  let descriptor: number | null = null;
  let position = 0;
  let chunk = new Int32Array(CHUNK_WORDS);
  let used = 0;

  const fail = (error: unknown) => {
    console.warn(
      `warning: could not write the search index's terms memo ${file} (${error instanceof Error ? error.message : String(error)}); the next build indexes every article`,
    );
    abort();
  };
  const writeRaw = (bytes: Uint8Array) => {
    if (descriptor === null) return;
    let done = 0;
    while (done < bytes.length) done += writeSync(descriptor, bytes, done, bytes.length - done, position + done);
    position += bytes.length;
  };
  const write = (bytes: Uint8Array) => {
    hash.update(bytes);
    writeRaw(bytes);
  };
  const flush = () => {
    write(new Uint8Array(chunk.buffer, 0, used * 4));
    used = 0;
  };
  const abort = () => {
    try {
      if (descriptor !== null) closeSync(descriptor);
    } catch {
      // Closed or gone already: the scratch file is removed all the same.
    }
    descriptor = null;
    try {
      rmSync(scratch, { force: true });
    } catch {
      // Its folder is gone or cannot be written: so is what was written there.
    }
  };

  try {
    mkdirSync(path.dirname(file), { recursive: true });
    removeOtherScratch(file, scratch);
    descriptor = openSync(scratch, 'w');
    write(headerOf(key));
  } catch (error) {
    fail(error);
  }

  return {
    add: (digest, terms) => {
      if (descriptor === null) return;
      try {
        const words = DIGEST_WORDS + 1 + terms.length;
        if (used + words > chunk.length) flush();
        if (words > chunk.length) chunk = new Int32Array(words);
        new Uint8Array(chunk.buffer, used * 4, DIGEST_WORDS * 4).set(digest.subarray(0, DIGEST_WORDS * 4));
        chunk[used + DIGEST_WORDS] = terms.length;
        chunk.set(terms, used + DIGEST_WORDS + 1);
        used += words;
      } catch (error) {
        fail(error);
      }
    },
    finish: (terms) => {
      if (descriptor === null) return;
      try {
        flush();
        const trailerStart = position;
        const trailer = Buffer.from(JSON.stringify({ terms }));
        const end = Buffer.alloc(4);
        end.writeUInt32LE(trailerStart, 0);
        write(trailer);
        write(end);
        writeRaw(hash.digest());
        closeSync(descriptor);
        descriptor = null;
        renameSync(scratch, file);
      } catch (error) {
        fail(error);
      }
    },
    abort,
  };
}
