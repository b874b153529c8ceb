import { describe, expect, it } from 'vitest';

import { IMAGE_SIZES, avatarSizes } from './image-sizes.ts';

describe('IMAGE_SIZES', () => {
  it('gives every placement a width for phones last, with no media condition', () => {
    for (const sizes of Object.values(IMAGE_SIZES)) {
      const last = sizes.split(', ').at(-1) ?? '';
      expect(last, sizes).toMatch(/^calc\(\(?100vw - /);
    }
  });

  it('never sizes by ch, which sizes reads in the initial font, not the page’s', () => {
    for (const sizes of Object.values(IMAGE_SIZES)) expect(sizes).not.toMatch(/\dch\b/);
  });

  it('widens the lead photo beyond the column from sm and md, as its negative margins do', () => {
    expect(IMAGE_SIZES.lead).toBe(
      '(min-width: 48rem) calc(42rem + 6rem), (min-width: 40rem) min(calc(42rem + 3rem), 100vw), calc(100vw - 2rem)',
    );
  });
});

describe('avatarSizes', () => {
  it('is the circle for a square or tall photo', () => {
    expect(avatarSizes('small', 300, 300)).toBe('36px');
    expect(avatarSizes('large', 300, 450)).toBe('64px');
  });

  it('is wider by the aspect ratio for a wide photo, which fills the circle by its height', () => {
    expect(avatarSizes('large', 600, 300)).toBe('128px');
    expect(avatarSizes('small', 400, 300)).toBe('48px');
  });
});
