import { expect, test } from 'vitest';

import { phaseClock } from './phase-clock.ts';

test('each lap is the time since the one before, and phases too short to matter are left out', () => {
  const times = [0, 1200, 1230, 4600];
  const clock = phaseClock(() => times.shift() ?? Number.NaN);
  clock.lap('content');
  clock.lap('bundles');
  clock.lap('pages');
  expect(clock.summary()).toBe('content 1.2 s, pages 3.4 s');
});

test('work beside the phases is timed from its start until it settles, and named after them', async () => {
  const times = [0, 1000, 1000, 1200, 3900, 4000];
  const clock = phaseClock(() => times.shift() ?? Number.NaN);
  clock.lap('content');
  let finish = (): void => undefined;
  const search = clock.alongside('search index', new Promise<void>((resolve) => (finish = resolve)));
  clock.lap('view model');
  finish();
  await search;
  clock.lap('pages');
  expect(clock.summary()).toBe('content 1.0 s, view model 0.2 s, pages 2.8 s (alongside: search index 2.9 s)');
});

test('work beside the phases that fails is timed too, and its failure passes through', async () => {
  const times = [0, 0, 700];
  const clock = phaseClock(() => times.shift() ?? Number.NaN);
  await expect(clock.alongside('search index', Promise.reject(new Error('no terms')))).rejects.toThrow('no terms');
  expect(clock.summary()).toBe('(alongside: search index 0.7 s)');
});
