import { expect, test } from 'vitest';

import { TONES } from '../../src/build/images/tones.ts';
import { analyserKey } from './analyse-image.ts';

const versions = { sharp: '0.35.5', vips: '8.18.0' };

test('the analyser key changes with sharp, libvips and the palette, and with nothing else given', () => {
  const key = analyserKey(versions);
  expect(analyserKey({ ...versions })).toBe(key);
  expect(analyserKey({ ...versions, sharp: '0.36.0' })).not.toBe(key);
  expect(analyserKey({ ...versions, vips: '8.19.0' })).not.toBe(key);
  expect(analyserKey(versions, TONES.slice(1))).not.toBe(key);
  expect(analyserKey(versions, [...TONES])).toBe(key);
});
