/**
 * Reads a content folder, checks it against the content format as a whole
 * and returns either the content or every problem found. Nothing is built
 * from a folder with problems.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

import type { z } from 'zod';

import { inlineLinks, parseInline } from '../../src/lib/content/inline-markup.ts';
import type { Content } from '../../src/lib/content/page-data.ts';
import {
  ArticleSchema,
  AuthorsSchema,
  isContentPath,
  SiteSchema,
  TagsSchema,
  type Article,
  type Author,
  type Block,
  type Image,
  type Tag,
} from '../../src/lib/content/schema.ts';
import { publicationTime } from '../../src/lib/content/derive.ts';
import { isSafeLink } from '../../src/lib/content/link.ts';
import { formatJsonPath, quote, sortProblems, type Problem } from './problem.ts';
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
  if (!existsSync(fullPath)) return { ok: false, problem: { file, path: '(root)', message: 'file is missing' } };
  const text = readFileSync(fullPath, 'utf8').replace(/^\uFEFF/, '');
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

function parseWith<T extends z.ZodType>(schema: T, file: string, value: unknown, problems: Problem[]): z.output<T> | null {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  problems.push(...zodProblems(file, result.error.issues, value));
  return null;
}

function duplicateSlugs(file: string, items: readonly { slug: string }[], problems: Problem[]): void {
  const first = new Map<string, number>();
  items.forEach((item, index) => {
    const earlier = first.get(item.slug);
    if (earlier === undefined) first.set(item.slug, index);
    else problems.push({ file, path: `[${index}].slug`, message: `duplicate slug ${quote(item.slug)} (also at [${earlier}])` });
  });
}

function blockTexts(block: Block): { path: (string | number)[]; text: string }[] {
  if (typeof block === 'string') return [{ path: [], text: block }];
  if (block.type === 'quote') return [{ path: ['text'], text: block.text }];
  if (block.type === 'list') return block.items.map((text, index) => ({ path: ['items', index], text }));
  return [];
}

type Context = {
  dir: string;
  /** Slugs that references may name; null when the file could not be read, so references cannot be checked. */
  authors: ReadonlySet<string> | null;
  tags: ReadonlySet<string> | null;
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

function checkImageFile(context: Context, file: string, at: (string | number)[], image: Image | undefined, problems: Problem[]): void {
  if (image?.src === undefined || !isContentPath(image.src)) return;
  const fullPath = path.join(context.dir, image.src);
  if (!existsSync(fullPath) || !statSync(fullPath).isFile()) {
    problems.push({ file, path: formatJsonPath([...at, 'src']), message: `no file ${quote(image.src)} in the content folder` });
  }
}

function checkArticle(context: Context, file: string, slug: string, article: Article, problems: Problem[]): void {
  const push = (at: (string | number)[], message: string) => problems.push({ file, path: formatJsonPath(at), message });

  if (article.slug !== slug) push(['slug'], `${quote(article.slug)} does not match the file name ${quote(`${slug}.json`)}`);

  article.authors.forEach((author, index) => {
    if (context.authors !== null && !context.authors.has(author)) push(['authors', index], `no author ${quote(author)} in authors.json`);
  });
  const seenAuthors = new Set<string>();
  article.authors.forEach((author, index) => {
    if (seenAuthors.has(author)) push(['authors', index], `duplicate author ${quote(author)}`);
    seenAuthors.add(author);
  });
  const seenTags = new Set<string>();
  article.tags.forEach((tag, index) => {
    if (context.tags !== null && !context.tags.has(tag)) push(['tags', index], `no tag ${quote(tag)} in tags.json`);
    if (seenTags.has(tag)) push(['tags', index], `duplicate tag ${quote(tag)}`);
    seenTags.add(tag);
  });

  if (article.updatedAt !== undefined && publicationTime(article.updatedAt) < publicationTime(article.publishedAt)) {
    push(['updatedAt'], `${quote(article.updatedAt)} is before publishedAt ${quote(article.publishedAt)}`);
  }

  checkImageFile(context, file, ['image'], article.image, problems);
  article.body.forEach((block, index) => {
    if (typeof block !== 'string' && block.type === 'image') checkImageFile(context, file, ['body', index], block, problems);
    for (const { path: at, text } of blockTexts(block)) {
      for (const href of inlineLinks(parseInline(text))) {
        if (!isSafeLink(href)) {
          push(['body', index, ...at], `link ${quote(href)} is not allowed (https:, http:, mailto: or a path starting with /)`);
        }
      }
    }
  });
}

function articleFiles(dir: string): string[] {
  const articlesDir = path.join(dir, 'articles');
  if (!existsSync(articlesDir)) return [];
  return readdirSync(articlesDir)
    .filter((name) => name.endsWith('.json'))
    .sort();
}

export function loadContent(dir: string): LoadResult {
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

  const site = parseFile('site.json', SiteSchema, readFile('site.json'));
  const rawAuthors = readFile('authors.json');
  const rawTags = readFile('tags.json');
  const authors: Author[] = parseFile('authors.json', AuthorsSchema, rawAuthors) ?? [];
  const tags: Tag[] = parseFile('tags.json', TagsSchema, rawTags) ?? [];
  duplicateSlugs('authors.json', authors, problems);
  duplicateSlugs('tags.json', tags, problems);

  const context: Context = { dir, authors: declaredSlugs(rawAuthors), tags: declaredSlugs(rawTags) };
  authors.forEach((author, index) => {
    checkImageFile(context, 'authors.json', [index, 'avatar'], author.avatar, problems);
  });

  const articles: Article[] = [];
  for (const name of articleFiles(dir)) {
    const file = `articles/${name}`;
    const article = parseFile(file, ArticleSchema, readFile(file));
    if (article === null) continue;
    checkArticle(context, file, name.slice(0, -'.json'.length), article, problems);
    articles.push(article);
  }

  if (problems.length > 0 || site === null) return { ok: false, problems: sortProblems(problems) };
  return { ok: true, content: { site, authors, tags, articles } };
}
