import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import sharp from 'sharp';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';

import { TONES } from '../../src/build/images/tones.ts';
import { anArticleFile } from '../../src/build/test-content.ts';
import type { Content } from '../../src/build/view-model/catalogue.ts';
import { ContentProblems } from '../content/problem.ts';
import { keptFiles } from '../kept-files.ts';
import { openOutput } from '../output-writer.ts';
import { analysesFile, publicName, startImagePipeline, VARIANTS_DIR, type PlannedImage } from './image-pipeline.ts';

const site = { title: 'The Ledger', description: 'News.', url: 'https://ledger.example.org', language: 'en' };

// Small sources, so that every test encodes in well under a second: 450 px gives two photo widths (400 and 450).
const LEAD = 'images/Harbour View.jpg';
const BODY = 'images/crowd.jpg';

function solid(width: number, height: number, colour: string): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: colour } })
    .jpeg()
    .toBuffer();
}

/** An article whose lead photo is `lead` and whose body shows `body`, when given. */
function contentWith(images: { lead?: string; body?: string }, size = { width: 3, height: 2 }): Content {
  // As the content check leaves them: the size as shown, read from the file or given with its aspect ratio.
  const image = (src: string) => ({ src, alt: 'A photo', ...size });
  return {
    site,
    pages: [],
    tags: [],
    authors: [{ slug: 'jane-doe', name: 'Jane Doe' }],
    articles: [
      anArticleFile('one', {
        ...(images.lead === undefined ? {} : { image: image(images.lead) }),
        body: ['Text.', ...(images.body === undefined ? [] : [{ type: 'image' as const, ...image(images.body) }])],
      }),
    ],
  };
}

let root: string;
let contentDir: string;
let cacheDir: string;
let runs = 0;

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'image-pipeline-'));
  contentDir = path.join(root, 'content');
  cacheDir = path.join(root, 'cache');
  await mkdir(path.join(contentDir, 'images'), { recursive: true });
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

async function putImage(src: string, bytes: Buffer): Promise<void> {
  await writeFile(path.join(contentDir, src), bytes);
}

/** One build's image work: the plan and the report, with the variants written to a fresh output folder. */
async function build(content: Content, { clean = false } = {}) {
  runs += 1;
  const outDir = path.join(root, `out-${runs}`);
  const pipeline = startImagePipeline({ content, contentDir, cacheDir, clean });
  const planned = await pipeline.planned;
  const output = openOutput(outDir);
  const report = await pipeline.writeTo(output);
  await output.commit();
  return { planned, report, outDir };
}

function plannedOf(planned: ReadonlyMap<string, PlannedImage>, src: string): PlannedImage {
  const image = planned.get(src);
  if (image === undefined) throw new Error(`nothing planned for ${src}`);
  return image;
}

/** Every file in the output's variants folder, as paths inside the output. */
async function outputFiles(outDir: string): Promise<string[]> {
  const names = await readdir(path.join(outDir, VARIANTS_DIR)).catch(() => []);
  return names.map((name) => `${VARIANTS_DIR}/${name}`).sort();
}

/** The files `writeTo` should write for an image: each width in AVIF, WebP and the fallback. */
function expectedFiles({ stem, widths, fallback }: PlannedImage): string[] {
  return widths.flatMap((width) => ['avif', 'webp', fallback].map((format) => `${stem}-${width}.${format}`)).sort();
}

test('planned: each content image gets a stem from its name and cache key, its widths and its tone', async () => {
  await putImage(LEAD, await solid(450, 300, '#336699'));
  await putImage(BODY, await solid(120, 80, '#808080'));
  const pipeline = startImagePipeline({
    content: contentWith({ lead: LEAD, body: BODY }),
    contentDir,
    cacheDir,
  });
  const planned = await pipeline.planned;
  // Encoding goes on in the background: let it finish before the folder is removed.
  const output = openOutput(path.join(root, 'out'));
  const written = pipeline.writeTo(output).finally(() => {
    output.abort();
  });

  expect([...planned.keys()].sort()).toEqual([BODY, LEAD].sort());
  const lead = plannedOf(planned, LEAD);
  const body = plannedOf(planned, BODY);
  // The file's name, lower-case with hyphens, then 10 hex digits of the key.
  expect(lead.stem).toMatch(/^assets\/images\/harbour-view-[0-9a-f]{10}$/);
  expect(body.stem).toMatch(/^assets\/images\/crowd-[0-9a-f]{10}$/);
  // Standard widths narrower than the file, then the file's own width; never wider than the file.
  expect(lead).toMatchObject({ widths: [400, 450], fallback: 'jpg' });
  expect(body).toMatchObject({ widths: [120], fallback: 'jpg' });
  // The placeholder is the photo's colour: a blue for the blue one, a grey for the grey one.
  expect(TONES[lead.tone]).toMatchObject({ hue: 270, chroma: 0.06 });
  expect(TONES[body.tone]).toMatchObject({ chroma: 0 });
  await written;
});

