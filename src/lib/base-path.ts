/**
 * The base path the site is served under (BASE_PATH, the static server's
 * `--base`, the path of site.json's url), in the one form Vite's `base`, the
 * router's basename and every address use: slashes at both ends, `/` at the
 * root.
 */

/** `news`, `/news`, `/news/` and `//news//` all mean `/news/`; nothing, `` and `/` mean `/`. */
export function normalizeBasePath(value: string | undefined): string {
  const trimmed = (value ?? '').replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/** What goes before a path inside the site (`/tags`) to make its address: `/news/` → `/news`, `/` → nothing. */
export function basePathPrefix(base: string): string {
  return normalizeBasePath(base).slice(0, -1);
}
