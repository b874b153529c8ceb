/**
 * The photos the images journey publishes, made with sharp as a camera or a phone would store them
 * (make-content.ts writes them into a content folder; images.spec.ts checks what readers get).
 */
import sharp from 'sharp';

/** The story that shows every photo, and its address. */
export const PHOTOS_ARTICLE = { slug: 'photos', path: '/articles/photos' } as const;

/** Upright, the sideways photo is red above and blue below; stored on its side with orientation 6. */
export const SIDEWAYS_TOP = { r: 220, g: 30, b: 30 };
export const SIDEWAYS_BOTTOM = { r: 30, g: 30, b: 220 };

/** An animated GIF's first frame is green; its second, magenta. Only the first may be published. */
export const GIF_FIRST_FRAME = { r: 30, g: 200, b: 30 };

function solid(width: number, height: number, colour: { r: number; g: number; b: number }) {
  return sharp({ create: { width, height, channels: 3, background: colour } });
}

/**
 * A 1600 × 1067 "camera" JPEG with EXIF naming the camera and the GPS position where it was taken. Smooth
 * gradients with some texture, so it encodes like a photo rather than a flat colour.
 */
export async function cameraPhoto(): Promise<Buffer> {
  const width = 1600;
  const height = 1067;
  const pixels = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const offset = (y * width + x) * 3;
      pixels[offset] = (x * 255) / width;
      pixels[offset + 1] = (y * 255) / height;
      pixels[offset + 2] = 128 + 60 * Math.sin(x / 23) * Math.cos(y / 17);
    }
  }
  return sharp(pixels, { raw: { width, height, channels: 3 } })
    .withExif({
      IFD0: { Make: 'TestCam', Model: 'Newsroom 1' },
      // IFD3 is the GPS directory: where the picture was taken, which must never reach a reader.
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '50/1 27/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '30/1 31/1 0/1' },
    })
    .jpeg({ quality: 90 })
    .toBuffer();
}

/** A phone's portrait photo, 200 × 300 upright, stored as 300 × 200 pixels with orientation 6 (turn clockwise). */
export async function sidewaysPhoto(): Promise<Buffer> {
  const top = await solid(200, 150, SIDEWAYS_TOP).raw().toBuffer();
  const bottom = await solid(200, 150, SIDEWAYS_BOTTOM).raw().toBuffer();
  const upright = sharp(Buffer.concat([top, bottom]), { raw: { width: 200, height: 300, channels: 3 } });
  // Stored turned anticlockwise; orientation 6 tells a viewer to turn it back.
  const stored = await upright.rotate(-90).jpeg().toBuffer();
  return sharp(stored).withMetadata({ orientation: 6 }).jpeg().toBuffer();
}

/** A two-frame animated GIF, 240 × 160. */
export async function animatedGif(): Promise<Buffer> {
  const first = await solid(240, 160, GIF_FIRST_FRAME).raw().toBuffer();
  const second = await solid(240, 160, { r: 220, g: 30, b: 220 }).raw().toBuffer();
  return sharp(Buffer.concat([first, second]), { raw: { width: 240, height: 320, channels: 3, pageHeight: 160 } })
    .gif()
    .toBuffer();
}

/** A square avatar. */
export function avatarPhoto(): Promise<Buffer> {
  return solid(256, 256, { r: 120, g: 90, b: 60 }).jpeg().toBuffer();
}
