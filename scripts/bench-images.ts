/**
 * `npm run bench:images`: what the image variants cost and save, on real camera photos (decision 007).
 *
 * The photos come from Debian's lomiri-wallpapers-20.04 package (free-licence photos of several MB), which this
 * script installs through apt when they are missing; nothing multi-megabyte is committed. It prints:
 * 1. each variant of the lead photo in bytes, beside the original and beside mozJPEG q80 at the same width, with
 *    SSIM against a lossless resize of the same width;
 * 2. the time to encode each photo's variants;
 * 3. a cold build (empty cache) against a warm one (unchanged content) of the bundled article with these photos;
 *    then BENCH_PHOTOS articles (default 2,000), each with the camera photo as a file of its own, built cold,
 *    unchanged and with one title edited: what each publication costs once a newsroom's photos are encoded;
 * 4. Lighthouse mobile on that article: performance, LCP, and the bytes of the lead photo the phone downloads.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';

import sharp from 'sharp';
import { preview } from 'vite';
import { z } from 'zod';

import { planVariants } from '../src/build/images/plan-variants.ts';
import { analyseImage } from './images/analyse-image.ts';
import { encodeVariants, variantFileName } from './images/encode-variants.ts';
import { imageCacheDir } from './images/image-pipeline.ts';
import { slots } from './slots.ts';
import { openLighthouse } from './lighthouse-runs.ts';

const root = path.resolve(import.meta.dirname, '..');
const PACKAGE = 'lomiri-wallpapers-20.04';
const BACKGROUNDS = '/usr/share/backgrounds';
/**
 * The lead photo first: a 4.2 MB, 6028 × 3391 camera JPEG (a nuthatch, by Lukas Baubkus, CC BY-SA 3.0); then a
 * 6.4 MB 4096² composite and a 0.3 MB 4096 × 2304 graphic, for encoding times.
 */
const PHOTOS = ['Kleiber_by_Lukas_Baubkus.jpg', 'Infinite-Sea_by_Aury88.jpg', 'Fossa_by_Jasper_Roks.jpg'];
const RUNS = Math.max(1, Number(process.env.LIGHTHOUSE_RUNS ?? 3));
const PORT = 4311;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const table = (header: string[], rows: string[][]) =>
  [header, header.map(() => '---'), ...rows].map((row) => `| ${row.join(' | ')} |`).join('\n');

function ensurePhotos(): string[] {
  const files = PHOTOS.map((name) => path.join(BACKGROUNDS, name));
  if (files.every((file) => existsSync(file))) return files;
  console.log(`installing ${PACKAGE} through apt for its camera photos…`);
  const install = () =>
    spawnSync('apt-get', ['install', '-y', '--no-install-recommends', PACKAGE], { stdio: 'inherit' });
  if (install().status !== 0) {
    spawnSync('apt-get', ['update'], { stdio: 'inherit' });
    install();
  }
  const missing = files.filter((file) => !existsSync(file));
  if (missing.length > 0) throw new Error(`no photos at ${missing.join(', ')}: install ${PACKAGE} (apt) and run again`);
  return files;
}

/** Mean SSIM over 8 × 8 blocks of the luma: 1 is identical. Enough to compare encoders at one width. */
function ssim(a: Buffer, b: Buffer, width: number, height: number): number {
  const c1 = (0.01 * 255) ** 2;
  const c2 = (0.03 * 255) ** 2;
  let sum = 0;
  let blocks = 0;
  for (let y = 0; y + 8 <= height; y += 8) {
    for (let x = 0; x + 8 <= width; x += 8) {
      let meanA = 0;
      let meanB = 0;
      for (let j = 0; j < 8; j += 1)
        for (let i = 0; i < 8; i += 1) {
          meanA += a[(y + j) * width + x + i] ?? 0;
          meanB += b[(y + j) * width + x + i] ?? 0;
        }
      meanA /= 64;
      meanB /= 64;
      let varA = 0;
      let varB = 0;
      let cov = 0;
      for (let j = 0; j < 8; j += 1)
        for (let i = 0; i < 8; i += 1) {
          const da = (a[(y + j) * width + x + i] ?? 0) - meanA;
          const db = (b[(y + j) * width + x + i] ?? 0) - meanB;
          varA += da * da;
          varB += db * db;
          cov += da * db;
        }
      varA /= 63;
      varB /= 63;
      cov /= 63;
      sum += ((2 * meanA * meanB + c1) * (2 * cov + c2)) / ((meanA ** 2 + meanB ** 2 + c1) * (varA + varB + c2));
      blocks += 1;
    }
  }
  return sum / blocks;
}

const luma = (image: Buffer) => sharp(image).greyscale().raw().toBuffer();

const photos = ensurePhotos();
const [leadFile] = photos;
if (leadFile === undefined) throw new Error('no lead photo');
const cores = availableParallelism();

