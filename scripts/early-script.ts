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

/** The inline scripts of `html`, in order, and `after` (the start script) behind them. */
export function earlyScriptOf(html: string, after: readonly string[]): EarlyScript {
  const replaces = [...html.matchAll(INLINE_SCRIPT)].map((match) => match[1] ?? '');
  const source = `${[...replaces, ...after].join(';\n')}\n`;
  const hash = createHash('sha256').update(source).digest('hex').slice(0, 8);
  return { fileName: `assets/early-${hash}.js`, source, replaces };
}

/** The stylesheets Vite links in the built page's <head>. */
const STYLESHEET = /[ \t]*<link rel="stylesheet"[^>]*>\n?/g;

/**
 * The built page with its inline scripts replaced by the one file, linked right after the stylesheet (or, with
 * none, where the first inline script was). After the stylesheet, because Chromium on Lighthouse's throttled phone
 * painted 0.2–0.3 s later with the script first (docs/performance.md, "The early script as a file"): both are
 * fetched at once either way, and the script still runs before the first paint, as no page paints before its
 * <body>. A built page whose inline scripts are not the ones the file holds is a build error: the file would run
 * something other than what the page was written with.
 */
export function withEarlyScript(html: string, script: EarlyScript, base: string): string {
  const found = [...html.matchAll(INLINE_SCRIPT)].map((match) => match[1] ?? '');
  if (found.length !== script.replaces.length || found.some((text, at) => text !== script.replaces[at]))
    throw new Error("the built index.html's inline scripts are not the ones in the early script");
  if (found.length === 0) return html;
  const tag = (indent: string) => `${indent}<script src="${base}${script.fileName}"></script>\n`;
  const headEnd = html.indexOf('</head>');
  const lastStylesheet = [...html.slice(0, headEnd < 0 ? html.length : headEnd).matchAll(STYLESHEET)].at(-1);
  if (lastStylesheet !== undefined) {
    const end = lastStylesheet.index + lastStylesheet[0].length;
    const indent = /^[ \t]*/.exec(lastStylesheet[0])?.[0] ?? '';
    const linked = `${html.slice(0, end)}${lastStylesheet[0].endsWith('\n') ? '' : '\n'}${tag(indent)}${html.slice(end)}`;
    return linked.replace(INLINE_SCRIPT, '');
  }
  let first = true;
  return html.replace(INLINE_SCRIPT, (inline) => {
    if (!first) return '';
    first = false;
    return tag(/^[ \t]*/.exec(inline)?.[0] ?? '');
  });
}
