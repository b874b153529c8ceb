import { splitRequestUrl } from '../static-files.ts';

/** A request's path with its %-escapes decoded; a malformed escape is left as typed, a name that matches nothing. */
export function decodedPathname(url: string | undefined): string {
  const { pathname } = splitRequestUrl(url);
  try {
    return decodeURIComponent(pathname);
  } catch {
    return pathname;
  }
}
