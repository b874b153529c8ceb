/**
 * The rules of a plain static host, in one place for the two servers that
 * play one: `vite preview` (scripts/vite/preview-static-host.ts) and the
 * static server (scripts/static-server.ts). An address inside the base names
 * a file or a folder; a folder answers with its index.html; nothing else is
 * guessed (no `.html` added, no fallback page), so a build that needs more
 * than this fails there first.
 */
import { statSync } from 'node:fs';
import path from 'node:path';

/** Where the site's "Not found" page is, relative to the folder served. */
export const NOT_FOUND_PAGE = '404.html';

/** What is at a path on disk: a file, a folder, or nothing. */
export type EntryKind = 'file' | 'folder' | undefined;
export type KindOf = (file: string) => EntryKind;

export type StaticAnswer =
  /** Send this file, status 200. */
  | { kind: 'file'; file: string }
  /**
   * A folder with an index.html, asked for without its trailing slash: `location` is the address with it, and
   * `index` the page. Hosts differ here: some redirect, some serve the page in place.
   */
  | { kind: 'folder-without-slash'; location: string; index: string }
  /** Nothing to serve at this address: status 404 with the site's 404.html. */
  | { kind: 'not-found' }
  /** The address is not under the base at all. */
  | { kind: 'outside-base' }
  /** Not a plain path: a malformed %-escape, a `.` or `..` segment (encoded or not), or an encoded `/`, `\` or NUL. */
  | { kind: 'malformed' };

/** A request's target split into its path and its query (`?…`, or `` when it has none), which is kept as it is. */
export function splitRequestUrl(url: string | undefined): { pathname: string; query: string } {
  const target = url ?? '/';
  const queryAt = target.indexOf('?');
  return queryAt === -1
    ? { pathname: target, query: '' }
    : { pathname: target.slice(0, queryAt), query: target.slice(queryAt) };
}

/** The file a path below the base names inside `root`, or null when it is not a plain path. */
function fileOf(root: string, relative: string): string | null {
  const segments: string[] = [];
  for (const raw of relative.split('/')) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return null;
    }
    if (segment === '.' || segment === '..' || /[/\\\0]/.test(segment)) return null;
    segments.push(segment);
  }
  const file = path.join(root, ...segments);
  // Belt and braces: with the segments checked above, the path cannot leave root.
  const inside = path.relative(root, file);
  return inside === '..' || inside.startsWith(`..${path.sep}`) || path.isAbsolute(inside) ? null : file;
}

/**
 * What a static host serves for `pathname` (still %-escaped, without its query) from the folder `root`
 * published at `base` (`/` or `/news/`, as normalizeBasePath gives it). `kindOf` looks at the disk, so that
 * the rules themselves can be tested without one.
 */
export function resolveStaticFile(root: string, base: string, pathname: string, kindOf: KindOf): StaticAnswer {
  let relative: string;
  if (pathname.startsWith(base)) relative = pathname.slice(base.length);
  // The base itself without its slash (`/news`) is the site's root folder asked for without its slash.
  else if (`${pathname}/` === base) relative = '';
  else return { kind: 'outside-base' };

  const file = fileOf(root, relative);
  if (file === null) return { kind: 'malformed' };
  const withSlash = pathname.endsWith('/');
  switch (kindOf(file)) {
    case 'file':
      // `robots.txt/` is not `robots.txt`: a file is not a folder.
      return withSlash ? { kind: 'not-found' } : { kind: 'file', file };
    case 'folder': {
      const index = path.join(file, 'index.html');
      if (kindOf(index) !== 'file') return { kind: 'not-found' };
      return withSlash
        ? { kind: 'file', file: index }
        : { kind: 'folder-without-slash', location: `${pathname}/`, index };
    }
    case undefined:
      return { kind: 'not-found' };
  }
}

/** `kindOf` for the real disk. A path it cannot look at (a name too long, a file taken for a folder) is nothing. */
export function kindOnDisk(file: string): EntryKind {
  try {
    const info = statSync(file);
    if (info.isFile()) return 'file';
    if (info.isDirectory()) return 'folder';
    return undefined;
  } catch {
    return undefined;
  }
}
