/** Small real image files for tests, made with sharp: what an editor's folder holds. */
import sharp from 'sharp';

function blank(width: number, height: number) {
  return sharp({ create: { width, height, channels: 3, background: '#808080' } });
}

export function png(width: number, height: number): Promise<Buffer> {
  return blank(width, height).png().toBuffer();
}

/** A JPEG stored `width` × `height` with EXIF orientation 6 (turn 90° clockwise): shown `height` × `width`. */
export function jpegOnItsSide(width: number, height: number): Promise<Buffer> {
  return blank(width, height).jpeg().withMetadata({ orientation: 6 }).toBuffer();
}
