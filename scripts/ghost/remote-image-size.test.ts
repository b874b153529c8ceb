import { createServer, type Server } from 'node:http';

import sharp from 'sharp';
import { afterAll, beforeAll, expect, test } from 'vitest';

import { jpegOnItsSide, png } from '../content/test-images.ts';
import { probeImageSize } from './remote-image-size.ts';

let server: Server;
let base: string;
const sent = new Map<string, number>();

/** A large JPEG: the probe must stop reading long before its end. */
async function bigJpeg(): Promise<Buffer> {
  const noise = Buffer.alloc(1200 * 900 * 3);
  for (let index = 0; index < noise.length; index += 1) noise[index] = (index * 7919) % 251;
  return sharp(noise, { raw: { width: 1200, height: 900, channels: 3 } })
    .jpeg({ quality: 95 })
    .toBuffer();
}

beforeAll(async () => {
  const files: Record<string, Buffer> = {
    '/a.png': await png(640, 480),
    '/side.jpg': await jpegOnItsSide(300, 200),
    '/big.jpg': await bigJpeg(),
    '/text.txt': Buffer.from('not an image'),
  };
  server = createServer((request, response) => {
    const url = request.url ?? '';
    if (url === '/slow.png') return; // never answers
    const file = files[url];
    if (file === undefined) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': 'application/octet-stream' });
    // In small chunks a few milliseconds apart, as a network would, until the client hangs up.
    let offset = 0;
    let closed = false;
    response.on('close', () => {
      closed = true;
    });
    const write = () => {
      if (closed) return;
      if (offset >= file.length) {
        response.end();
        return;
      }
      const chunk = file.subarray(offset, offset + 4096);
      offset += chunk.length;
      sent.set(url, offset);
      response.write(chunk);
      setTimeout(write, 2);
    };
    write();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the test server has no port');
  base = `http://127.0.0.1:${address.port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const options = { timeoutMs: 2000, maxBytes: 1024 * 1024 };

test('reads the size from the first bytes of a PNG', async () => {
  expect(await probeImageSize(`${base}/a.png`, options)).toEqual({ ok: true, size: { width: 640, height: 480 } });
});

test('a JPEG on its side (EXIF orientation 6) has the size it is shown at', async () => {
  expect(await probeImageSize(`${base}/side.jpg`, options)).toEqual({ ok: true, size: { width: 200, height: 300 } });
});

test('stops downloading once the size is known', async () => {
  expect(await probeImageSize(`${base}/big.jpg`, options)).toEqual({ ok: true, size: { width: 1200, height: 900 } });
  const total = (await bigJpeg()).length;
  expect(total).toBeGreaterThan(500_000);
  expect(sent.get('/big.jpg')).toBeLessThan(total);
});

test('says why when there is no size: not found, not an image, too slow, offline', async () => {
  expect(await probeImageSize(`${base}/missing.png`, options)).toEqual({
    ok: false,
    reason: 'the server answered 404',
  });
  expect(await probeImageSize(`${base}/text.txt`, options)).toEqual({
    ok: false,
    reason: 'it is not an image with a size',
  });
  expect(await probeImageSize(`${base}/slow.png`, { ...options, timeoutMs: 300 })).toEqual({
    ok: false,
    reason: 'no answer within 0.3 s',
  });
  // Nothing listens on port 9 of this machine, as nothing answers offline.
  const offline = await probeImageSize('http://127.0.0.1:9/x.png', options);
  expect(offline.ok).toBe(false);
  expect(offline.ok ? '' : offline.reason).toMatch(/could not be fetched/);
});
