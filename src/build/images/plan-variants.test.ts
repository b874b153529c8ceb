import { describe, expect, it } from 'vitest';

import { planVariants, type ImageUse } from './plan-variants.ts';

const uses = (...list: ImageUse[]) => new Set(list);
const photo = (width: number, height: number, hasAlpha = false) => ({ width, height, hasAlpha });

describe('planVariants', () => {
  it('makes the four standard widths of a camera photo, each in AVIF, WebP and JPEG', () => {
    const plan = planVariants(photo(6000, 4000), uses('photo'));
    expect(plan.widths).toEqual([400, 800, 1200, 1600]);
    expect(plan.fallback).toBe('jpg');
    expect(plan.variants).toHaveLength(12);
    expect(plan.variants.filter((variant) => variant.width === 800).map((variant) => variant.format)).toEqual([
      'avif',
      'webp',
      'jpg',
    ]);
  });

  it('never upscales: a narrower photo stops at its own width', () => {
    expect(planVariants(photo(1000, 750), uses('photo')).widths).toEqual([400, 800, 1000]);
    expect(planVariants(photo(1200, 800), uses('photo')).widths).toEqual([400, 800, 1200]);
    expect(planVariants(photo(250, 250), uses('photo')).widths).toEqual([250]);
  });

  it('falls back to PNG for transparency, and adds a JPEG social card for a lead photo', () => {
    const plan = planVariants(photo(2000, 1000, true), uses('lead'));
    expect(plan.fallback).toBe('png');
    expect(plan.variants.filter((variant) => variant.format === 'jpg')).toEqual([{ width: 1200, format: 'jpg' }]);
    expect(planVariants(photo(2000, 1000, true), uses('photo')).variants.some((v) => v.format === 'jpg')).toBe(false);
  });

  it('makes an avatar at 1× and 2× of both its squares', () => {
    expect(planVariants(photo(512, 512), uses('avatar')).widths).toEqual([36, 64, 72, 128]);
  });

  it('makes a wide avatar wider by its aspect ratio, so that it still fills the square', () => {
    expect(planVariants(photo(600, 300), uses('avatar')).widths).toEqual([72, 128, 144, 256]);
  });

  it('never makes an avatar wider than its file', () => {
    expect(planVariants(photo(50, 50), uses('avatar')).widths).toEqual([36, 50]);
  });

  it('makes one set of widths for a file used both as a photo and an avatar', () => {
    expect(planVariants(photo(900, 900), uses('photo', 'avatar')).widths).toEqual([36, 64, 72, 128, 400, 800, 900]);
  });
});
