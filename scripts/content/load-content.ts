/**
 * Reads a content folder, checks it against the content format as a whole
 * and returns either the content or every problem found. Nothing is built
 * from a folder with problems.
 *
 * A loader keeps what it read (content-file.ts), so that loading again after
 * an edit re-reads only the files that changed: the dev server's loader is
 * told which ones (invalidate), and compares every file's stamp when it
 * cannot know.
 */
import { accessSync, constants, existsSync, lstatSync, readdirSync } from 'node:fs';
import path from 'node:path';

import type { Article, Page, ParsedArticle, ParsedPage } from '../../src/build/content/schema.ts';
import { sizeArticle, sizeAuthor, type SizeOf } from '../../src/build/content/size-images.ts';
import type { Content } from '../../src/build/view-model/catalogue.ts';
import { imagesOf } from '../../src/build/view-model/enhance-body.ts';
import { isSlug } from '../../src/lib/content/slug.ts';
import { isInsideFolder } from '../inside-folder.ts';
import { kindOnDisk } from '../static-files.ts';
import {
  checkArticleFile,
  checkAuthorsFile,
  checkPageFile,
  checkSiteFile,
  checkTagsFile,
  currentStamp,
  declaredSlugs,
  MISSING_STAMP,
  fileProblems,
  referenceProblems,
  strings,
  type CheckedFile,
  type CheckedWithJson,
  type FileText,
} from './content-file.ts';
import { readImageFile, type ImageFile } from './image-file.ts';
import type { ImageSizes } from './image-sizes.ts';
import { readAhead } from './read-ahead.ts';
import { checkLocalImages, type LocalImage } from './local-image.ts';
import { formatJsonPath, quote, sortProblems, type Problem } from './problem.ts';
import { field } from './raw-json.ts';

export type LoadResult =
  | {
      ok: true;
      content: Content;
      /**
       * What one of `content.articles` is made from, as text: its file's digest and its images' sizes (an image in
       * the folder may leave its size to its file). Cheaper than its JSON, which it stands for in the build's keys
       * (catalogue.ts: lazyCatalogue); undefined for any other article.
       */
      identity: (article: Article) => string | undefined;
    }
  | { ok: false; problems: Problem[] };

