/**
 * When a link counts as about to be followed, and so worth loading ahead:
 * a pointer resting on it for `delayMs` (a pointer only passing over it is
 * not), keyboard focus, or a touch. Pure rules over hrefs; the browser's
 * events are wired to them in app/link-prefetch.ts.
 */
import { DATA_FRESH_MS } from '../content/data-cache.ts';

export type PrefetchIntentOptions = {
  /** Loads the address's view and data; rejects when it could not, so that a later intent tries again. */
  prefetch: (href: string) => Promise<unknown>;
  /** The reader asked to save data (`navigator.connection.saveData`): then nothing is prefetched. */
  saveData: () => boolean;
  /** How long a pointer rests on a link before it counts. */
  delayMs?: number;
  /** Prefetches running at once, at most. */
  maxInFlight?: number;
  /** How long a prefetched address stays loaded: the data cache's freshness. */
  freshMs?: number;
};

export type PrefetchIntent = {
  pointerEnter: (href: string) => void;
  pointerLeave: (href: string) => void;
  focus: (href: string) => void;
  touch: (href: string) => void;
  /** The link was followed: the router loads it now, so a hover or a queued intent for it is dropped. */
  click: (href: string) => void;
};

export function createPrefetchIntent({
  prefetch,
  saveData,
  delayMs = 100,
  maxInFlight = 3,
  freshMs = DATA_FRESH_MS,
}: PrefetchIntentOptions): PrefetchIntent {
  const hovers = new Map<string, ReturnType<typeof setTimeout>>();
  const inFlight = new Set<string>();
  const loadedAt = new Map<string, number>();
  // One intent waits while the limit is reached: the newest, which is the link the reader is on now.
  let queued: string | null = null;

  const isFresh = (href: string) => Date.now() - (loadedAt.get(href) ?? -Infinity) < freshMs;

  const loaded = (href: string, at: number) => {
    // Stale entries go, so the map holds at most what was prefetched within one freshness window.
    for (const [other, otherAt] of loadedAt) if (Date.now() - otherAt >= freshMs) loadedAt.delete(other);
    loadedAt.set(href, at);
  };

  const start = (href: string): void => {
    if (saveData() || inFlight.has(href) || isFresh(href)) return;
    if (inFlight.size >= maxInFlight) {
      queued = href;
      return;
    }
    inFlight.add(href);
    // Counted from the start, as the data cache counts its entries' age.
    const at = Date.now();
    void prefetch(href)
      .then(
        () => {
          loaded(href, at);
        },
        () => undefined, // not remembered: a later intent tries again
      )
      .finally(() => {
        inFlight.delete(href);
        const next = queued;
        queued = null;
        if (next !== null) start(next);
      });
  };

  const cancel = (href: string) => {
    clearTimeout(hovers.get(href));
    hovers.delete(href);
    if (queued === href) queued = null;
  };

  return {
    pointerEnter: (href) => {
      if (hovers.has(href)) return;
      hovers.set(
        href,
        setTimeout(() => {
          hovers.delete(href);
          start(href);
        }, delayMs),
      );
    },
    pointerLeave: cancel,
    focus: start,
    touch: start,
    click: cancel,
  };
}