// 1. The lead photo's variants.
const lead = readFileSync(leadFile);
const analysed = await analyseImage(lead);
const plan = planVariants(analysed, new Set(['lead']));
const variants = await encodeVariants(lead, plan, slots(cores));
const variantRows: string[][] = [];
for (const width of plan.widths) {
  const reference = await sharp(lead)
    .autoOrient()
    .resize({ width })
    .greyscale()
    .raw()
    .toBuffer({ resolveWithObject: true });
  const { width: w, height: h } = reference.info;
  const score = async (bytes: Buffer) => ssim(reference.data, await luma(bytes), w, h).toFixed(4);
  const mozjpeg = await sharp(lead).autoOrient().resize({ width }).jpeg({ quality: 80, mozjpeg: true }).toBuffer();
  const cells = [String(width), kb(mozjpeg.length), await score(mozjpeg)];
  for (const format of ['avif', 'webp', 'jpg'] as const) {
    const bytes = variants.get(variantFileName({ width, format }));
    if (bytes === undefined) throw new Error(`no ${format} at ${width}`);
    cells.push(kb(bytes.length), await score(bytes));
  }
  variantRows.push(cells);
}

// 2. Encoding time per photo.
const encodeRows: string[][] = [];
for (const file of photos) {
  const bytes = readFileSync(file);
  const started = performance.now();
  const image = await analyseImage(bytes);
  const photoPlan = planVariants(image, new Set(['lead']));
  await encodeVariants(bytes, photoPlan, slots(cores));
  encodeRows.push([
    path.basename(file),
    `${(bytes.length / 1024 / 1024).toFixed(1)} MB`,
    `${image.width} × ${image.height}`,
    String(photoPlan.variants.length),
    `${((performance.now() - started) / 1000).toFixed(1)} s`,
  ]);
}

// 3. A cold build and a warm one: the bundled content, with the camera photos as the article's photos.
const scratch = mkdtempSync(path.join(tmpdir(), 'bench-images-'));
const contentDir = path.join(scratch, 'content');
const outDir = path.join(scratch, 'dist');
cpSync(path.join(root, 'src/content'), contentDir, { recursive: true });
const imagesDir = path.join(contentDir, 'images');
cpSync(leadFile, path.join(imagesDir, 'lead.jpg'));
photos.slice(1).forEach((file, index) => {
  cpSync(file, path.join(imagesDir, `body-${index + 1}.jpg`));
});
const articleFile = path.join(
  contentDir,
  'articles',
  'kim-jong-un-reportedly-awards-troops-who-fought-for-russia.json',
);
const article = z.looseObject({ body: z.array(z.unknown()) }).parse(JSON.parse(readFileSync(articleFile, 'utf8')));
const withPhotos = {
  ...article,
  // Width and height left out: read from the file, as a newsroom's folder would.
  image: {
    src: 'images/lead.jpg',
    alt: 'A nuthatch head-down on a tree trunk',
    credit: 'Photo: Lukas Baubkus, CC BY-SA 3.0',
  },
  body: [
    ...article.body.slice(0, 3),
    { type: 'image', src: 'images/body-1.jpg', alt: 'The Milky Way over a violet sea' },
    ...article.body.slice(3),
    { type: 'image', src: 'images/body-2.jpg', alt: 'Purple and orange curves' },
  ],
};
writeFileSync(articleFile, JSON.stringify(withPhotos, null, 2));

const build = (content = contentDir, out = outDir) => {
  const started = performance.now();
  const output = execFileSync(path.join(root, 'node_modules/.bin/tsx'), ['scripts/build.ts'], {
    cwd: root,
    env: { ...process.env, CONTENT_DIR: content, OUT_DIR: out },
    encoding: 'utf8',
  });
  const seconds = (performance.now() - started) / 1000;
  const line = output.split('\n').find((text) => text.startsWith('images:')) ?? '';
  return { seconds, line };
};
rmSync(imageCacheDir(root, contentDir), { recursive: true, force: true });
const cold = build();
const warm = build();
const allVariantBytes = [...variants.values()].reduce((sum, bytes) => sum + bytes.length, 0);

