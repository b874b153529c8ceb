/**
 * Each article's terms as the last build's search index found them, by a hash of the article's searchable fields
 * (docs/decisions/011-incremental-builds.md, "The search index"). Finding terms is most of the index's work (1.4–1.6 s
 * of its 2 s at 10,000 articles), and an article whose fields are the same has the same terms, so the next build
 * finds them only for articles that are new or whose fields changed, and adds the others' as they were.
 *
 * One file per content and output folder (beside the page manifest), written by the search thread as it indexes,
 * a batch at a time, so that 100,000 articles' terms are never held whole, then renamed into place:
 *
 * - "BSTM", then the format's version (uint32, little-endian);
 * - each article: its fields' SHA-1 (five int32), how many numbers follow (int32), then its ArticleTerms
 *   (build-index.ts): the native byte order, as a cache only this machine reads;
 * - JSON: the code key the terms were found with and the terms by number;
 * - where that JSON starts (uint32), then the SHA-256 of everything before it.
 *
 * A file whose hash does not check out (cut short, altered) is ignored with a warning, and every article indexed
 * again; one of another version or another code key is ignored silently. Either way the index is the one a clean
 * build makes: the memo only ever saves work.
 */
import { createHash, randomUUID } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';

import { z } from 'zod';

import { isRunning } from './is-running.ts';
import { foreignTerms, type ArticleTerms, type ForeignTerms } from '../src/build/search/build-index.ts';

const MAGIC = 'BSTM';
const VERSION = 1;
const HEADER_BYTES = 8;
const DIGEST_WORDS = 5;
const HASH_BYTES = 32;
/** Numbers a write: about a megabyte. */
const CHUNK_WORDS = 1 << 18;

const TrailerSchema = z.object({ key: z.string(), terms: z.array(z.string()) });

export type SearchTermsMemo = {
  /** The terms of an article whose fields have this hash (fieldsDigest), numbered as `from` numbers them. */
  lookup: (digest: Uint8Array) => ArticleTerms | undefined;
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

/** A hash of an article's packed fields (packed-fields.ts: packedArticles): each field's number, length and text. */
export function fieldsDigest(fields: Iterable<readonly [number, Uint8Array]>): Uint8Array {
  const hash = createHash('sha1');
  const head = new DataView(new ArrayBuffer(5));
  for (const [field, text] of fields) {
    head.setUint8(0, field);
    head.setUint32(1, text.length, true);
    hash.update(new Uint8Array(head.buffer)).update(text);
  }
  return hash.digest();
}

const digestKey = (digest: Uint8Array) =>
  Buffer.from(digest.buffer, digest.byteOffset, digest.byteLength).toString('hex');

/** The memo in `file` for code `key`, or null: missing or another version's or key's silently, damaged after a warning. */
export function readSearchTermsMemo(file: string, key: string): SearchTermsMemo | null {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return null;
  }
  const damaged = () => {
    console.warn(`warning: the search index's terms memo ${file} is damaged; every article is indexed again`);
    return null;
  };
  if (bytes.length < HEADER_BYTES + 4 + HASH_BYTES) return damaged();
  const body = bytes.subarray(0, bytes.length - HASH_BYTES);
  if (!createHash('sha256').update(body).digest().equals(bytes.subarray(body.length))) return damaged();
  if (bytes.toString('latin1', 0, 4) !== MAGIC) return damaged();
  if (bytes.readUInt32LE(4) !== VERSION) return null;
  const trailerStart = bytes.readUInt32LE(body.length - 4);
  if (trailerStart < HEADER_BYTES || trailerStart > body.length - 4 || (trailerStart - HEADER_BYTES) % 4 !== 0) {
    return damaged();
  }
  let trailer: z.infer<typeof TrailerSchema>;
  try {
    const parsed = TrailerSchema.safeParse(JSON.parse(bytes.toString('utf8', trailerStart, body.length - 4)));
    if (!parsed.success) return damaged();
    trailer = parsed.data;
  } catch {
    return damaged();
  }
  if (trailer.key !== key) return null;
  // The file's own bytes when they start on a multiple of four, as a large file's do; else a copy.
  const start = bytes.byteOffset + HEADER_BYTES;
  const words =
    start % 4 === 0
      ? new Int32Array(bytes.buffer, start, (trailerStart - HEADER_BYTES) / 4)
      : new Int32Array(bytes.buffer.slice(start, bytes.byteOffset + trailerStart));
  const entries = new Map<string, ArticleTerms>();
  for (let at = 0; at < words.length;) {
    const length = words[at + DIGEST_WORDS] ?? -1;
    const first = at + DIGEST_WORDS + 1;
    if (length < 0 || length % 2 !== 0 || first + length > words.length) return damaged();
    entries.set(
      digestKey(new Uint8Array(words.buffer, words.byteOffset + at * 4, DIGEST_WORDS * 4)),
      words.subarray(first, first + length),
    );
    at = first + length;
  }
  const from = foreignTerms(trailer.terms);
  for (const terms of entries.values()) {
    for (let index = 0; index < terms.length; index += 2) {
      if ((terms[index] ?? -1) < 0 || (terms[index] ?? 0) >= trailer.terms.length) return damaged();
    }
  }
  return { lookup: (digest) => entries.get(digestKey(digest)), from };
}

/** Scratch files of this memo whose build was killed: the process that named each is gone. */
function removeDeadScratch(file: string): void {
  const name = path.basename(file);
  for (const other of readdirSync(path.dirname(file))) {
    const pid = Number(/^(?:.+)\.(\d+)-[\w-]+\.tmp$/.exec(other.startsWith(`${name}.`) ? other : '')?.[1]);
    if (Number.isInteger(pid) && pid !== process.pid && !isRunning(pid))
      rmSync(path.join(path.dirname(file), other), { force: true });
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
      rmSync(scratch, { force: true });
    } catch {
      // Its folder is gone or cannot be written: so is what was written there.
    }
    descriptor = null;
  };

  try {
    mkdirSync(path.dirname(file), { recursive: true });
    removeDeadScratch(file);
    descriptor = openSync(scratch, 'w');
    const header = Buffer.alloc(HEADER_BYTES);
    header.write(MAGIC, 0, 'latin1');
    header.writeUInt32LE(VERSION, 4);
    write(header);
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
        const trailer = Buffer.from(JSON.stringify({ key, terms }));
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
