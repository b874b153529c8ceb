import { afterEach, expect, test, vi } from 'vitest';

import { getArticle, setDataFetch } from '../lib/content/api.ts';
import { cachingFetch } from '../lib/content/data-cache.ts';
import { pageResponse } from '../test/page-response.ts';
import { refreshAfterContentEdit } from './dev-content-refresh.ts';

afterEach(() => {
  vi.unstubAllGlobals();
  setDataFetch((input, init) => fetch(input, init));
});

test('a content edit runs the open view’s loaders again, past the data cached before it', async () => {
  let title = 'Before';
  const served = vi.fn((_input: RequestInfo | URL) =>
    Promise.resolve(pageResponse('/articles/x', { title, body: [], related: [] })),
  );
  vi.stubGlobal('fetch', served);
  setDataFetch(cachingFetch((input, init) => fetch(input, init)));
  await expect(getArticle('x')).resolves.toMatchObject({ title: 'Before' });
  title = 'After';
  // Until the refresh, the data cached before the edit answers.
  await expect(getArticle('x')).resolves.toMatchObject({ title: 'Before' });

  const revalidate = vi.fn(() => Promise.resolve());
  refreshAfterContentEdit({ revalidate });
  expect(revalidate).toHaveBeenCalledOnce();
  await expect(getArticle('x')).resolves.toMatchObject({ title: 'After' });
  expect(served).toHaveBeenCalledTimes(2);
});
