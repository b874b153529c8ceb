/**
 * What every page runs before the app, as one file that the browser caches:
 * index.html's inline scripts (the saved colour scheme and the controls that
 * work until the app runs, the address repair) and the script that starts
 * the app after the first paint (app-start.ts). Inline, they were 1.9 KB of
 * the same text in every page, and three hashes in every page's policy:
 * about 250 MB of a 100,000-article site. As a hashed file in `assets/`
 * (cached for a year, like every hashed asset) a reader's first page fetches
 * it with the stylesheet, which blocks the first paint anyway, and every
 * later page finds it cached (docs/decisions/012-one-file-per-address.md).
 *
 * It is a classic script, not a module: it must run, and set the scheme,
 * before the first paint.
 */
import { createHash } from 'node:crypto';

/** An inline script the browser runs, with no attributes at all: index.html's own. */
const INLINE_SCRIPT = /[ \t]*<script>([\s\S]*?)<\/script>\n?/g;

export type EarlyScript = {
  /** Where it goes in the output, named by its content as Vite names assets. */
  fileName: string;
  source: string;
  /** index.html's inline scripts it holds, which the built page must carry exactly for it to replace them. */
  replaces: readonly string[];
};

/** Where the early script goes in the output: `assets/early-<8 hex digits of its content's hash>.js`. */
const fileNameOf = (hash: string) => `assets/early-${hash}.js`;
const FILE_NAME = /^assets\/early-[0-9a-f]{8}\.js$/;

/** Whether `fileName` is the early script's, as earlyScriptOf names it. */
export function isEarlyScriptFile(fileName: string): boolean {
  return FILE_NAME.test(fileName);
}

/** The inline scripts of `html`, in order, and `after` (the start script) behind them. */
export function earlyScriptOf(html: string, after: readonly string[]): EarlyScript {
  const replaces = [...html.matchAll(INLINE_SCRIPT)].map((match) => match[1] ?? '');
  const source = `${[...replaces, ...after].join(';\n')}\n`;
  const hash = createHash('sha256').update(source).digest('hex').slice(0, 8);
  return { fileName: fileNameOf(hash), source, replaces };
}

/** The stylesheets Vite links in the built page's <head>, whatever the order of their attributes. */
const STYLESHEET = /<link\b[^>]*\brel="stylesheet"[^>]*>/g;

/**
 * The built page with its inline scripts replaced by the one file, where the first was, and the stylesheet
 * preloaded just before it. The script runs before the first paint; the preload asks for the stylesheet first:
 * Chromium on Lighthouse's throttled phone, with the script alone ahead of the stylesheet, painted 0.2–0.3 s later,
 * and with the script after the stylesheet it ran parsing, style and the first frame as one long task that Lighthouse
 * counted as blocking time (docs/performance.md, "The early script as a file"). A built page whose inline scripts
 * are not the ones the file holds is a build error: the file would run something other than what the page was
 * written with.
 */
export function withEarlyScript(html: string, script: EarlyScript, base: string): string {
  const found = [...html.matchAll(INLINE_SCRIPT)].map((match) => match[1] ?? '');
  if (found.length !== script.replaces.length || found.some((text, at) => text !== script.replaces[at]))
    throw new Error("the built index.html's inline scripts are not the ones in the early script");
  if (found.length === 0) return html;
  const headEnd = html.indexOf('</head>');
  const preloads = [...html.slice(0, headEnd < 0 ? html.length : headEnd).matchAll(STYLESHEET)].map((link) =>
    link[0].replace('rel="stylesheet"', 'rel="preload" as="style"'),
  );
  let first = true;
  return html.replace(INLINE_SCRIPT, (inline) => {
    if (!first) return '';
    first = false;
    const indent = /^[ \t]*/.exec(inline)?.[0] ?? '';
    const tags = [...preloads, `<script src="${base}${script.fileName}"></script>`];
    return tags.map((tag) => `${indent}${tag}\n`).join('');
  });
}
