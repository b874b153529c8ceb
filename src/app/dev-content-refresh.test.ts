import { afterEach, expect, test, vi } from 'vitest';

import { getArticle, setDataFetch } from '../lib/content/api.ts';
import { cachingFetch } from '../lib/content/data-cache.ts';
import { CONTENT_EDITED_EVENT } from '../lib/dev-content-event.ts';
import { pageResponse } from '../test/page-response.ts';
import { refreshOnContentEdits } from './dev-content-refresh.ts';

afterEach(() => {
  vi.unstubAllGlobals();
  setDataFetch((input, init) => fetch(input, init));
});

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

test('a content edit runs the open view’s loaders again, past the data cached before it', async () => {
  let title = 'Before';
  const served = vi.fn((_input: RequestInfo | URL) =>
    Promise.resolve(pageResponse('/articles/x', { title, body: [], related: [] })),
  );
  vi.stubGlobal('fetch', served);
  setDataFetch(cachingFetch((input, init) => fetch(input, init)));
  await expect(getArticle('x')).resolves.toMatchObject({ title: 'Before' });

  const hot = hotChannel();
  const revalidate = vi.fn(() => Promise.resolve());
  refreshOnContentEdits(hot, { revalidate });
  title = 'After';
  // Another message from the dev server does nothing.
  hot.send('vite:beforeUpdate');
  expect(revalidate).not.toHaveBeenCalled();
  await expect(getArticle('x')).resolves.toMatchObject({ title: 'Before' });

  hot.send(CONTENT_EDITED_EVENT);
  expect(revalidate).toHaveBeenCalledOnce();
  await expect(getArticle('x')).resolves.toMatchObject({ title: 'After' });
  expect(served).toHaveBeenCalledTimes(2);
});