test('writeTo: writes every variant at `${stem}-${width}.${format}`, each that size and format, never the original', async () => {
  const lead = await solid(450, 300, '#336699');
  const body = await solid(120, 80, '#808080');
  await putImage(LEAD, lead);
  await putImage(BODY, body);
  const { planned, report, outDir } = await build(contentWith({ lead: LEAD, body: BODY }));

  const expected = [...planned.values()].flatMap(expectedFiles).sort();
  expect(await outputFiles(outDir)).toEqual(expected);
  expect(report).toEqual({ images: 2, files: expected.length, analysed: 2, encoded: 2, reused: 0, kept: 0, pruned: 0 });

  // Each file is what its name says: sharp reads AVIF as HEIF.
  const sharpFormats = { avif: 'heif', webp: 'webp', jpg: 'jpeg', png: 'png' } as const;
  for (const { stem, widths, fallback } of planned.values()) {
    for (const width of widths) {
      for (const format of ['avif', 'webp', fallback] as const) {
        const bytes = await readFile(path.join(outDir, `${stem}-${width}.${format}`));
        // A published file is never one of the originals, byte for byte.
        expect(bytes.equals(lead) || bytes.equals(body)).toBe(false);
        const metadata = await sharp(bytes).metadata();
        expect({ width: metadata.width, format: metadata.format }).toEqual({ width, format: sharpFormats[format] });
      }
    }
  }
});

test('an unchanged rebuild encodes nothing: every image is reused, with the same stems and bytes', async () => {
  await putImage(LEAD, await solid(450, 300, '#336699'));
  await putImage(BODY, await solid(120, 80, '#808080'));
  const content = contentWith({ lead: LEAD, body: BODY });
  const first = await build(content);
  const second = await build(content);

  // Nor reads the photos again: their files' stamps are the ones their analyses were kept with.
  expect(second.report).toEqual({ ...first.report, analysed: 0, encoded: 0, reused: 2, pruned: 0 });
  expect(second.planned).toEqual(first.planned);
  const files = await outputFiles(second.outDir);
  expect(files).toEqual(await outputFiles(first.outDir));
  for (const file of files) {
    expect((await readFile(path.join(second.outDir, file))).equals(await readFile(path.join(first.outDir, file)))).toBe(
      true,
    );
  }
});

test('a changed image is encoded again under a new stem; the others keep theirs and are reused', async () => {
  await putImage(LEAD, await solid(450, 300, '#336699'));
  await putImage(BODY, await solid(120, 80, '#808080'));
  const content = contentWith({ lead: LEAD, body: BODY });
  const first = await build(content);

  await putImage(BODY, await solid(120, 80, '#993333'));
  const second = await build(content);

  // The changed image's old variants are no longer used: their entry is pruned.
  expect(second.report).toMatchObject({ images: 2, analysed: 1, encoded: 1, reused: 1, pruned: 1 });
  expect(plannedOf(second.planned, LEAD).stem).toBe(plannedOf(first.planned, LEAD).stem);
  expect(plannedOf(second.planned, BODY).stem).not.toBe(plannedOf(first.planned, BODY).stem);
  expect(await outputFiles(second.outDir)).toEqual([...second.planned.values()].flatMap(expectedFiles).sort());
});

test('a clean build analyses every image again, and plans them as before', async () => {
  await putImage(LEAD, await solid(450, 300, '#336699'));
  await putImage(BODY, await solid(120, 80, '#808080'));
  const content = contentWith({ lead: LEAD, body: BODY });
  const first = await build(content);

  const clean = await build(content, { clean: true });
  expect(clean.report).toMatchObject({ analysed: 2, encoded: 0, reused: 2 });
  expect(clean.planned).toEqual(first.planned);
});

