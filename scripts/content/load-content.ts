/**
 * Reads a content folder, checks it against the content format as a whole
 * and returns either the content or every problem found. Nothing is built
 * from a folder with problems.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

import type { z } from 'zod';

import { inlineLinks, parseInline } from '../../src/build/content/inline-markup.ts';
import type { Content } from '../../src/build/view-model/catalogue.ts';
import {
  ArticleSchema,
  PageSchema,
  type ParsedPage,
  AuthorsSchema,
  isPublicationDate,
  SiteSchema,
  TagsSchema,
  type ParsedArticle,
  type ParsedAuthor,
  type Tag,
} from '../../src/build/content/schema.ts';
import { sizeArticle, sizeAuthor, type SizeOf } from '../../src/build/content/size-images.ts';
import { publicationTime } from '../../src/build/view-model/derive.ts';
import { isSlug } from '../../src/lib/content/slug.ts';
import { isSafeLink } from '../../src/lib/content/link.ts';
import { checkLocalImages, localImage, type LocalImage } from './local-image.ts';
import { formatJsonPath, quote, sortProblems, type Problem } from './problem.ts';
import { field, items } from './raw-json.ts';
import { zodProblems } from './zod-problems.ts';

export type LoadResult = { ok: true; content: Content } | { ok: false; problems: Problem[] };

/** `CONTENT_DIR` (absolute, or relative to the working directory), else the bundled content. */
export function resolveContentDir(root: string, env: NodeJS.ProcessEnv = process.env): string {
  const configured = env.CONTENT_DIR;
  if (configured !== undefined && configured !== '') return path.resolve(process.cwd(), configured);
  return path.resolve(root, 'src/content');
}

/** Line and column (1-based) of a character offset. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lines = before.split('\n');
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
}

type ReadResult = { ok: true; value: unknown } | { ok: false; problem: Problem };

function readJson(dir: string, file: string): ReadResult {
  const fullPath = path.join(dir, file);
  let text: string;
  try {
    text = readFileSync(fullPath, 'utf8').replace(/^\uFEFF/, '');
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? error.code : undefined;
    const message =
      code === 'ENOENT'
        ? 'file is missing'
        : code === 'EISDIR'
          ? 'is a folder, not a file'
          : `cannot be read (${String(code)})`;
    return { ok: false, problem: { file, path: '(root)', message } };
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(reason);
    const offset = position?.[1] === undefined ? text.length : Number(position[1]);
    const { line, column } = lineAndColumn(text, offset);
    const detail = reason.replace(/\s*in JSON at position \d+.*$/s, '').replace(/^Unexpected/, 'unexpected');
    return {
      ok: false,
      problem: { file, path: '(root)', message: `invalid JSON at line ${line}, column ${column}: ${detail}` },
    };
  }
}

/*
 * The cross-file checks below read the raw JSON, not the parsed article, so
 * that they still run on a file the schema rejected: an editor sees every
 * problem of a file at once, not a second batch after fixing the first.
 */

/** [index, text] for each string in an array field. */
function strings(value: unknown): [number, string][] {
  return items(value).flatMap((item, index): [number, string][] => (typeof item === 'string' ? [[index, item]] : []));
}

function parseWith<T extends z.ZodType>(
  schema: T,
  file: string,
  value: unknown,
  problems: Problem[],
): z.output<T> | null {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  problems.push(...zodProblems(file, result.error.issues, value));
  return null;
}

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

type Context = {
  /** Slugs that references may name; null when the file could not be read, so references cannot be checked. */
  authors: ReadonlySet<string> | null;
  tags: ReadonlySet<string> | null;
  /** Images in the content folder, checked against their files after the JSON (local-image.ts). */
  images: LocalImage[];
};

/**
 * The slugs a file of authors or tags declares, even when some entries are
 * invalid, so that one bad entry does not make every reference unknown.
 */
