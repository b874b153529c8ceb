/**
 * The site's Content-Security-Policy and the other security headers, made at
 * build time from the page template itself: any inline script or style is
 * allowed by the SHA-256 of its exact text, so no hash is ever pasted by hand
 * and none goes stale (docs/decisions/003-content-security-policy.md). The
 * built site has none: index.html's scripts and the app's start are one file
 * (scripts/early-script.ts), so its policy is `script-src 'self'`.
 *
 * Every page gets the policy as a <meta http-equiv>; hosts that read a
 * `_headers` file (Netlify, Cloudflare Pages) also send it as a header, with
 * what a meta cannot carry (frame-ancestors) and the other security headers.
 */
import { createHash } from 'node:crypto';

import { PLAYER_ORIGINS } from '../src/build/view-model/embed-player.ts';
import type { OutputWriter } from './output-writer.ts';

export type InlineHashes = { scripts: string[]; styles: string[] };

/** `<script …>text</script>`, `<style …>text</style>`; attributes in group 1, text in group 2. */
const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const INLINE_STYLE = /<style\b([^>]*)>([\s\S]*?)<\/style\s*>/gi;
/** Script types the browser runs; anything else (application/ld+json) is a data block that CSP does not govern. */
const EXECUTABLE_TYPE = /^(?:|module|(?:text|application)\/(?:x-)?(?:java|ecma)script)$/i;