/** `CONTENT_DIR` (absolute, or relative to the working directory), else the bundled content. */
export function resolveContentDir(root: string, env: NodeJS.ProcessEnv = process.env): string {
  const configured = env.CONTENT_DIR;
  if (configured !== undefined && configured !== '') return path.resolve(process.cwd(), configured);
  return path.resolve(root, 'src/content');
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

type FolderName = 'articles' | 'pages';

/** The JSON files in `articles/` or (1.1) `pages/`, by name; none when the folder is absent or not one (folderProblem). */
function jsonFiles(dir: string, folder: FolderName): string[] {
  const folderPath = path.join(dir, folder);
  if (kindOnDisk(folderPath) !== 'folder') return [];
  try {
    return readdirSync(folderPath)
      .filter((name) => name.endsWith('.json'))
      .sort();
  } catch {
    return [];
  }
}

/** How many article files `dir` holds, read or not: what the build sizes itself by before it reads them. */
export function articleFileCount(dir: string): number {
  return jsonFiles(dir, 'articles').length;
}

/** What is wrong with `articles/` or `pages/` as a folder: a file of that name, or a folder that cannot be listed. */
function folderProblem(dir: string, folder: FolderName): Problem | null {
  const folderPath = path.join(dir, folder);
  if (!existsSync(folderPath)) return null;
  const problem = (message: string) => ({ file: folder, path: '(root)', message });
  if (kindOnDisk(folderPath) !== 'folder')
    return problem(`is a file, not a folder: ${folder} go in ${folder}/<slug>.json`);
  try {
    accessSync(folderPath, constants.R_OK | constants.X_OK);
    return null;
  } catch (error) {
    return problem(
      `cannot be read (${error instanceof Error && 'code' in error ? String(error.code) : 'unknown error'})`,
    );
  }
}

const SINGLE_FILES = new Set(['site.json', 'authors.json', 'tags.json']);

/** A path (relative, with forward slashes) that names one of the JSON files a content folder is read from. */
function isContentFile(file: string): boolean {
  return SINGLE_FILES.has(file) || /^(articles|pages)\/[^/]+\.json$/.test(file);
}

/**
 * Lets other work run between slices of a long read: the dev server answers the browser while it reads 10,000
 * files at start. Each slice lasts about SLICE_MS.
 */
type Slicer = { due: () => boolean; pause: () => Promise<void> };

const SLICE_MS = 8;

/** Below this many files, starting a thread to read them costs more than it saves. */
const READ_AHEAD_FROM = 500;

function timeSlicer(): Slicer {
  let sliceStart = performance.now();
  return {
    due: () => performance.now() - sliceStart >= SLICE_MS,
    pause: async () => {
      await new Promise((resolve) => setImmediate(resolve));
      sliceStart = performance.now();
    },
  };
}

/** The files of `articles/` or `pages/` as last read, by name. */
class Folder<T> {
  #files = new Map<string, CheckedFile<T>>();
  /** The names in order, and the files in that order: kept between loads, as 10,000 names take a while to sort. */
  #names: string[] | null = null;
  #list: CheckedFile<T>[] | null = null;

  constructor(
    readonly name: FolderName,
    private readonly check: (dir: string, name: string, text?: FileText) => CheckedFile<T>,
    private readonly readAheadFrom: number,
  ) {}

  /** Reads every file again whose stamp changed, or that `changed` names. */
  async rescan(dir: string, changed: ReadonlySet<string>, slicer: Slicer): Promise<void> {
    const names = jsonFiles(dir, this.name);
    const files = new Map<string, CheckedFile<T>>();
    if (this.#files.size === 0 && names.length >= this.readAheadFrom) {
      // A first read of a large folder: another thread reads the files while this one checks them.
      let index = 0;
      for await (const batch of readAhead(names.map((name) => path.join(dir, this.name, name)))) {
        for (const text of batch) {
          const name = names[index++];
          if (name !== undefined) files.set(name, this.check(dir, name, text));
          if (slicer.due()) await slicer.pause();
        }
      }
    }
    for (const name of names) {
      if (files.has(name)) continue;
      const current = this.#files.get(name);
      const file = `${this.name}/${name}`;
      const same = current !== undefined && !changed.has(file) && currentStamp(path.join(dir, file)) === current.stamp;
      files.set(name, same ? current : this.check(dir, name));
      if (slicer.due()) await slicer.pause();
    }
    this.#files = files;
    this.#names = names;
    this.#list = null;
  }

  /** Reads the files `changed` names again, and forgets those that are gone. */
  update(dir: string, changed: ReadonlySet<string>): void {
    for (const file of changed) {
      if (!file.startsWith(`${this.name}/`)) continue;
      const name = file.slice(this.name.length + 1);
      // Whatever the folder lists counts, as in jsonFiles: a dangling link or a folder is reported, not skipped.
      const exists = lstatSync(path.join(dir, file), { throwIfNoEntry: false }) !== undefined;
      if (exists) {
        if (!this.#files.has(name)) this.#names = null;
        this.#files.set(name, this.check(dir, name));
      } else if (this.#files.delete(name)) {
        this.#names = null;
      }
      this.#list = null;
    }
  }

  /** The names in order, as jsonFiles lists them. */
  names(): string[] {
    this.#names ??= [...this.#files.keys()].sort();
    return this.#names;
  }

  /** The files in the order of their names. */
  list(): CheckedFile<T>[] {
    this.#list ??= this.names().flatMap((name) => this.#files.get(name) ?? []);
    return this.#list;
  }
}

export type ContentLoader = {
  /** Reads what changed since the last load (everything, the first time) and checks the folder as a whole. */
  load(): Promise<LoadResult>;
  /**
   * Tells the loader that the file or folder at `fullPath` changed, appeared or went; without a path, that
   * anything may have. The next load reads a changed content file again. After a folder, or the whole, changed, it
   * compares every file's stamp and reads every image again. Returns false when the path cannot change what a
   * load gives (not a content file, an image the content names, or a folder that holds one of them): the dev server
   * then does nothing.
   */
  invalidate(fullPath?: string): boolean;
};

/**
 * The files' parsed content, with the size of every image that left it out. Sizing a file with no image in the folder
 * reads no image file, so it is done once per read of the file, not on every load.
 */
function sized<T extends ParsedArticle | ParsedPage, S>(
  files: readonly CheckedFile<T>[],
  once: WeakMap<CheckedFile<T>, S>,
  size: (parsed: T) => S,
): S[] {
  return files.flatMap((checked) => {
    if (checked.parsed === null) return [];
    if (checked.images.length > 0) return [size(checked.parsed)];
    let known = once.get(checked);
    if (known === undefined) {
      known = size(checked.parsed);
      once.set(checked, known);
    }
    return [known];
  });
}

export type ContentLoaderOptions = {
  /** How many files a folder must hold for a first read to read them on another thread (read-ahead.ts). */
  readAheadFrom?: number;
  /** Images' sizes kept from earlier reads (image-sizes.ts): an image whose file has the same stamp is not opened. */
  sizes?: ImageSizes;
};

export function createContentLoader(
  dir: string,
  { readAheadFrom = READ_AHEAD_FROM, sizes: keptSizes }: ContentLoaderOptions = {},
): ContentLoader {
  let site: CheckedWithJson<Content['site']> | null = null;
  let authors: ReturnType<typeof checkAuthorsFile> | null = null;
  let tags: ReturnType<typeof checkTagsFile> | null = null;
  const articles = new Folder('articles', checkArticleFile, readAheadFrom);
  const pages = new Folder('pages', checkPageFile, readAheadFrom);
  const imageReads = new Map<string, Promise<ImageFile>>();
  /** The images the last load's files name, read or not: a change to one matters (null before the first load). */
  let namedImages: ReadonlySet<string> | null = null;
  let everything = true;
  const changed = new Set<string>();
  /** Each article's reference problems, for as long as authors.json and tags.json are the ones they were checked against. */
  let references: {
    authors: CheckedFile<unknown> | null;
    tags: CheckedFile<unknown> | null;
    problems: WeakMap<CheckedFile<ParsedArticle>, Problem[]>;
  } = { authors: null, tags: null, problems: new WeakMap() };
  const sizedArticles = new WeakMap<CheckedFile<ParsedArticle>, Article>();
  const sizedPages = new WeakMap<CheckedFile<ParsedPage>, Page>();

  const sizeImage = async (src: string): Promise<ImageFile> => {
    if (keptSizes === undefined) return readImageFile(dir, src);
    // Stamped before it is read: a file changed meanwhile has another stamp by the next read.
    const stamp = currentStamp(path.join(dir, src));
    // No file, no size: one that appeared between the stamp and the read must not be kept as the missing file's,
    // or a later read with the file gone again would find a size and not report it missing.
    if (stamp === MISSING_STAMP) return readImageFile(dir, src);
    const size = keptSizes.lookup(src, stamp);
    if (size !== undefined) return { ok: true, size };
    const file = await readImageFile(dir, src);
    if (file.ok) keptSizes.remember(src, stamp, file.size);
    return file;
  };

  const readImage = (src: string): Promise<ImageFile> => {
    const known = imageReads.get(src);
    if (known !== undefined) return known;
    const read = sizeImage(src);
    imageReads.set(src, read);
    return read;
  };

  /** Brings every kept file up to date: the ones `dirty` names, or with `all`, any whose stamp changed. */
  const refresh = async (all: boolean, dirty: ReadonlySet<string>) => {
    const fresh = <F extends CheckedFile<unknown>>(file: string, current: F | null, check: () => F): F =>
      current === null || dirty.has(file) || (all && currentStamp(path.join(dir, file)) !== current.stamp)
        ? check()
        : current;
    site = fresh('site.json', site, () => checkSiteFile(dir));
    authors = fresh('authors.json', authors, () => checkAuthorsFile(dir));
    tags = fresh('tags.json', tags, () => checkTagsFile(dir));
    const singles = { site, authors, tags };
    const slicer = timeSlicer();
    for (const folder of [articles, pages]) {
      if (all) await folder.rescan(dir, dirty, slicer);
      else folder.update(dir, dirty);
    }
    return singles;
  };

  const loadOnce = async (): Promise<LoadResult> => {
    if (kindOnDisk(dir) !== 'folder') {
      everything = true;
      return { ok: false, problems: [{ file: dir, path: '(root)', message: 'content folder does not exist' }] };
    }
    const all = everything;
    const dirty = new Set(changed);
    everything = false;
    changed.clear();
    if (all) imageReads.clear();
    let singles: Awaited<ReturnType<typeof refresh>>;
    try {
      singles = await refresh(all, dirty);
    } catch (error) {
      // Half brought up to date: compare everything next time.
      everything = true;
      throw error;
    }

    // Put together in the order of one read of the whole folder: a file's problems keep their order (sortProblems).
    const problems: Problem[] = [];
    const images: LocalImage[] = [];
    for (const folder of ['articles', 'pages'] as const) {
      const problem = folderProblem(dir, folder);
      if (problem !== null) problems.push(problem);
    }
    for (const file of [singles.site, singles.authors, singles.tags]) {
      problems.push(...file.problems);
      images.push(...file.images);
    }
    if (references.authors !== singles.authors || references.tags !== singles.tags) {
      references = { authors: singles.authors, tags: singles.tags, problems: new WeakMap() };
    }
    const declared = { authors: declaredSlugs(singles.authors.raw), tags: declaredSlugs(singles.tags.raw) };
    const articleFiles = articles.list();
    for (const checked of articleFiles) {
      let found = references.problems.get(checked);
      if (found === undefined) {
        found = referenceProblems(declared, checked.file, checked.references);
        references.problems.set(checked, found);
      }
      problems.push(...fileProblems(checked, found));
      images.push(...checked.images);
    }
    const pageFiles = pages.list();
    for (const checked of pageFiles) {
      problems.push(...checked.problems);
      images.push(...checked.images);
    }
    const pageSlugs = new Set(pages.names().map((name) => name.slice(0, -'.json'.length)));
    checkFooterPages(singles.site.raw, pageSlugs, problems);

    namedImages = new Set(images.map((image) => image.src));
    const sizes = await checkLocalImages(images, readImage, problems);
    keptSizes?.save(images.map((image) => image.src));

    const parsedSite = singles.site.parsed;
    if (problems.length > 0 || parsedSite === null) return { ok: false, problems: sortProblems(problems) };
    const sizeOf: SizeOf = (src) => {
      const size = src === undefined ? undefined : sizes.get(src);
      // Cannot happen: the schema lets only an image in the folder leave out its size, and every such file was read.
      if (size === undefined) throw new Error(`no size read for the image ${quote(src)}`);
      return size;
    };
    const sizedList = sized(articleFiles, sizedArticles, (article) => sizeArticle(article, sizeOf));
    // Without problems every file was parsed, so the lists pair up; the check keeps a mistake from keying wrongly.
    const identities = new WeakMap<Article, string>();
    if (sizedList.length === articleFiles.length) {
      articleFiles.forEach(({ digest }, at) => {
        const article = sizedList[at];
        if (digest === null || article === undefined) return;
        // Its images' sizes alone: the rest of each image is in the text.
        const sizes = imagesOf(article).map(({ width, height }) => [width, height]);
        identities.set(article, digest + JSON.stringify(sizes));
      });
    }
    return {
      ok: true,
      content: {
        site: parsedSite,
        authors: (singles.authors.parsed ?? []).map((author) => sizeAuthor(author, sizeOf)),
        tags: singles.tags.parsed ?? [],
        articles: sizedList,
        pages: sized(pageFiles, sizedPages, (page) => sizeArticle(page, sizeOf)),
      },
      identity: (article) => identities.get(article),
    };
  };

  const invalidate = (fullPath?: string): boolean => {
    if (fullPath === undefined) {
      everything = true;
      return true;
    }
    if (!isInsideFolder(dir, fullPath)) return false;
    const file = path.relative(dir, fullPath).split(path.sep).join('/');
    if (file === '' || file === 'articles' || file === 'pages') {
      everything = true;
      return true;
    }
    if (isContentFile(file)) {
      changed.add(file);
      return true;
    }
    // Forgotten whether they matter now or not (the image, or a folder's images): an image no file names today is
    // read afresh once one names it again.
    const at = (src: string) => src === file || src.startsWith(`${file}/`);
    for (const src of [...imageReads.keys()]) if (at(src)) imageReads.delete(src);
    // Before the first load has said which images the files name, any file may be one and any folder hold some.
    if (namedImages === null) {
      if (kindOnDisk(fullPath) === 'folder') everything = true;
      return true;
    }
    // Every event about a named image counts, not only the first: a save in several writes is read once it is done.
    if (namedImages.has(file)) return true;
    if ([...namedImages].some(at)) {
      everything = true;
      return true;
    }
    // Anything else (an editor's swap or backup file, a .git folder's churn, an image no file names yet, a folder
    // that holds none) changes nothing: a new image matters once an article names it, which is that file's change.
    return false;
  };

  // One load at a time: a load that reads the whole folder pauses between slices, and the next must not start on
  // files it is still reading.
  let queue: Promise<unknown> = Promise.resolve();
  const load = (): Promise<LoadResult> => {
    const next = queue.then(loadOnce, loadOnce);
    queue = next;
    return next;
  };

  return { load, invalidate };
}

/** Reads and checks the whole folder once. */
export function loadContent(dir: string, options: ContentLoaderOptions = {}): Promise<LoadResult> {
  return createContentLoader(dir, options).load();
}
