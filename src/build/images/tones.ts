/**
 * The placeholder tones: a photo shows its dominant colour while it loads (decision 007). A strict CSP allows no
 * style attributes, so each tone is a class in styles.css (`.tone-N`) and a photo carries the index of the nearest
 * one. A small palette of muted colours in OKLCH: close enough to read as the photo's colour, a few hundred bytes.
 */

export type Tone = { lightness: number; chroma: number; hue: number };

const LIGHTNESSES = [0.4, 0.6, 0.8];
const HUES = [30, 90, 150, 210, 270, 330];
const CHROMA = 0.06;

/** Greys first (one per lightness), then each hue at each lightness. The index is the class's number. */
export const TONES: readonly Tone[] = [
  ...LIGHTNESSES.map((lightness) => ({ lightness, chroma: 0, hue: 0 })),
  ...HUES.flatMap((hue) => LIGHTNESSES.map((lightness) => ({ lightness, chroma: CHROMA, hue }))),
];

/** The CSS colour of a tone, as styles.css writes it. */
export function toneColour({ lightness, chroma, hue }: Tone): string {
  return `oklch(${Math.round(lightness * 100)}% ${chroma} ${hue})`;
}

type Lab = { l: number; a: number; b: number };

function linear(channel: number): number {
  const c = channel / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** sRGB (0–255 a channel) to OKLab, by Björn Ottosson's published matrices. */
export function oklab(red: number, green: number, blue: number): Lab {
  const [r, g, b] = [linear(red), linear(green), linear(blue)];
  const l = Math.cbrt(0.4122214708 * r + 0.5363325363 * g + 0.0514459929 * b);
  const m = Math.cbrt(0.2119034982 * r + 0.6806995451 * g + 0.1073969566 * b);
  const s = Math.cbrt(0.0883024619 * r + 0.2817188376 * g + 0.6299787005 * b);
  return {
    l: 0.2104542553 * l + 0.793617785 * m - 0.0040720468 * s,
    a: 1.9779984951 * l - 2.428592205 * m + 0.4505937099 * s,
    b: 0.0259040371 * l + 0.7827717662 * m - 0.808675766 * s,
  };
}

function toneLab({ lightness, chroma, hue }: Tone): Lab {
  const radians = (hue * Math.PI) / 180;
  return { l: lightness, a: chroma * Math.cos(radians), b: chroma * Math.sin(radians) };
}

/** The index of the tone nearest to an sRGB colour, by distance in OKLab. */
export function nearestTone(red: number, green: number, blue: number): number {
  const colour = oklab(red, green, blue);
  let best = 0;
  let bestDistance = Infinity;
  TONES.forEach((tone, index) => {
    const { l, a, b } = toneLab(tone);
    const distance = (l - colour.l) ** 2 + (a - colour.a) ** 2 + (b - colour.b) ** 2;
    if (distance < bestDistance) {
      best = index;
      bestDistance = distance;
    }
  });
  return best;
}
