import { afterEach, beforeEach, expect, test, vi } from 'vitest';

import { createPrefetchIntent, type PrefetchIntentOptions } from './prefetch-intent.ts';

type Pending = { href: string; resolve: () => void; reject: (error: Error) => void };

/** A controller whose prefetches wait until the test settles them; `started` lists them in order. */
function setUp(options: Partial<PrefetchIntentOptions> = {}) {
  const started: Pending[] = [];
  const prefetch = vi.fn(
    (href: string) =>
      new Promise<void>((resolve, reject) => {
        started.push({ href, resolve, reject });
      }),
  );
  const intent = createPrefetchIntent({ prefetch, saveData: () => false, ...options });
  const hrefs = () => started.map((pending) => pending.href);
  return { intent, prefetch, started, hrefs };
}

/** Lets the settled prefetches' callbacks run. */
async function settle(): Promise<void> {
  await vi.advanceTimersByTimeAsync(0);
}

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

test('a pointer that rests on a link for 100 ms prefetches it, not before', () => {
  const { intent, hrefs } = setUp();
  intent.pointerEnter('/articles/harbour');
  vi.advanceTimersByTime(99);
  expect(hrefs()).toEqual([]);
  vi.advanceTimersByTime(1);
  expect(hrefs()).toEqual(['/articles/harbour']);
});

test('a pointer that leaves within 100 ms prefetches nothing', () => {
  const { intent, prefetch } = setUp();
  intent.pointerEnter('/articles/harbour');
  vi.advanceTimersByTime(60);
  intent.pointerLeave('/articles/harbour');
  vi.advanceTimersByTime(1_000);
  expect(prefetch).not.toHaveBeenCalled();
});

test('a click within 100 ms leaves the loading to the router', () => {
  const { intent, prefetch } = setUp();
  intent.pointerEnter('/articles/harbour');
  vi.advanceTimersByTime(30);
  intent.click('/articles/harbour');
  vi.advanceTimersByTime(1_000);
  expect(prefetch).not.toHaveBeenCalled();
});

test('the delay is an option', () => {
  const { intent, hrefs } = setUp({ delayMs: 250 });
  intent.pointerEnter('/tags');
  vi.advanceTimersByTime(200);
  expect(hrefs()).toEqual([]);
  vi.advanceTimersByTime(50);
  expect(hrefs()).toEqual(['/tags']);
});

test('focus and touch prefetch at once', () => {
  const { intent, hrefs } = setUp();
  intent.focus('/tags');
  intent.touch('/authors');
  expect(hrefs()).toEqual(['/tags', '/authors']);
});

test('with data saver on, nothing is prefetched, whatever the intent', () => {
  const { intent, prefetch } = setUp({ saveData: () => true });
  intent.pointerEnter('/articles/harbour');
  intent.focus('/tags');
  intent.touch('/authors');
  vi.advanceTimersByTime(1_000);
  expect(prefetch).not.toHaveBeenCalled();
});

test('data saver is asked at each intent: turned on later, it stops prefetching', () => {
  let saveData = false;
  const { intent, hrefs } = setUp({ saveData: () => saveData });
  intent.touch('/tags');
  saveData = true;
  intent.touch('/authors');
  expect(hrefs()).toEqual(['/tags']);
});

test('at most three run at once; the newest intent waits and starts when one ends', async () => {
  const { intent, started, hrefs } = setUp();
  for (const href of ['/a', '/b', '/c', '/d', '/e']) intent.focus(href);
  expect(hrefs()).toEqual(['/a', '/b', '/c']);

  started[1]?.resolve();
  await settle();
  // '/d' was replaced by the newer '/e' while it waited; it is not remembered.
  expect(hrefs()).toEqual(['/a', '/b', '/c', '/e']);

  started[0]?.resolve();
  await settle();
  expect(hrefs()).toEqual(['/a', '/b', '/c', '/e']);
  intent.focus('/d');
  expect(hrefs()).toEqual(['/a', '/b', '/c', '/e', '/d']);
});

test('a failed prefetch frees its place too', async () => {
  const { intent, started, hrefs } = setUp();
  for (const href of ['/a', '/b', '/c', '/d']) intent.focus(href);
  started[2]?.reject(new Error('offline'));
  await settle();
  expect(hrefs()).toEqual(['/a', '/b', '/c', '/d']);
});

test('the limit is an option', () => {
  const { intent, hrefs } = setUp({ maxInFlight: 1 });
  intent.focus('/a');
  intent.focus('/b');
  expect(hrefs()).toEqual(['/a']);
});

test('a queued intent the pointer left before it started is dropped', async () => {
  const { intent, started, hrefs } = setUp({ maxInFlight: 1 });
  intent.focus('/a');
  intent.pointerEnter('/b');
  vi.advanceTimersByTime(100);
  intent.pointerLeave('/b');
  started[0]?.resolve();
  await settle();
  expect(hrefs()).toEqual(['/a']);
});

test('a link is prefetched once while its data is fresh, then again', async () => {
  const { intent, started, hrefs } = setUp({ freshMs: 30_000 });
  intent.touch('/articles/harbour');
  // Still loading: a second intent joins it.
  intent.focus('/articles/harbour');
  expect(hrefs()).toEqual(['/articles/harbour']);

  started[0]?.resolve();
  await settle();
  intent.pointerEnter('/articles/harbour');
  vi.advanceTimersByTime(100);
  intent.touch('/articles/harbour');
  expect(hrefs()).toEqual(['/articles/harbour']);

  vi.advanceTimersByTime(30_000);
  intent.touch('/articles/harbour');
  expect(hrefs()).toEqual(['/articles/harbour', '/articles/harbour']);
});

test('a link whose prefetch failed is tried again at the next intent', async () => {
  const { intent, started, hrefs } = setUp();
  intent.touch('/articles/harbour');
  started[0]?.reject(new Error('offline'));
  await settle();
  intent.touch('/articles/harbour');
  expect(hrefs()).toEqual(['/articles/harbour', '/articles/harbour']);
});