test('kept analyses that are damaged are not trusted: a warning, and every image analysed again', async () => {
  await putImage(LEAD, await solid(450, 300, '#336699'));
  const content = contentWith({ lead: LEAD });
  const first = await build(content);
  // Another tone for the photo, as a hand-edited or half-written file might say: it must not be used.
  const kept = await readFile(analysesFile(cacheDir), 'utf8');
  expect(kept).toContain('"tone"');
  await writeFile(analysesFile(cacheDir), kept.slice(0, kept.length / 2));
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  try {
    const second = await build(content);
    expect(second.report).toMatchObject({ analysed: 1, encoded: 0, reused: 1 });
    expect(second.planned).toEqual(first.planned);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('analyses'));
  } finally {
    warn.mockRestore();
  }
});

test('kept analyses made by another analysis, palette or sharp are not used: every image is analysed again', async () => {
  await putImage(LEAD, await solid(450, 300, '#336699'));
  const content = contentWith({ lead: LEAD });
  const first = await build(content);
  // The record as a build with another sharp, or another palette of tones, would have left it.
  const kept = await readFile(analysesFile(cacheDir), 'utf8');
  expect(kept).toMatch(/"analyser":"[0-9a-f]{64}"/);
  await writeFile(analysesFile(cacheDir), kept.replace(/"analyser":"[0-9a-f]{64}"/, '"analyser":"another analyser"'));

  const second = await build(content);
  expect(second.report).toMatchObject({ analysed: 1, encoded: 0, reused: 1 });
  expect(second.planned).toEqual(first.planned);
  // And recorded as made by this one: the next build reads nothing again.
  const third = await build(content);
  expect(third.report).toMatchObject({ analysed: 0, encoded: 0, reused: 1 });
});