function declaredSlugs(value: unknown): Set<string> | null {
  if (!Array.isArray(value)) return null;
  const slugs = new Set<string>();
  for (const item of value) {
    const slug: unknown = item !== null && typeof item === 'object' ? Reflect.get(item, 'slug') : undefined;
    if (typeof slug === 'string') slugs.add(slug);
  }
  return slugs;
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
function noteImage(context: Context, file: string, at: (string | number)[], image: unknown): void {
  const local = localImage(file, at, image);
  if (local !== null) context.images.push(local);
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
function checkBody(context: Context, file: string, raw: unknown, problems: Problem[]): void {
  noteImage(context, file, ['image'], field(raw, 'image'));
  items(field(raw, 'body')).forEach((block, index) => {
    const type = field(block, 'type');
    if (type === 'image') noteImage(context, file, ['body', index], block);
    if (type === 'gallery') {
      items(field(block, 'images')).forEach((image, at) => {
        noteImage(context, file, ['body', index, 'images', at], image);
      });
    }
    for (const { at, text } of blockTexts(block)) {
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

function checkArticle(context: Context, file: string, slug: string, article: unknown, problems: Problem[]): void {
  const push = (at: (string | number)[], message: string) => problems.push({ file, path: formatJsonPath(at), message });
  checkSlug(file, slug, article, problems);

  const seenAuthors = new Set<string>();
  // A reference that is not even a slug is already reported by the schema.
  for (const [index, author] of strings(field(article, 'authors'))) {
    if (context.authors !== null && isSlug(author) && !context.authors.has(author))
      push(['authors', index], `no author ${quote(author)} in authors.json`);
    if (seenAuthors.has(author)) push(['authors', index], `duplicate author ${quote(author)}`);
    seenAuthors.add(author);
  }
  const seenTags = new Set<string>();
  for (const [index, tag] of strings(field(article, 'tags'))) {
    if (context.tags !== null && isSlug(tag) && !context.tags.has(tag))
      push(['tags', index], `no tag ${quote(tag)} in tags.json`);
    if (seenTags.has(tag)) push(['tags', index], `duplicate tag ${quote(tag)}`);
    seenTags.add(tag);
  }

  const publishedAt = field(article, 'publishedAt');
  const updatedAt = field(article, 'updatedAt');
  if (
    typeof publishedAt === 'string' &&
    typeof updatedAt === 'string' &&
    isPublicationDate(publishedAt) &&
    isPublicationDate(updatedAt) &&
    publicationTime(updatedAt) < publicationTime(publishedAt)
  ) {
    push(['updatedAt'], `${quote(updatedAt)} is before publishedAt ${quote(publishedAt)}`);
  }

  checkBody(context, file, article, problems);
}

/** (1.1) site.json's `footerPages` name pages that exist, each once. */
function checkFooterPages(rawSite: unknown, pageSlugs: ReadonlySet<string>, problems: Problem[]): void {
  const seen = new Set<string>();
  for (const [index, slug] of strings(field(rawSite, 'footerPages'))) {
    const path = formatJsonPath(['footerPages', index]);
    if (isSlug(slug) && !pageSlugs.has(slug))
      problems.push({ file: 'site.json', path, message: `no page ${quote(slug)} in pages/` });
    if (seen.has(slug)) problems.push({ file: 'site.json', path, message: `duplicate page ${quote(slug)}` });
    seen.add(slug);
  }
}

/** The JSON files in `articles/` or (1.1) `pages/`, by name; none when the folder is absent. */
function jsonFiles(dir: string, folder: 'articles' | 'pages'): string[] {
  const folderPath = path.join(dir, folder);
  if (!existsSync(folderPath)) return [];
  return readdirSync(folderPath)
    .filter((name) => name.endsWith('.json'))
    .sort();
}

/**
 * Async because image files are read with sharp (content format 1.1: an image's size may come from its file). The
 * JSON is read synchronously, as before; only the image files are read in parallel.
 */
export async function loadContent(dir: string): Promise<LoadResult> {
  const problems: Problem[] = [];
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    return { ok: false, problems: [{ file: dir, path: '(root)', message: 'content folder does not exist' }] };
  }

  /** The file's JSON, or undefined (never a JSON value) when it cannot be read. */
  const readFile = (file: string): unknown => {
    const read = readJson(dir, file);
    if (read.ok) return read.value;
    problems.push(read.problem);
    return undefined;
  };
  const parseFile = <T extends z.ZodType>(file: string, schema: T, value: unknown): z.output<T> | null =>
    value === undefined ? null : parseWith(schema, file, value, problems);

  const rawSite = readFile('site.json');
  const site = parseFile('site.json', SiteSchema, rawSite);
  const rawAuthors = readFile('authors.json');
  const rawTags = readFile('tags.json');
  const authors: ParsedAuthor[] = parseFile('authors.json', AuthorsSchema, rawAuthors) ?? [];
  const tags: Tag[] = parseFile('tags.json', TagsSchema, rawTags) ?? [];
  duplicateSlugs('authors.json', rawAuthors, problems);
  duplicateSlugs('tags.json', rawTags, problems);

  const context: Context = { authors: declaredSlugs(rawAuthors), tags: declaredSlugs(rawTags), images: [] };
  items(rawAuthors).forEach((author, index) => {
    noteImage(context, 'authors.json', [index, 'avatar'], field(author, 'avatar'));
  });

  const articles: ParsedArticle[] = [];
  for (const name of jsonFiles(dir, 'articles')) {
    const file = `articles/${name}`;
    const raw = readFile(file);
    if (raw === undefined) continue;
    const article = parseFile(file, ArticleSchema, raw);
    checkArticle(context, file, name.slice(0, -'.json'.length), raw, problems);
    if (article !== null) articles.push(article);
  }

  const pages: ParsedPage[] = [];
  for (const name of jsonFiles(dir, 'pages')) {
    const file = `pages/${name}`;
    const raw = readFile(file);
    if (raw === undefined) continue;
    const page = parseFile(file, PageSchema, raw);
    checkSlug(file, name.slice(0, -'.json'.length), raw, problems);
    checkBody(context, file, raw, problems);
    if (page !== null) pages.push(page);
  }
  checkFooterPages(rawSite, new Set(jsonFiles(dir, 'pages').map((name) => name.slice(0, -'.json'.length))), problems);

  const sizes = await checkLocalImages(dir, context.images, problems);

  if (problems.length > 0 || site === null) return { ok: false, problems: sortProblems(problems) };
  const sizeOf: SizeOf = (src) => {
    const size = src === undefined ? undefined : sizes.get(src);
    // Cannot happen: the schema lets only an image in the folder leave out its size, and every such file was read.
    if (size === undefined) throw new Error(`no size read for the image ${quote(src)}`);
    return size;
  };
  return {
    ok: true,
    content: {
      site,
      authors: authors.map((author) => sizeAuthor(author, sizeOf)),
      tags,
      articles: articles.map((article) => sizeArticle(article, sizeOf)),
      pages: pages.map((page) => sizeArticle(page, sizeOf)),
    },
  };
}