// 3b. A newsroom's photos: BENCH_PHOTOS articles (default 2,000), each with the camera JPEG as its lead photo and no
// sizes in its JSON, built cold, then again unchanged, then with one article's title edited: what every publication
// costs once the photos are encoded. Each article has a file of its own, a hard link to one copy: every file is
// read, sized and analysed as a distinct photo would be, but their bytes are the same, so they are encoded once
// (the encoding time of a photo is table 2's).
const photoCount = Math.max(1, Number(process.env.BENCH_PHOTOS ?? 2000));
const manyDir = path.join(scratch, 'many');
const manyOut = path.join(scratch, 'many-dist');
cpSync(path.join(root, 'src/content'), manyDir, { recursive: true });
rmSync(path.join(manyDir, 'articles'), { recursive: true, force: true });
mkdirSync(path.join(manyDir, 'articles'), { recursive: true });
mkdirSync(path.join(manyDir, 'images'), { recursive: true });
const onePhoto = path.join(scratch, 'photo.jpg');
cpSync(leadFile, onePhoto);
const manyArticle = (index: number, suffix = '') => ({
  ...article,
  slug: `photo-${index}`,
  title: `A nuthatch, photo ${index}${suffix}`,
  image: { src: `images/photo-${index}.jpg`, alt: 'A nuthatch head-down on a tree trunk' },
});
for (let index = 0; index < photoCount; index += 1) {
  const file = path.join(manyDir, 'images', `photo-${index}.jpg`);
  try {
    linkSync(onePhoto, file);
  } catch {
    cpSync(onePhoto, file);
  }
  writeFileSync(path.join(manyDir, 'articles', `photo-${index}.json`), JSON.stringify(manyArticle(index), null, 2));
}
rmSync(imageCacheDir(root, manyDir), { recursive: true, force: true });
const manyCold = build(manyDir, manyOut);
const manyWarm = build(manyDir, manyOut);
writeFileSync(path.join(manyDir, 'articles', 'photo-0.json'), JSON.stringify(manyArticle(0, ', edited'), null, 2));
const manyEdited = build(manyDir, manyOut);
rmSync(imageCacheDir(root, manyDir), { recursive: true, force: true });

// 4. Lighthouse on the article, as a phone.
// `vite preview`, as bench:lighthouse measures: it compresses, as any CDN would.
const server = await preview({
  root,
  build: { outDir },
  preview: { port: PORT, strictPort: true },
  logLevel: 'silent',
});
const articleUrl = `http://localhost:${PORT}/articles/kim-jong-un-reportedly-awards-troops-who-fought-for-russia`;
const lighthouse = await openLighthouse(`http://localhost:${PORT}/`);
let lighthouseRow: string[] = [];
let version = '';
try {
  const { median, lowest, highest } = await lighthouse.measure(articleUrl, RUNS);
  version = median.lighthouseVersion;
  const details = median.audits['network-requests']?.details;
  const requests = details?.type === 'table' ? details.items : [];
  const urlOf = (item: (typeof requests)[number]) => (typeof item.url === 'string' ? item.url : '');
  const leadRequests = requests.filter((item) => urlOf(item).includes('/assets/images/lead-'));
  const leadBytes = leadRequests.reduce((sum, item) => sum + Number(item.transferSize ?? 0), 0);
  lighthouseRow = [
    String(Math.round((median.categories.performance?.score ?? 0) * 100)),
    lowest === highest ? String(lowest) : `${lowest}–${highest}`,
    median.audits['largest-contentful-paint']?.displayValue ?? '?',
    leadRequests.map((item) => path.basename(urlOf(item))).join(', '),
    kb(leadBytes),
  ];
} finally {
  lighthouse.close();
  await server.close();
  if (process.env.BENCH_KEEP === undefined) rmSync(scratch, { recursive: true, force: true });
  else console.log(`kept ${scratch}`);
}

console.log(
  `\n## Variants of ${path.basename(leadFile)} (${kb(lead.length)}, ${analysed.width} × ${analysed.height})\n`,
);
console.log(
  table(
    ['width', 'mozJPEG q80', 'SSIM', 'AVIF (ours)', 'SSIM', 'WebP (ours)', 'SSIM', 'JPEG (ours)', 'SSIM'],
    variantRows,
  ),
);
console.log(
  `\nAll ${plan.variants.length} variants together: ${kb(allVariantBytes)}, against ${kb(lead.length)} for the original.`,
);
console.log(`\n## Encoding, on ${cores} cores (sharp ${sharp.versions.sharp}, libvips ${sharp.versions.vips})\n`);
console.log(table(['photo', 'file', 'size', 'variants', 'analyse + encode'], encodeRows));
console.log('\n## Builds of the bundled article with these three photos\n');
console.log(
  table(
    ['build', 'time', 'images'],
    [
      ['cold (empty cache)', `${cold.seconds.toFixed(1)} s`, cold.line],
      ['warm (unchanged)', `${warm.seconds.toFixed(1)} s`, warm.line],
    ],
  ),
);
console.log(`\nwarm / cold: ${(warm.seconds / cold.seconds).toFixed(2)}`);
console.log(`\n## ${photoCount} articles, each with ${path.basename(leadFile)} as a file of its own (one encoding)\n`);
console.log(
  table(
    ['build', 'time', 'images'],
    [
      ['cold (empty cache)', `${manyCold.seconds.toFixed(1)} s`, manyCold.line],
      ['unchanged', `${manyWarm.seconds.toFixed(1)} s`, manyWarm.line],
      ['one title edited', `${manyEdited.seconds.toFixed(1)} s`, manyEdited.line],
    ],
  ),
);
console.log(`\n## Lighthouse ${version}, mobile preset (412 × 823 at DPR 1.75), median of ${RUNS} runs\n`);
console.log(table(['performance', 'range', 'LCP', 'lead photo fetched', 'its bytes'], [lighthouseRow]));
console.log(`\n(the article with a ${kb(statSync(leadFile).size)} camera JPEG as its lead photo)`);
