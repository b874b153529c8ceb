import { expect, test, vi } from 'vitest';

import { CONTENT_EDITED_EVENT } from '../lib/dev-content-event.ts';
import { followContentEdits } from './follow-content-edits.ts';

/** A dev server's hot channel that delivers `event` when the test says. */
function hotChannel() {
  const handlers = new Map<string, () => void>();
  return {
    on: (event: string, handler: () => void) => {
      handlers.set(event, handler);
    },
    send: (event: string) => {
      handlers.get(event)?.();
    },
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
  followContentEdits(hot, loading.promise);

  hot.send(CONTENT_EDITED_EVENT);
  await settled();
  expect(afterEdit).not.toHaveBeenCalled();

  loading.resolve(afterEdit);
  await settled();
  expect(afterEdit).toHaveBeenCalledOnce();

  hot.send(CONTENT_EDITED_EVENT);
  await settled();
  expect(afterEdit).toHaveBeenCalledTimes(2);
});

test('another message from the dev server does nothing', async () => {
  const hot = hotChannel();
  const afterEdit = vi.fn();
  followContentEdits(hot, Promise.resolve(afterEdit));
  hot.send('vite:beforeUpdate');
  await settled();
  expect(afterEdit).not.toHaveBeenCalled();
});
