/**
 * The dev server's answer to a page that says which content version its HTML
 * was made from (src/app/follow-content-edits.ts sends it once the app
 * listens). The server tells every open page about each read of the folder,
 * but a page whose app has not started yet cannot hear it: an edit saved
 * while a page was loading would stay unseen until the next one.
 */
export type CatchUp = 'nothing' | 'refresh' | 'reload';

export type ContentVersions = {
  /** The folder's current read (ContentState.version). */
  current: number;
  /** The latest read after which open pages were reloaded rather than refreshed (site.json, an image, a recovery). */
  lastReload: number;
  /** Whether the current read is sound; if not, the page shows the error overlay, sent on connection. */
  ok: boolean;
};

/**
 * What a page made from version `shown` needs: nothing when it is current (or the content has problems, which the
 * overlay reports); a reload when a read since needed one; otherwise its views' data loaded again.
 */
export function catchUp(shown: number, { current, lastReload, ok }: ContentVersions): CatchUp {
  if (!ok || shown >= current) return 'nothing';
  return shown < lastReload ? 'reload' : 'refresh';
}

/** The version a page's message names: a whole number, or null for anything else (the message comes from a browser). */
export function shownVersion(data: unknown): number | null {
  if (typeof data !== 'object' || data === null || !('version' in data)) return null;
  const { version } = data;
  return typeof version === 'number' && Number.isSafeInteger(version) && version >= 0 ? version : null;
}