/** A start tag, its name in group 1 and its attributes in group 2; values quoted or not, `>` allowed inside quotes. */
const START_TAG = /<([a-z][^\s/>]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/gi;
/** One attribute of a start tag's attribute list: its name in group 1. */
const ATTRIBUTE = /\s+([^\s"'>/=]+)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?/g;

/**
 * Every inline script and stylesheet contains the first, and every `style` or event-handler attribute with a
 * value (one without a value carries no code) the second. Every page has JSON-LD scripts, but few have either
 * attribute, so the second spares the prerender a scan of every start tag of every page.
 */
const MAYBE_INLINE_ELEMENT = /<script|<style/i;
const MAYBE_CODE_ATTRIBUTE = /\s(?:style|on[a-z]+)\s*=/i;

function hashSource(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** An attribute with a value (the value in group 1, 2 or 3), and one without. */
const attributePatterns = (name: string) => ({
  valued: new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i'),
  bare: new RegExp(`\\s${name}(?=[\\s/>]|$)`, 'i'),
});
const SRC = attributePatterns('src');
const TYPE = attributePatterns('type');

function attribute(attributes: string, { valued, bare }: ReturnType<typeof attributePatterns>): string | undefined {
  const match = valued.exec(attributes);
  if (match !== null) return match[1] ?? match[2] ?? match[3] ?? '';
  return bare.test(attributes) ? '' : undefined;
}

/** Whether a `<script>` with these attributes runs its own text (no src, an executable type). */
function isInlineExecutable(attributes: string): boolean {
  if (attribute(attributes, SRC) !== undefined) return false;
  return EXECUTABLE_TYPE.test((attribute(attributes, TYPE) ?? '').trim());
}

/** The hash source of every inline script the browser would run and every inline stylesheet in `html`, in order. */
export function inlineHashes(html: string): InlineHashes {
  const scripts = [...html.matchAll(INLINE_SCRIPT)]
    .filter((match) => isInlineExecutable(match[1] ?? ''))
    .map((match) => hashSource(match[2] ?? ''));
  const styles = [...html.matchAll(INLINE_STYLE)].map((match) => hashSource(match[2] ?? ''));
  return { scripts: [...new Set(scripts)], styles: [...new Set(styles)] };
}

/**
 * What a view adds to the template (its head and body) must not need the
 * policy widened: no inline script that runs, no inline stylesheet, no
 * `style` or event-handler attribute. Content is text, escaped by React and
 * render-head.ts, so it can never match these; a component could. The
 * message names what was found.
 */
export function unhashedInlineCode(html: string): string | null {
  // Quick passes for the common cases: the prerender checks every page it writes.
  if (MAYBE_INLINE_ELEMENT.test(html)) {
    for (const match of html.matchAll(INLINE_SCRIPT)) {
      if (isInlineExecutable(match[1] ?? '')) return `an inline <script${match[1] ?? ''}>`;
    }
    if (/<style\b/i.test(html)) return 'an inline <style>';
  }
  if (!MAYBE_CODE_ATTRIBUTE.test(html)) return null;
  for (const tag of html.matchAll(START_TAG)) {
    for (const [, name = ''] of (tag[2] ?? '').matchAll(ATTRIBUTE)) {
      if (/^(?:style|on[a-z]+)$/i.test(name)) return `a ${name}="…" attribute on <${tag[1] ?? ''}>`;
    }
  }
  return null;
}

/**
 * The policy every page is served with. 'self' covers the site under any
 * base path (a CSP source's path would be one more thing to get wrong); data
 * files are fetched from the same origin; content images may be https: URLs.
 */
export function contentSecurityPolicy(hashes: InlineHashes): string {
  const directives: [string, ...string[]][] = [
    ['default-src', "'self'"],
    ['script-src', "'self'", ...hashes.scripts],
    ['style-src', "'self'", ...hashes.styles],
    ['img-src', "'self'", 'https:'],
    ['font-src', "'self'"],
    ['connect-src', "'self'"],
    // Only the video players a reader may start in the page (decision 008); nothing else can be framed.
    ['frame-src', ...PLAYER_ORIGINS],
    ['object-src', "'none'"],
    ['base-uri', "'none'"],
    ['form-action', "'self'"],
  ];
  return directives.map((directive) => directive.join(' ')).join('; ');
}

/**
 * Puts the policy first in <head>, right after the charset: a meta policy
 * governs only what comes after it, and every inline script and the stylesheet follow.
 */
export function withCspMeta(html: string, policy: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy.replaceAll('"', '&quot;')}" />`;
  const charset = /<meta charset="[^"]*"\s*\/?>/i.exec(html);
  if (charset === null) throw new Error('the page template has no <meta charset>: nowhere to put the CSP');
  const at = charset.index + charset[0].length;
  return `${html.slice(0, at)}\n    ${meta}${html.slice(at)}`;
}

/** Sent only as headers: a meta policy cannot forbid framing, and these are not policies at all. */
const HEADER_ONLY: readonly [string, string][] = [
  ['X-Content-Type-Options', 'nosniff'],
  ['X-Frame-Options', 'DENY'],
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
  [
    'Permissions-Policy',
    'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
  ],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
  ['Strict-Transport-Security', 'max-age=31536000'],
];

/** Hashed assets (`assets/`, photo variants included) never change under their name: cached for a year. */
export const HASHED_ASSETS = { dir: 'assets', cacheControl: 'public, max-age=31536000, immutable' } as const;

/**
 * The `_headers` file (Netlify and Cloudflare Pages syntax): the policy and
 * the security headers for every address, and long caching for the hashed
 * assets. Paths are addresses, so they carry the base path.
 */
export function headersFile(policy: string, base: string): string {
  const lines = [
    '# Written by the build (scripts/csp.ts): the policy is the one every page carries.',
    '/*',
    `  Content-Security-Policy: ${policy}; frame-ancestors 'none'`,
    ...HEADER_ONLY.map(([name, value]) => `  ${name}: ${value}`),
    '',
    `${base}${HASHED_ASSETS.dir}/*`,
    `  Cache-Control: ${HASHED_ASSETS.cacheControl}`,
    '',
  ];
  return lines.join('\n');
}

export function writeHeadersFile(output: Pick<OutputWriter, 'write'>, policy: string, base: string): void {
  output.write('_headers', headersFile(policy, base));
}
