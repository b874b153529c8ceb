/** Links allowed in content: https:, http:, mailto: or a site path. Kept apart from schema.ts so the client can use it without zod. */

function hasScheme(value: string, schemes: readonly string[]): boolean {
  try {
    return schemes.includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

/**
 * A site path starts with one slash: two (or a backslash, which browsers
 * read as a slash) would name another host, and so would "/\t/host" once a
 * browser strips the tab, so white space and control characters are refused.
 */
export function isSitePath(value: string): boolean {
  // eslint-disable-next-line no-control-regex -- control characters are what this rejects
  return /^\/(?![/\\])[^\s\u0000-\u001f\u007f]*$/.test(value);
}

/**
 * Whether a site path names one of the site's files (`/feed.xml`, `/tags/kyiv/feed.xml`, `/robots.txt`) rather than
 * a view: the browser opens it, not the app's router, which has no such address. No view's address has a dot in
 * its last segment (slugs are letters, digits and hyphens).
 */
export function isSiteFile(path: string): boolean {
  return /\.[^/]*$/.test(path.replace(/[?#].*/, ''));
}

export function isSafeLink(value: string): boolean {
  return isSitePath(value) || hasScheme(value, ['https:', 'http:', 'mailto:']);
}

export function isAbsoluteUrl(value: string, schemes: readonly string[]): boolean {
  return hasScheme(value, schemes);
}
