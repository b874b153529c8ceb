/**
 * The dev server's message that content the open view may show changed
 * (scripts/vite/content-loader-plugin.ts sends it; src/app/follow-content-edits.ts
 * listens for it from the app's start and src/app/dev-content-refresh.ts acts on
 * it): an article, authors.json or tags.json, nothing that needs a page reload.
 */
export const CONTENT_EDITED_EVENT = 'broadsheet:content-edited';

/**
 * Whether a change to `file` (relative to the content folder, `/`-separated)
 * can show by re-running the open view's loaders. Anything else (site.json,
 * pages, which the footer lists, images, whose addresses stay the same)
 * reloads the page.
 */
export function showsWithoutReload(file: string): boolean {
  return file === 'authors.json' || file === 'tags.json' || /^articles\/[^/]+\.json$/.test(file);
}

/**
 * The page's own message to the dev server once the app listens for the one above: the content version its HTML
 * was made from (scripts/vite/content-version.ts). An edit saved while the page was loading is then shown too,
 * though the message about it went out before anything listened.
 */
export const CONTENT_VERSION_EVENT = 'broadsheet:content-version';

/** The `<meta>` name under which a dev page carries that version (scripts/vite/dev-page-islands-plugin.ts). */
export const CONTENT_VERSION_META = 'broadsheet:content-version';
