/**
 * Photos from the content folder as readers get them (dist-images/, from `npm run build:images`, whose photos
 * e2e/images/photos.ts makes with sharp): upright, without metadata, never the original file, the lead preloaded, and each at a width its `sizes` foretold.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import type { Page, Response } from '@playwright/test';
import sharp from 'sharp';

import { expect, test } from '../fixtures.ts';
import { GIF_FIRST_FRAME, PHOTOS_ARTICLE, SIDEWAYS_BOTTOM, SIDEWAYS_TOP } from './photos.ts';

const CONTENT_IMAGES = path.resolve(import.meta.dirname, '../../dist-images-content/images');
const ARTICLE = PHOTOS_ARTICLE.path;

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** Every image response the page gets from now on, with its body. */
function collectImages(page: Page): { url: string; body: Promise<Buffer> }[] {
  const images: { url: string; body: Promise<Buffer> }[] = [];
  page.on('response', (response: Response) => {
    if (response.request().resourceType() === 'image') images.push({ url: response.url(), body: response.body() });
  });
  return images;
}

/** Scrolls the page to its end, a screen at a time, so that every lazy image is fetched. */
async function scrollThrough(page: Page): Promise<void> {
  await page.evaluate(async () => {
    for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight / 2) {
      window.scrollTo(0, y);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  });
}

/** The colour at (x, y) of an image as the browser draws it, upright, scaled to its box. */
async function pixelAt(page: Page, alt: string, x: number, y: number): Promise<{ r: number; g: number; b: number }> {
  const image = page.getByRole('img', { name: alt });
  await image.scrollIntoViewIfNeeded();
  await expect
    .poll(() => image.evaluate((element: HTMLImageElement) => element.complete && element.naturalWidth > 0))
    .toBe(true);
  return image.evaluate(
    (element: HTMLImageElement, { px, py }) => {
      const canvas = document.createElement('canvas');
      canvas.width = element.clientWidth;
      canvas.height = element.clientHeight;
      const context = canvas.getContext('2d');
      if (context === null) throw new Error('no 2d context');
      context.drawImage(element, 0, 0, canvas.width, canvas.height);
      const [r = 0, g = 0, b = 0] = context.getImageData(px * canvas.width, py * canvas.height, 1, 1).data;
      return { r, g, b };
    },
    { px: x, py: y },
  );
}

function expectColour(actual: { r: number; g: number; b: number }, expected: { r: number; g: number; b: number }) {
  for (const channel of ['r', 'g', 'b'] as const)
    expect(Math.abs(actual[channel] - expected[channel])).toBeLessThan(40);
}

test('a photo stored on its side with an orientation tag shows upright', async ({ page }) => {
  await page.goto(ARTICLE);
  const alt = 'A portrait photo stored on its side';
  await expect(page.getByRole('img', { name: alt })).toHaveAttribute('width', '200');
  await expect(page.getByRole('img', { name: alt })).toHaveAttribute('height', '300');
  expectColour(await pixelAt(page, alt, 0.5, 0.15), SIDEWAYS_TOP);
  expectColour(await pixelAt(page, alt, 0.5, 0.85), SIDEWAYS_BOTTOM);
});

test('an animated GIF is published as its first frame', async ({ page }) => {
  await page.goto(ARTICLE);
  expectColour(await pixelAt(page, 'An animated graphic', 0.5, 0.5), GIF_FIRST_FRAME);
});

test('no image served carries EXIF or any other metadata, GPS above all', async ({ page }) => {
  const images = collectImages(page);
  await page.goto(ARTICLE);
  await scrollThrough(page);
  await page.waitForLoadState('networkidle');
  const served = images.filter((image) => image.url.includes('/assets/images/'));
  expect(served.map((image) => path.basename(new URL(image.url).pathname))).toEqual(
    expect.arrayContaining([expect.stringMatching(/^camera-[0-9a-f]{10}-\d+\.avif$/)]),
  );
  for (const image of served) {
    const metadata = await sharp(await image.body).metadata();
    expect(metadata.exif, image.url).toBeUndefined();
    expect(metadata.xmp, image.url).toBeUndefined();
    expect(metadata.iptc, image.url).toBeUndefined();
  }
  // The camera file itself does have GPS: the check above would have seen it.
  expect((await sharp(readFileSync(path.join(CONTENT_IMAGES, 'camera.jpg'))).metadata()).exif).toBeDefined();
});

