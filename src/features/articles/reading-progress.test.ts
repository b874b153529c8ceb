// @vitest-environment jsdom
import { expect, test } from 'vitest';

import { readingProgress } from './reading-progress.tsx';

const VIEWPORT = 800;

function rect(top: number, height: number): DOMRect {
  return DOMRect.fromRect({ x: 0, y: top, width: 600, height });
}

test('is 0 until the body reaches the top of the window, then follows the scroll to 1 at its end', () => {
  expect(readingProgress(rect(300, 2000), VIEWPORT)).toBe(0);
  expect(readingProgress(rect(0, 2000), VIEWPORT)).toBe(0);
  expect(readingProgress(rect(-600, 2000), VIEWPORT)).toBe(0.5);
  expect(readingProgress(rect(-1200, 2000), VIEWPORT)).toBe(1);
  expect(readingProgress(rect(-1800, 2000), VIEWPORT)).toBe(1);
});

test('a body shorter than the window counts as read once it is all in view', () => {
  expect(readingProgress(rect(900, 500), VIEWPORT)).toBe(0);
  expect(readingProgress(rect(200, 500), VIEWPORT)).toBe(1);
});
