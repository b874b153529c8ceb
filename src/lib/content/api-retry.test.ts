/**
 * fetchData (api.ts) asks once more when a page or data file gets no answer or a
 * server error: a dropped connection or a redeploy under way.
 */
import { afterEach, expect, test } from 'vitest';

import { pageResponse } from '../../test/page-response.ts';
import { DataLoadError, getArticle, setDataFetch } from './api.ts';

let calls = 0;

/** Answers each call with the next of `answers`: a Response, or an error to reject with. */
function serve(...answers: (Response | Error)[]) {
  setDataFetch(() => {
    const answer = answers[calls] ?? new Error('asked too often');
    calls += 1;
    return answer instanceof Response ? Promise.resolve(answer) : Promise.reject(answer);
  });
}

afterEach(() => {
  calls = 0;
  setDataFetch((input, init) => fetch(input, init));
});

test('a dropped connection is retried once, and the second answer counts', async () => {
  serve(
    new TypeError('Failed to fetch'),
    pageResponse('/articles/harbour', { slug: 'harbour', body: [], related: [] }),
  );
  await expect(getArticle('harbour')).resolves.toEqual({ slug: 'harbour', body: [], related: [] });
  expect(calls).toBe(2);
});

test('a server error is retried once', async () => {
  serve(
    new Response('busy', { status: 503 }),
    pageResponse('/articles/harbour', { slug: 'harbour', body: [], related: [] }),
  );
  await expect(getArticle('harbour')).resolves.toEqual({ slug: 'harbour', body: [], related: [] });
  expect(calls).toBe(2);
});

test('no answer twice is a DataLoadError (status 0) for the error view', async () => {
  serve(new TypeError('Failed to fetch'), new TypeError('Failed to fetch'));
  const error: unknown = await getArticle('harbour').catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(DataLoadError);
  expect(error instanceof DataLoadError && error.status).toBe(0);
  expect(calls).toBe(2);
});

test('a server error twice is a DataLoadError with its status', async () => {
  serve(new Response('down', { status: 503 }), new Response('down', { status: 502 }));
  const error: unknown = await getArticle('harbour').catch((caught: unknown) => caught);
  expect(error instanceof DataLoadError && error.status).toBe(502);
});

test('a 404 is an answer: not retried, "no such address"', async () => {
  serve(new Response(null, { status: 404 }));
  await expect(getArticle('gone')).resolves.toBeNull();
  expect(calls).toBe(1);
});

test('an aborted request is not retried', async () => {
  const controller = new AbortController();
  controller.abort();
  serve(new DOMException('The operation was aborted.', 'AbortError'));
  await expect(getArticle('harbour', controller.signal)).rejects.toHaveProperty('name', 'AbortError');
  expect(calls).toBe(1);
});

test('a fetch that fails with a TypeError after its signal aborted is not retried', async () => {
  const controller = new AbortController();
  controller.abort();
  serve(new TypeError('Failed to fetch'));
  await expect(getArticle('harbour', controller.signal)).rejects.toBeInstanceOf(TypeError);
  expect(calls).toBe(1);
});
