import { expect, test, vi } from 'vitest';

import { ChunkLoadError, importWithRetry } from './retry-import.ts';

test('a module that loads is loaded once', async () => {
  const load = vi.fn(() => Promise.resolve({ View: 'view' }));
  await expect(importWithRetry(load)).resolves.toEqual({ View: 'view' });
  expect(load).toHaveBeenCalledTimes(1);
});

test('a failed load is tried once more', async () => {
  const load = vi
    .fn<() => Promise<string>>()
    .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'))
    .mockResolvedValueOnce('view');
  await expect(importWithRetry(load)).resolves.toBe('view');
  expect(load).toHaveBeenCalledTimes(2);
});

test('two failures give a ChunkLoadError that keeps the last cause', async () => {
  const cause = new TypeError('Failed to fetch dynamically imported module');
  const load = vi.fn(() => Promise.reject(cause));
  const error: unknown = await importWithRetry(load).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(ChunkLoadError);
  expect(error instanceof ChunkLoadError && error.cause).toBe(cause);
  expect(load).toHaveBeenCalledTimes(2);
});
