/**
 * The policy is made from the page itself: every inline script the browser
 * runs and every inline stylesheet is allowed by the hash of its exact text,
 * and nothing else inline is.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { expect, test } from 'vitest';

import { contentSecurityPolicy, headersFile, inlineHashes, unhashedInlineCode, withCspMeta } from './csp.ts';

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

const page = [
  '<!doctype html><html><head><meta charset="UTF-8" />',
  '<script>var t = 1;</script>',
  '<script type="module" crossorigin src="/assets/index.js"></script>',
  '<script type="application/ld+json">{"name":"x"}</script>',
  '<style>body{color:red}</style>',
  '</head><body><div id="root"></div></body></html>',
].join('\n');

test('inlineHashes: the scripts that run and the stylesheets, not external scripts or JSON-LD', () => {
  expect(inlineHashes(page)).toEqual({ scripts: [sha256('var t = 1;')], styles: [sha256('body{color:red}')] });
});

test('inlineHashes: a module or typed inline script runs too; one hash for the same text twice', () => {
  const html = '<script type="module">a()</script><script type="text/javascript">a()</script><script>b()</script>';
  expect(inlineHashes(html).scripts).toEqual([sha256('a()'), sha256('b()')]);
});

test('the hashes of the real template: its theme script and its address repair', () => {
  const template = readFileSync(path.resolve(import.meta.dirname, '../index.html'), 'utf8');
  const inline = [...template.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((match) => sha256(match[1] ?? ''));
  expect(inline).toHaveLength(2);
  expect(inlineHashes(template).scripts).toEqual(inline);
});

test('contentSecurityPolicy: strict, with the hashes, and none of the unsafe sources', () => {
  const policy = contentSecurityPolicy({ scripts: ["'sha256-AAA='"], styles: ["'sha256-BBB='"] });
  const directives = new Map(
    policy.split(';').map((directive) => {
      const [name = '', ...sources] = directive.trim().split(/\s+/);
      return [name, sources];
    }),
  );
  expect(directives.get('script-src')).toEqual(["'self'", "'sha256-AAA='"]);
  expect(directives.get('style-src')).toEqual(["'self'", "'sha256-BBB='"]);
  expect(directives.get('object-src')).toEqual(["'none'"]);
  expect(directives.get('base-uri')).toEqual(["'none'"]);
  expect(directives.get('default-src')).toEqual(["'self'"]);
  expect(directives.get('connect-src')).toEqual(["'self'"]);
  expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
  // A meta policy cannot carry frame-ancestors: the browser ignores it there, with a warning.
  expect(directives.has('frame-ancestors')).toBe(false);
});

test('withCspMeta: the policy comes right after the charset, before any script or style', () => {
  const html = withCspMeta(page, "default-src 'self'");
  const meta = html.indexOf('<meta http-equiv="Content-Security-Policy" content="default-src \'self\'" />');
  expect(meta).toBeGreaterThan(html.indexOf('<meta charset'));
  expect(meta).toBeLessThan(html.indexOf('<script'));
  expect(meta).toBeLessThan(html.indexOf('<style'));
  expect(() => withCspMeta('<html><head></head></html>', 'x')).toThrow(/charset/);
});

test('unhashedInlineCode: a view may add JSON-LD and ordinary markup, but no inline code or style', () => {
  expect(
    unhashedInlineCode(
      '<script type="application/ld+json">{"a":"\\u003cscript\\u003e"}</script><link rel="modulepreload" href="/x.js"><p class="a">x</p>',
    ),
  ).toBeNull();
  expect(
    unhashedInlineCode('<script type="application/ld+json">{}</script><p style>x</p>'),
    'an attribute without code',
  ).toBeNull();
  expect(unhashedInlineCode('<div><script>alert(1)</script></div>')).toBe('an inline <script>');
  expect(unhashedInlineCode('<style>p{}</style>')).toBe('an inline <style>');
  expect(unhashedInlineCode('<p style="color:red">x</p>')).toBe('a style="…" attribute on <p>');
  expect(unhashedInlineCode('<img src="x" onerror="go()">')).toBe('a onerror="…" attribute on <img>');
});

test('unhashedInlineCode: content in attribute values and text is not mistaken for attributes', () => {
  const escaped =
    '<svg role="img" aria-label="a onload=x style=y &quot;&gt;&lt;svg onload=z&gt;"></svg><p>&lt;p style=&quot;x&quot;&gt; onclick=1</p>';
  expect(unhashedInlineCode(escaped)).toBeNull();
});

test('headersFile: the policy with frame-ancestors, the other security headers, and long caching for assets under the base', () => {
  const file = headersFile("default-src 'self'", '/news/');
  expect(file).toContain("/*\n  Content-Security-Policy: default-src 'self'; frame-ancestors 'none'\n");
  expect(file).toContain('  X-Content-Type-Options: nosniff\n');
  expect(file).toContain('  Referrer-Policy: strict-origin-when-cross-origin\n');
  expect(file).toContain('  X-Frame-Options: DENY\n');
  expect(file).toMatch(/\n {2}Permissions-Policy: .*\bcamera=\(\)/);
  expect(file).toContain('/news/assets/*\n  Cache-Control: public, max-age=31536000, immutable\n');
});
