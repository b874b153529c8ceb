/** Links allowed in content: https:, http:, mailto: or a site path. Kept apart from schema.ts so the client can use it without zod. */

function hasScheme(value: string, schemes: readonly string[]): boolean {
  try {
    return schemes.includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

/** A site path starts with one slash (two would name another host). */
export function isSitePath(value: string): boolean {
  return value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/\\');
}

export function isSafeLink(value: string): boolean {
  return isSitePath(value) || hasScheme(value, ['https:', 'http:', 'mailto:']);
}

export function isAbsoluteUrl(value: string, schemes: readonly string[]): boolean {
  return hasScheme(value, schemes);
}
