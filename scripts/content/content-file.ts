/**
 * One file of a content folder, read and checked on its own. What a file's
 * checks find depends on that file alone, except its references to
 * authors.json and tags.json: those are kept, to be checked each time the
 * folder is put together (load-content.ts). So a dev server re-reads only the
 * files an edit changed.
 */
import { isUtf8 } from 'node:buffer';
import { createHash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

import type { z } from 'zod';

import { inlineLinks, parseInline } from '../../src/build/content/inline-markup.ts';
import {
  ArticleSchema,
  AuthorsSchema,
  isPublicationDate,
  PageSchema,
  SiteSchema,
  TagsSchema,
  type ParsedArticle,
  type ParsedAuthor,
  type ParsedPage,
  type Site,
  type Tag,
} from '../../src/build/content/schema.ts';
import { publicationTime } from '../../src/build/view-model/derive.ts';
import { isSafeLink } from '../../src/lib/content/link.ts';
import { isSlug } from '../../src/lib/content/slug.ts';
import { localImage, type LocalImage } from './local-image.ts';
import { formatJsonPath, quote, type Problem } from './problem.ts';
import { field, items } from './raw-json.ts';
import { zodProblems } from './zod-problems.ts';

/** [index, text] for each string in an array field. */
export function strings(value: unknown): [number, string][] {
  return items(value).flatMap((item, index): [number, string][] => (typeof item === 'string' ? [[index, item]] : []));
}

/** An article's references by index, as written: checked against authors.json and tags.json when the folder is put together. */
export type References = { authors: [number, string][]; tags: [number, string][] };

export type CheckedFile<T> = {
  /** Relative to the content folder, as problems name it: `articles/foo.json`. */
  file: string;
  /**
   * Identifies the version of the file that was read (inode, size, modification and change times), so that a
   * later read can tell whether it changed; 'missing' when there was no file.
   */
  stamp: string;
  /** What the schema made of it; null when it failed or the file cannot be read. */
  parsed: T | null;
  /**
   * The SHA-1 of its text, which with the code is all `parsed` is made from: what the build keys an article's page
   * and search terms by (load-content.ts: LoadResult's `identity`); null when it cannot be read.
   */
  digest: string | null;
  /** Its problems in the order a read of the whole folder finds them; reference problems go in at `referencesAt`. */
  problems: Problem[];
  referencesAt: number;
  references: References;
  /** Its images in the content folder, to check against their files (local-image.ts). */
  images: LocalImage[];
};

/**
 * With the file's JSON too (undefined, never a JSON value, when it cannot be read), for the folder-wide checks that
 * read site.json, authors.json and tags.json. Articles and pages are kept without it: at 10,000 articles a second
 * copy of every file is memory the garbage collector has to go through.
 */
export type CheckedWithJson<T> = CheckedFile<T> & { raw: unknown };

const NO_REFERENCES: References = { authors: [], tags: [] };

/** Line and column (1-based) of a character offset. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lines = before.split('\n');
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
}

function errorCode(error: unknown): unknown {
  return error instanceof Error && 'code' in error ? error.code : undefined;
}

/** What identifies a version of a file (CheckedFile.stamp). */
export type FileStats = { ino: bigint; size: bigint; mtimeNs: bigint; ctimeNs: bigint };

/** The stamp of a file that is not there. */
export const MISSING_STAMP = 'missing';

function stampOf(stats: FileStats | null): string {
  return stats === null ? MISSING_STAMP : `${stats.ino}:${stats.size}:${stats.mtimeNs}:${stats.ctimeNs}`;
}

/** The stamp of the file at `fullPath` as it is now (CheckedFile.stamp). */
export function currentStamp(fullPath: string): string {
  return stampOf(statSync(fullPath, { bigint: true, throwIfNoEntry: false }) ?? null);
}

/**
 * A file's text and stats, or the error code that stopped its read (stats null when it could not be opened): what
 * readFileText gives, or a read on another thread (read-ahead.ts).
 */
export type FileText = { stats: FileStats | null } & ({ text: string } | { text: null; code: unknown });

/** The read's code for a file whose bytes are not UTF-8 text. */
export const NOT_UTF8 = 'NOT_UTF8';

/** Reads the file and its stats from one open file, so that its stamp is never newer than its text. */
export function readFileText(fullPath: string): FileText {
  let stats: FileStats | null = null;
  try {
    const fd = openSync(fullPath, 'r');
    try {
      const { ino, size, mtimeNs, ctimeNs } = fstatSync(fd, { bigint: true });
      stats = { ino, size, mtimeNs, ctimeNs };
      const bytes = readFileSync(fd);
      // Decoding as UTF-8 would turn another encoding's letters into U+FFFD silently (Latin-1's "Café" → "Caf�").
      return isUtf8(bytes) ? { stats, text: bytes.toString('utf8') } : { stats, text: null, code: NOT_UTF8 };
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    return { stats, text: null, code: errorCode(error) };
  }
}

type Read = { stamp: string } & ({ ok: true; value: unknown } | { ok: false; problem: Problem });

function parseJson(file: string, read: FileText): Read {
  const stamp = stampOf(read.stats);
  if (read.text === null) {
    const { code } = read;
    const message =
      code === 'ENOENT'
        ? 'file is missing'
        : code === 'EISDIR'
          ? 'is a folder, not a file'
          : code === NOT_UTF8
            ? 'is not UTF-8 text: save it as UTF-8'
            : `cannot be read (${String(code)})`;
    return { stamp, ok: false, problem: { file, path: '(root)', message } };
  }
  const text = read.text.replace(/^\uFEFF/, '');
  try {
    return { stamp, ok: true, value: JSON.parse(text) };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(reason);
    const offset = position?.[1] === undefined ? text.length : Number(position[1]);
    const { line, column } = lineAndColumn(text, offset);
    const detail = reason.replace(/\s*in JSON at position \d+.*$/s, '').replace(/^Unexpected/, 'unexpected');
    return {
      stamp,
      ok: false,
      problem: { file, path: '(root)', message: `invalid JSON at line ${line}, column ${column}: ${detail}` },
    };
  }
}

type Kept = Pick<CheckedFile<unknown>, 'referencesAt' | 'references'>;

/**
 * A file read (unless `text` is given) and put through its schema, then `check`, the checks of its kind, which adds
 * to its problems and images and returns the references it keeps, if any. A file that cannot be read is not checked
 * further.
 */
const textDigest = (text: string) => createHash('sha1').update(text).digest('base64');

function checkFile<T extends z.ZodType>(
  dir: string,
  file: string,
  schema: T,
  check: (raw: unknown, problems: Problem[], images: LocalImage[]) => Kept | null = () => null,
  text: FileText = readFileText(path.join(dir, file)),
): CheckedWithJson<z.output<T>> {
  const read = parseJson(file, text);
  const problems: Problem[] = [];
  const images: LocalImage[] = [];
  if (!read.ok) {
    return {
      file,
      stamp: read.stamp,
      raw: undefined,
      parsed: null,
      digest: text.text === null ? null : textDigest(text.text),
      problems: [read.problem],
      referencesAt: 1,
      references: NO_REFERENCES,
      images,
    };
  }
  const raw = read.value;
  const result = schema.safeParse(raw);
  if (!result.success) problems.push(...zodProblems(file, result.error.issues, raw));
  const kept = check(raw, problems, images);
  return {
    file,
    stamp: read.stamp,
    raw,
    parsed: result.success ? result.data : null,
    digest: text.text === null ? null : textDigest(text.text),
    problems,
    referencesAt: kept?.referencesAt ?? problems.length,
    references: kept?.references ?? NO_REFERENCES,
    images,
  };
}

/*
 * The checks below read the raw JSON, not the parsed file, so that they still
 * run on a file the schema rejected: an editor sees every problem of a file
 * at once, not a second batch after fixing the first.
 */

function duplicateSlugs(file: string, raw: unknown, problems: Problem[]): void {
  const first = new Map<string, number>();
  items(raw).forEach((item, index) => {
    const slug = field(item, 'slug');
    if (typeof slug !== 'string') return;
    const earlier = first.get(slug);
    if (earlier === undefined) first.set(slug, index);
    else
      problems.push({ file, path: `[${index}].slug`, message: `duplicate slug ${quote(slug)} (also at [${earlier}])` });
  });
}

/** Texts with inline markup in a raw body block, with their paths inside the block. */
function blockTexts(block: unknown): { at: (string | number)[]; text: string }[] {
  if (typeof block === 'string') return [{ at: [], text: block }];
  const type = field(block, 'type');
  const text = field(block, 'text');
  if (type === 'quote' && typeof text === 'string') return [{ at: ['text'], text }];
  if (type === 'list')
    return strings(field(block, 'items')).map(([index, item]) => ({ at: ['items', index], text: item }));
  return [];
}

/** Notes an image that points into the content folder, to check against its file once every file is read. */
function noteImage(images: LocalImage[], file: string, at: (string | number)[], image: unknown): void {
  const local = localImage(file, at, image);
  if (local !== null) images.push(local);
}

/** An article's or a page's `slug` must be its file's name. */
function checkSlug(file: string, slug: string, raw: unknown, problems: Problem[]): void {
  const declaredSlug = field(raw, 'slug');
  if (typeof declaredSlug === 'string' && declaredSlug !== slug) {
    problems.push({
      file,
      path: formatJsonPath(['slug']),
      message: `${quote(declaredSlug)} does not match the file name ${quote(`${slug}.json`)}`,
    });
  }
}

/** An article's or a page's lead image and body: its images in the folder, and the links in its inline text. */
function checkBody(images: LocalImage[], file: string, raw: unknown, problems: Problem[]): void {
  noteImage(images, file, ['image'], field(raw, 'image'));
  items(field(raw, 'body')).forEach((block, index) => {
    const type = field(block, 'type');
    if (type === 'image') noteImage(images, file, ['body', index], block);
    if (type === 'gallery') {
      items(field(block, 'images')).forEach((image, at) => {
        noteImage(images, file, ['body', index, 'images', at], image);
      });
    }
    for (const { at, text } of blockTexts(block)) {
      // A link is written `[text](href)`: most paragraphs have none, and need not be parsed to know it.
      if (!text.includes('](')) continue;
      for (const href of inlineLinks(parseInline(text))) {
        if (!isSafeLink(href)) {
          problems.push({
            file,
            path: formatJsonPath(['body', index, ...at]),
            message: `link ${quote(href)} is not allowed (https:, http:, mailto: or a path starting with /)`,
          });
        }
      }
    }
  });
}

export function checkSiteFile(dir: string): CheckedWithJson<Site> {
  return checkFile(dir, 'site.json', SiteSchema);
}

export function checkAuthorsFile(dir: string): CheckedWithJson<ParsedAuthor[]> {
  return checkFile(dir, 'authors.json', AuthorsSchema, (raw, problems, images) => {
    duplicateSlugs('authors.json', raw, problems);
    items(raw).forEach((author, index) => {
      noteImage(images, 'authors.json', [index, 'avatar'], field(author, 'avatar'));
    });
    return null;
  });
}

export function checkTagsFile(dir: string): CheckedWithJson<Tag[]> {
  return checkFile(dir, 'tags.json', TagsSchema, (raw, problems) => {
    duplicateSlugs('tags.json', raw, problems);
    return null;
  });
}

/**
 * An article or (1.1) a page, read unless `text` is given: its slug must be its file's name, and its body is
 * checked; `check` adds the checks of its kind, in between.
 */
function checkStoryFile<T extends z.ZodType>(
  dir: string,
  folder: 'articles' | 'pages',
  name: string,
  schema: T,
  text: FileText | undefined,
  check: (file: string, raw: unknown, problems: Problem[]) => Kept | null,
): CheckedFile<z.output<T>> {
  const file = `${folder}/${name}`;
  const { raw: _raw, ...checked } = checkFile(
    dir,
    file,
    schema,
    (raw, problems, images) => {
      checkSlug(file, name.slice(0, -'.json'.length), raw, problems);
      const kept = check(file, raw, problems);
      checkBody(images, file, raw, problems);
      return kept;
    },
    text,
  );
  return checked;
}

/**
 * Whether publication date `a` is before `b`. Two date-times compare as instants; with a plain date on either side,
 * as the calendar days written, which is what the reader shows: an update written "2025-08-22" is not before a
 * story published "2025-08-22T09:30:00+03:00", though midnight UTC that day would be.
 */
function isBefore(a: string, b: string): boolean {
  const DAY = 'YYYY-MM-DD'.length;
  if (a.length === DAY || b.length === DAY) return a.slice(0, DAY) < b.slice(0, DAY);
  return publicationTime(a) < publicationTime(b);
}

/** `articles/<name>`: its dates too, and its references, kept for referenceProblems. */
export function checkArticleFile(dir: string, name: string, text?: FileText): CheckedFile<ParsedArticle> {
  return checkStoryFile(dir, 'articles', name, ArticleSchema, text, (file, raw, problems) => {
    const referencesAt = problems.length;
    const publishedAt = field(raw, 'publishedAt');
    const updatedAt = field(raw, 'updatedAt');
    if (
      typeof publishedAt === 'string' &&
      typeof updatedAt === 'string' &&
      isPublicationDate(publishedAt) &&
      isPublicationDate(updatedAt) &&
      isBefore(updatedAt, publishedAt)
    ) {
      problems.push({
        file,
        path: formatJsonPath(['updatedAt']),
        message: `${quote(updatedAt)} is before publishedAt ${quote(publishedAt)}`,
      });
    }
    return {
      referencesAt,
      references: { authors: strings(field(raw, 'authors')), tags: strings(field(raw, 'tags')) },
    };
  });
}

/** (1.1) `pages/<name>`. */
export function checkPageFile(dir: string, name: string, text?: FileText): CheckedFile<ParsedPage> {
  return checkStoryFile(dir, 'pages', name, PageSchema, text, () => null);
}

/** The slugs that references may name; null when the file could not be read, so references cannot be checked. */
export type Declared = { authors: ReadonlySet<string> | null; tags: ReadonlySet<string> | null };

/**
 * The slugs a file of authors or tags declares, even when some entries are
 * invalid, so that one bad entry does not make every reference unknown.
 */
export function declaredSlugs(value: unknown): Set<string> | null {
  if (!Array.isArray(value)) return null;
  const slugs = new Set<string>();
  for (const item of value) {
    const slug: unknown = item !== null && typeof item === 'object' ? Reflect.get(item, 'slug') : undefined;
    if (typeof slug === 'string') slugs.add(slug);
  }
  return slugs;
}

/** An article's problems with its references: unknown to authors.json or tags.json, or listed twice. */
export function referenceProblems(declared: Declared, file: string, references: References): Problem[] {
  const problems: Problem[] = [];
  const push = (at: (string | number)[], message: string) => problems.push({ file, path: formatJsonPath(at), message });
  const check = (
    key: 'authors' | 'tags',
    known: ReadonlySet<string> | null,
    unknown: (slug: string) => string,
    twice: (slug: string) => string,
  ) => {
    const seen = new Set<string>();
    // A reference that is not even a slug is already reported by the schema.
    for (const [index, slug] of references[key]) {
      if (known !== null && isSlug(slug) && !known.has(slug)) push([key, index], unknown(slug));
      if (seen.has(slug)) push([key, index], twice(slug));
      seen.add(slug);
    }
  };
  check(
    'authors',
    declared.authors,
    (slug) => `no author ${quote(slug)} in authors.json`,
    (slug) => `duplicate author ${quote(slug)}`,
  );
  check(
    'tags',
    declared.tags,
    (slug) => `no tag ${quote(slug)} in tags.json`,
    (slug) => `duplicate tag ${quote(slug)}`,
  );
  return problems;
}

/** A file's problems with its reference problems in their place. */
export function fileProblems<T>(checked: CheckedFile<T>, references: Problem[]): Problem[] {
  if (references.length === 0) return checked.problems;
  const { problems, referencesAt } = checked;
  return [...problems.slice(0, referencesAt), ...references, ...problems.slice(referencesAt)];
}
