/// <reference types="node" />
// The stylesheet is read as text: Vitest's CSS handling would hand over an empty module.
import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { TONES, nearestTone, oklab, toneColour } from './tones.ts';

describe('placeholder tones', () => {
  it('are the classes styles.css defines, in the same order', () => {
    const css = readFileSync(new URL('../../app/styles.css', import.meta.url), 'utf8');
    const defined = [...css.matchAll(/\.tone-(\d+) \{\s*background-color: ([^;]+);/g)].map(([, index, colour]) => [
      Number(index),
      colour,
    ]);
    expect(defined).toEqual(TONES.map((tone, index) => [index, toneColour(tone)]));
  });

  it('converts sRGB to OKLab (white, black)', () => {
    expect(oklab(255, 255, 255).l).toBeCloseTo(1, 3);
    expect(oklab(255, 255, 255).a).toBeCloseTo(0, 3);
    expect(oklab(0, 0, 0).l).toBeCloseTo(0, 3);
  });

  it('matches a grey to a grey, and a colour to a tone of its hue', () => {
    const grey = TONES[nearestTone(150, 150, 150)];
    expect(grey?.chroma).toBe(0);
    // A sky blue (hue about 240 in OKLCH) lands on one of the two blue-ish tones, not on a warm one.
    expect([210, 270]).toContain(TONES[nearestTone(110, 160, 220)]?.hue);
    // A brick red (hue about 30).
    expect(TONES[nearestTone(170, 70, 50)]?.hue).toBe(30);
  });
});