test('no response is ever an original file from the content folder', async ({ page }) => {
  const originals = new Map(
    readdirSync(CONTENT_IMAGES).map((name) => [sha256(readFileSync(path.join(CONTENT_IMAGES, name))), name]),
  );
  const images = collectImages(page);
  for (const address of [ARTICLE, '/', '/authors/ana-lens']) {
    await page.goto(address);
    await scrollThrough(page);
    await page.waitForLoadState('networkidle');
  }
  expect(images.length).toBeGreaterThan(4);
  for (const image of images) expect(originals.get(sha256(await image.body)), image.url).toBeUndefined();
  const html = await (await page.request.get(ARTICLE)).text();
  for (const name of originals.values()) expect(html).not.toContain(name);
});

test("the lead photo's preload is in the prerendered head, and matches what the page shows", async ({ page }) => {
  const html = await (await page.request.get(ARTICLE)).text();
  const head = html.slice(0, html.indexOf('</head>'));
  const preload =
    /<link rel="preload" as="image" type="image\/avif" imagesrcset="([^"]+)" imagesizes="([^"]+)" fetchpriority="high">/.exec(
      head,
    );
  expect(preload, 'a preload of the lead photo in the head').not.toBeNull();
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(ARTICLE);
  const lead = page.getByRole('img', { name: 'Colour bands from a test camera' });
  const source = page.locator('picture', { has: lead }).locator('source[type="image/avif"]');
  await expect(source).toHaveAttribute('srcset', preload?.[1]?.replaceAll('&amp;', '&') ?? '');
  await expect(source).toHaveAttribute('sizes', preload?.[2] ?? '');
  await expect(lead).toHaveAttribute('loading', 'eager');
  await page.waitForLoadState('networkidle');
  // Preload and picture agree, so the photo is fetched once.
  const current = await lead.evaluate((image: HTMLImageElement) => image.currentSrc);
  expect(current).toMatch(/\.avif$/);
  expect(requests.filter((url) => url === current)).toHaveLength(1);
  // The social card: a 1200-wide JPEG variant.
  expect(head).toMatch(
    /<meta property="og:image" content="https:\/\/pictures\.example\/assets\/images\/camera-[0-9a-f]{10}-1200\.jpg">/,
  );
  // X reads og:image: the card says only its kind, large.
  expect(head).toContain('<meta name="twitter:card" content="summary_large_image">');
  expect(head).not.toContain('twitter:image');
});

test('at 375, 700 and 1280 px, every photo is drawn at the width its sizes foretold', async ({ page }) => {
  for (const viewport of [
    { width: 375, height: 800 },
    { width: 700, height: 900 },
    { width: 1280, height: 900 },
  ]) {
    await page.setViewportSize(viewport);
    for (const address of [ARTICLE, '/']) {
      await page.goto(address);
      await scrollThrough(page);
      const images = page.locator('main picture img[sizes]');
      await expect(images.first()).toBeVisible();
      for (const image of await images.all()) {
        await image.scrollIntoViewIfNeeded();
        // With width descriptors, naturalWidth is the variant's width over its density: the slot width the browser
        // read from `sizes`.
        const foretold = await image.evaluate(async (element: HTMLImageElement) => {
          await element.decode();
          return element.naturalWidth;
        });
        const drawn = (await image.boundingBox())?.width ?? 0;
        const sizes = (await image.getAttribute('sizes')) ?? '';
        expect(Math.abs(foretold - drawn), `${viewport.width} px, ${address}: ${sizes}`).toBeLessThanOrEqual(2);
      }
    }
  }
});
