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
