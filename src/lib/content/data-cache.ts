/**
 * A fetch for data files that asks the network once per file for a short
 * while: a link's prefetch (app/link-prefetch.ts) and the loader of the click
 * that follows share one request, as do two loaders that need the same file.
 *
 * It wraps fetch rather than living in api.ts because it loads with the
 * prefetcher, after the app has started (setDataFetch): the first load's
 * JavaScript has no room for it, and the prerender, which swaps in its own
 * fetch, never sees it (docs/decisions/009-link-prefetch.md).
 */
import { setDataFetch } from './api.ts';

/**
 * How long a fetched file is reused. A click follows its hover or touch
 * within seconds, and a reader going back and forth between two views within
 * a few more; past that, the next use asks the server again (data files are
 * served `no-cache`), so a tab left open still sees a corrected article or a
 * new front page.
 */
export const DATA_FRESH_MS = 30_000;

/** A page's worth of prefetched links and a page of search results; the oldest goes first. */
const MAX_ENTRIES = 50;

type Answer = { body: ArrayBuffer; status: number; statusText: string; headers: Headers };
type Entry = { at: number; answer: Promise<Answer> };

export type DataCacheOptions = { freshMs?: number; maxEntries?: number };

/**
 * The whole answer, body included: a connection that drops halfway through
 * the body rejects here, so the entry is dropped instead of serving a
 * broken body to every later reader.
 */
async function readAnswer(response: Response): Promise<Answer> {
  const { status, statusText, headers } = response;
  return { body: await response.arrayBuffer(), status, statusText, headers };
}

/**
 * Resolves as `promise` does, unless `signal` aborts before: then rejects with
 * its reason, as fetch would. The shared request goes on for the others.
 */
function unlessAborted<T>(promise: Promise<T>, signal: AbortSignal | null | undefined): Promise<T> {
  if (signal === null || signal === undefined) return promise;
  return new Promise<T>((resolve, reject) => {
    const abort = () => {
      // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- whatever the reason is, as fetch rejects
      reject(signal.reason);
    };
    signal.addEventListener('abort', abort, { once: true });
    void promise.then(resolve, reject).finally(() => {
      signal.removeEventListener('abort', abort);
    });
  });
}

/**
 * Whether an answer with `status` says something about the file itself, to keep: the file, or that there is none.
 * Any other (a 429 from a host limiting a burst of prefetches, a 403 from a CDN, a server error) says something
 * about that moment.
 */
function isLasting(status: number): boolean {
  return (status >= 200 && status < 300) || status === 404 || status === 410;
}

/**
 * `next`, with each URL's answer kept for `freshMs` (at most `maxEntries`
 * URLs). The request is made without the caller's signal, so that a caller
 * who stops waiting (an aborted navigation) does not abort it for the
 * others. An answer that failed (no response, a server error, a host's "too
 * many requests" or "forbidden") is forgotten at once, so the caller's retry
 * (api.ts) or the reader's next click asks the network again; a 404 or 410
 * is an answer about the file and is kept. A call with `cache: 'no-cache'` asks the server
 * whatever the entry's age (api.ts: a file that must be of the same build as another), and its
 * answer replaces the entry. Only a URL with at most a signal and that `cache` is cached; any
 * other call goes straight to `next`.
 */
export function cachingFetch(
  next: typeof fetch,
  { freshMs = DATA_FRESH_MS, maxEntries = MAX_ENTRIES }: DataCacheOptions = {},
): typeof fetch {
  const entries = new Map<string, Entry>();

  const forget = (url: string, entry: Entry) => {
    if (entries.get(url) === entry) entries.delete(url);
  };

  /** `fresh`: asked of the server even though an entry is fresh, and kept in its place. */
  const entryFor = (url: string, fresh: boolean): Entry => {
    const cached = entries.get(url);
    if (!fresh && cached !== undefined && Date.now() - cached.at < freshMs) return cached;
    // Deleted and set again, so the Map's order stays the entries' age.
    entries.delete(url);
    const request = fresh ? next(url, { cache: 'no-cache' }) : next(url);
    const entry: Entry = { at: Date.now(), answer: request.then(readAnswer) };
    entry.answer.then(
      ({ status }) => {
        if (!isLasting(status)) forget(url, entry);
      },
      () => {
        forget(url, entry);
      },
    );
    entries.set(url, entry);
    for (const oldest of entries.keys()) {
      if (entries.size <= maxEntries) break;
      entries.delete(oldest);
    }
    return entry;
  };

  return async (input, init) => {
    const { signal, cache, ...rest } = init ?? {};
    const fresh = cache === 'no-cache';
    if (typeof input !== 'string' || Object.keys(rest).length > 0 || (cache !== undefined && !fresh))
      return next(input, init);
    // A caller that has already given up starts no request.
    signal?.throwIfAborted();
    const { body, ...answer } = await unlessAborted(entryFor(input, fresh).answer, signal);
    // A Response's body is read once: each caller gets its own over the same bytes (the constructor copies them).
    return new Response(body.byteLength === 0 ? null : body, answer);
  };
}

/**
 * Sends the app's data requests (api.ts) through a new, empty cache over the browser's fetch: once the app runs
 * (link-prefetch.ts), and again in `npm run dev` after the content changed (src/app/dev-content-refresh.ts).
 */
export function startDataCache(): void {
  setDataFetch(cachingFetch((input, init) => fetch(input, init)));
}