test('an analysis kept for a file that is not there is not used: the build fails to read the file', async () => {
  await putImage(LEAD, await solid(450, 300, '#336699'));
  const content = contentWith({ lead: LEAD });
  await build(content);
  // As a record would be if the file had appeared between its stamp and its read; now it is gone.
  const kept = await readFile(analysesFile(cacheDir), 'utf8');
  await writeFile(analysesFile(cacheDir), kept.replace(/"stamp":"[^"]*"/, '"stamp":"missing"'));
  await rm(path.join(contentDir, LEAD));
  await expect(build(content)).rejects.toThrow(/ENOENT/);
});

test('a damaged photo whose header reads fails the build as a content problem, named where the content uses it', async () => {
  const whole = await sharp({
    create: {
      width: 450,
      height: 300,
      channels: 3,
      background: '#808080',
      noise: { type: 'gaussian', mean: 128, sigma: 40 },
    },
  })
    .jpeg()
    .toBuffer();
  // Cut short, as an interrupted copy leaves it: the header (and so the content check) still reads.
  await putImage(LEAD, whole.subarray(0, Math.floor(whole.length / 2)));
  await expect(sharp(path.join(contentDir, LEAD)).metadata()).resolves.toMatchObject({ width: 450 });
  const content = contentWith({ lead: LEAD, body: LEAD });
  const failure = await build(content).catch((error: unknown) => error);
  expect(failure).toBeInstanceOf(ContentProblems);
  const message = failure instanceof Error ? failure.message : '';
  expect(message.split('\n')).toEqual([
    expect.stringMatching(
      /^articles\/one\.json: image\.src: "images\/Harbour View\.jpg" cannot be decoded, the file is damaged/,
    ),
    expect.stringMatching(/^articles\/one\.json: body\[1\]\.src: "images\/Harbour View\.jpg" cannot be decoded/),
  ]);
});

test('variants already in the output as the last build left them are kept, not read; one edited there is written again', async () => {
  await putImage(LEAD, await solid(450, 300, '#336699'));
  await putImage(BODY, await solid(120, 80, '#808080'));
  const content = contentWith({ lead: LEAD, body: BODY });
  const outDir = path.join(root, 'out');
  const recordDir = path.join(root, 'record');
  const buildInto = async () => {
    const pipeline = startImagePipeline({
      content,
      contentDir,
      cacheDir,
      kept: keptFiles('variants', recordDir, outDir),
    });
    const planned = await pipeline.planned;
    const output = openOutput(outDir);
    const report = await pipeline.writeTo(output);
    await output.commit();
    pipeline.recordKept();
    return { planned, report };
  };
  const first = await buildInto();
  expect(first.report).toMatchObject({ encoded: 2, kept: 0 });
  const files = [...first.planned.values()].flatMap(expectedFiles);
  const bytes = new Map(
    await Promise.all(files.map(async (file) => [file, await readFile(path.join(outDir, file))] as const)),
  );

  // The cache's files are not even looked at: an emptied cache entry would otherwise be encoded again.
  for (const entry of await readdir(cacheDir)) await rm(path.join(cacheDir, entry), { recursive: true });
  const second = await buildInto();
  expect(second.report).toMatchObject({ encoded: 0, reused: 0, kept: 2 });
  expect(await outputFiles(outDir)).toEqual([...files].sort());

  // A variant changed in the output by hand is no longer the one recorded: its image is made and written again.
  const [edited = ''] = files;
  await writeFile(path.join(outDir, edited), 'not an image');
  const third = await buildInto();
  expect(third.report).toMatchObject({ kept: 1 });
  for (const file of files)
    expect((await readFile(path.join(outDir, file))).equals(bytes.get(file) ?? Buffer.alloc(0))).toBe(true);
});

test('an image no longer in the content has its cache entry pruned', async () => {
  await putImage(LEAD, await solid(450, 300, '#336699'));
  await putImage(BODY, await solid(120, 80, '#808080'));
  await build(contentWith({ lead: LEAD, body: BODY }));
  expect(await readdir(cacheDir)).toHaveLength(2);

  const second = await build(contentWith({ lead: LEAD }));
  // The one entry the content no longer uses, and no other.
  expect(second.report).toMatchObject({ images: 1, analysed: 0, encoded: 0, reused: 1, pruned: 1 });
  expect(await readdir(cacheDir)).toHaveLength(1);
  expect(await outputFiles(second.outDir)).toEqual(expectedFiles(plannedOf(second.planned, LEAD)));
});

test('a corrupted file in the cache is detected: the image is encoded again and a valid image published', async () => {
  await putImage(LEAD, await solid(450, 300, '#336699'));
  const content = contentWith({ lead: LEAD });
  const first = await build(content);

  const [entry, ...others] = await readdir(cacheDir);
  expect(others).toEqual([]);
  await writeFile(path.join(cacheDir, entry ?? '', '450.jpg'), 'not a JPEG any more');

  const second = await build(content);
  expect(second.report).toMatchObject({ encoded: 1, reused: 0, pruned: 0 });
  const { stem } = plannedOf(second.planned, LEAD);
  expect(stem).toBe(plannedOf(first.planned, LEAD).stem);
  const metadata = await sharp(await readFile(path.join(second.outDir, `${stem}-450.jpg`))).metadata();
  expect({ format: metadata.format, width: metadata.width }).toEqual({ format: 'jpeg', width: 450 });
});

test('variants carry no EXIF: no camera, no GPS position', async () => {
  const source = await sharp({ create: { width: 120, height: 80, channels: 3, background: '#336699' } })
    .withExif({ IFD0: { Make: 'TestCam' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '50/1 27/1 0/1' } })
    .jpeg()
    .toBuffer();
  // The source does have it, so the check below can fail.
  expect((await sharp(source).metadata()).exif?.toString('latin1')).toContain('TestCam');
  await putImage(LEAD, source);
  const { planned, outDir } = await build(contentWith({ lead: LEAD }));

  const files = expectedFiles(plannedOf(planned, LEAD));
  expect(files).toHaveLength(3);
  for (const file of files) {
    const bytes = await readFile(path.join(outDir, file));
    expect((await sharp(bytes).metadata()).exif).toBeUndefined();
    expect(bytes.includes('TestCam')).toBe(false);
  }
});

test('variants are upright: a photo tagged as turned a quarter is published portrait, with no tag left', async () => {
  // Stored 300 × 200; orientation 6 says: turn it a quarter clockwise to show it, 200 wide and 300 tall.
  const source = await sharp({ create: { width: 300, height: 200, channels: 3, background: '#336699' } })
    .withMetadata({ orientation: 6 })
    .jpeg()
    .toBuffer();
  await putImage(LEAD, source);
  const { planned, outDir } = await build(contentWith({ lead: LEAD }, { width: 2, height: 3 }));

  const lead = plannedOf(planned, LEAD);
  expect(lead.widths).toEqual([200]);
  const files = expectedFiles(lead);
  expect(files).toHaveLength(3);
  for (const file of files) {
    const metadata = await sharp(await readFile(path.join(outDir, file))).metadata();
    expect({ width: metadata.width, height: metadata.height, orientation: metadata.orientation }).toEqual({
      width: 200,
      height: 300,
      orientation: undefined,
    });
  }
});

test("a 16-bit photo's embedded colour profile is converted to sRGB, not dropped", async () => {
  // A Display P3 yellow, stored 16 bits a channel, as a raw converter exports it.
  const yellow = { r: 230, g: 200, b: 60 };
  const source = await sharp({ create: { width: 120, height: 80, channels: 3, background: yellow } })
    .withIccProfile('p3')
    .toColourspace('rgb16')
    .png()
    .toBuffer();
  expect((await sharp(source).metadata()).depth).toBe('ushort');
  await putImage(LEAD, source);
  const { planned, outDir } = await build(contentWith({ lead: LEAD }));

  for (const file of expectedFiles(plannedOf(planned, LEAD))) {
    const [r = 0, g = 0, b = 0] = await sharp(await readFile(path.join(outDir, file)))
      .raw()
      .toBuffer();
    // Its numbers taken as sRGB without conversion are 225, 201, 87: a washed-out yellow.
    expect(Math.max(Math.abs(r - yellow.r), Math.abs(g - yellow.g), Math.abs(b - yellow.b)), file).toBeLessThanOrEqual(
      3,
    );
  }
});

test('a photo replaced after its analysis fails the build, never published at the old address and size', async () => {
  await putImage(LEAD, await solid(450, 300, '#cc0000'));
  const other = await solid(300, 450, '#0000cc');
  const pipeline = startImagePipeline({ content: contentWith({ lead: LEAD }), contentDir, cacheDir });
  await pipeline.planned;
  // An editor saves another photo under the same name while the build runs.
  writeFileSync(path.join(contentDir, LEAD), other);
  const output = openOutput(path.join(root, 'out-replaced'));
  await expect(pipeline.writeTo(output)).rejects.toThrow(
    'articles/one.json: image.src: "images/Harbour View.jpg" changed while the site was built: build again',
  );
  output.abort();
  // Nothing cached under the analysed file's key.
  expect(await readdir(cacheDir).catch(() => [])).toEqual([]);
});

test('a photo deleted after its analysis fails the build as a content problem, not a stack trace', async () => {
  await putImage(LEAD, await solid(450, 300, '#cc0000'));
  const pipeline = startImagePipeline({ content: contentWith({ lead: LEAD }), contentDir, cacheDir });
  await pipeline.planned;
  rmSync(path.join(contentDir, LEAD));
  const output = openOutput(path.join(root, 'out-deleted'));
  const failure = await pipeline.writeTo(output).catch((error: unknown) => error);
  output.abort();
  expect(failure).toBeInstanceOf(ContentProblems);
  expect(failure instanceof Error ? failure.message : '').toBe(
    'articles/one.json: image.src: "images/Harbour View.jpg" cannot be read (ENOENT): it changed while the site was built: build again',
  );
});

test("a variant's name keeps at most 60 characters of its source's, so a long file name still builds", () => {
  expect(publicName(`images/${'a'.repeat(245)}.png`)).toBe('a'.repeat(60));
  expect(publicName('images/Harbour View.JPG')).toBe('harbour-view');
  expect(publicName(`images/${'a'.repeat(59)} b.jpg`)).toBe('a'.repeat(59));
  expect(publicName('images/😀.jpg')).toBe('image');
});

test('a photo gone before its analysis is reported once, as a read that failed', async () => {
  const pipeline = startImagePipeline({ content: contentWith({ lead: LEAD }), contentDir, cacheDir });
  const failure = await pipeline.planned.catch((error: unknown) => error);
  expect(failure).toBeInstanceOf(ContentProblems);
  expect(failure instanceof Error ? failure.message : '').toBe(
    'articles/one.json: image.src: "images/Harbour View.jpg" cannot be read (ENOENT): it changed while the site was built: build again',
  );
});

test('a photo replaced by one of another shape since the content check fails the build, never drawn in the wrong box', async () => {
  // The content check read a landscape photo; a portrait one is there by the time it is analysed.
  await putImage(LEAD, await solid(300, 450, '#0000cc'));
  const failure = await build(contentWith({ lead: LEAD })).catch((error: unknown) => error);
  expect(failure).toBeInstanceOf(ContentProblems);
  expect(failure instanceof Error ? failure.message : '').toBe(
    'articles/one.json: image.src: "images/Harbour View.jpg" changed while the site was built: build again',
  );
});
