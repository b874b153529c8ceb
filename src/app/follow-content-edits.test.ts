// @vitest-environment jsdom
import { expect, test, vi } from 'vitest';

import { CONTENT_EDITED_EVENT, CONTENT_VERSION_EVENT, CONTENT_VERSION_META } from '../lib/dev-content-event.ts';
import { followContentEdits, pageContentVersion } from './follow-content-edits.ts';

/** A dev server's hot channel: `deliver` is the server's message arriving, `sent` what the page said to it. */
function hotChannel() {
  const handlers = new Map<string, () => void>();
  const sent: { event: string; data: unknown }[] = [];
  return {
    on: (event: string, handler: () => void) => {
      handlers.set(event, handler);
    },
    send: (event: string, data: unknown) => {
      // The page speaks only once it listens: the server's answer must find a handler.
      expect(handlers.has(CONTENT_EDITED_EVENT)).toBe(true);
      sent.push({ event, data });
    },
    deliver: (event: string) => {
      handlers.get(event)?.();
    },
    sent,
  };
}

/** A promise the test settles when it says. */
function deferred<T>() {
  let resolve: (value: T) => void = () => undefined;
  const promise = new Promise<T>((settle) => {
    resolve = settle;
  });
  return { promise, resolve };
}

/** Lets what a settled promise started run. */
const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

test('an edit made before the refresh has loaded is acted on once it has, and each edit once', async () => {
  const hot = hotChannel();
  const loading = deferred<() => void>();
  const afterEdit = vi.fn();
  followContentEdits(hot, loading.promise, null);

  hot.deliver(CONTENT_EDITED_EVENT);
  await settled();
  expect(afterEdit).not.toHaveBeenCalled();

  loading.resolve(afterEdit);
  await settled();
  expect(afterEdit).toHaveBeenCalledOnce();

  hot.deliver(CONTENT_EDITED_EVENT);
  await settled();
  expect(afterEdit).toHaveBeenCalledTimes(2);
});

test('another message from the dev server does nothing', async () => {
  const hot = hotChannel();
  const afterEdit = vi.fn();
  followContentEdits(hot, Promise.resolve(afterEdit), null);
  hot.deliver('vite:beforeUpdate');
  await settled();
  expect(afterEdit).not.toHaveBeenCalled();
});

test('once listening, the page tells the server its content version, and only a page that has one', () => {
  const hot = hotChannel();
  followContentEdits(hot, Promise.resolve(vi.fn()), 4);
  expect(hot.sent).toEqual([{ event: CONTENT_VERSION_EVENT, data: { version: 4 } }]);

  const unversioned = hotChannel();
  followContentEdits(unversioned, Promise.resolve(vi.fn()), null);
  expect(unversioned.sent).toEqual([]);
});

test("the page's content version is read from its head, and nothing else passes for one", () => {
  const meta = document.createElement('meta');
  meta.name = CONTENT_VERSION_META;
  document.head.append(meta);
  try {
    meta.content = '12';
    expect(pageContentVersion(document)).toBe(12);
    for (const content of ['', 'x', '1.5', '-1']) {
      meta.content = content;
      expect(pageContentVersion(document), content).toBeNull();
    }
    meta.remove();
    expect(pageContentVersion(document)).toBeNull();
  } finally {
    meta.remove();
  }
});
