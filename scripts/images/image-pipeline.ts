/**
 * Makes the variants of every image in the content folder (decision 007), alongside the rest of the build:
 * scripts/build.ts starts it as soon as the content is checked. Each image is analysed first (its hash, size and
 * tone), which fixes every variant's address for the view model; encoding then goes on in the background, on every
 * core, and reuses the cache (variant-cache.ts) for any image whose file and settings are unchanged. The original
 * files are never copied to the output.
 *
 * An analysis reads the whole file and decodes it, about an eighth of a second of a core for a 4 MB camera JPEG:
 * two minutes of every build for 2,000 photos. So each is kept beside the variant cache with the file's stamp (inode,
 * size, modification and change times, as the content loader compares them), and an image whose file has the same
 * stamp is not read again, as long as the analyses were made by the same analysis, palette and sharp
 * (analyse-image.ts: analyserKey); a clean build analyses every image.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';

import { z } from 'zod';

import { currentStamp, MISSING_STAMP } from '../content/content-file.ts';
import { HASHED_ASSETS } from '../csp.ts';
import type { KeptFiles } from '../kept-files.ts';
import type { OutputWriter } from '../output-writer.ts';
import { readCacheFile, writeAtomically } from '../page-cache.ts';
import { planVariants, type VariantPlan } from '../../src/build/images/plan-variants.ts';
import type { Content } from '../../src/build/view-model/catalogue.ts';
import { analyseImage, analyserKey, type AnalysedImage } from './analyse-image.ts';
import { ContentProblems, quote } from '../content/problem.ts';
import { imagesBySrc, imageUsesOf, type PlacedImage } from './content-images.ts';
import { ENCODER_SETTINGS } from './encoder-settings.ts';
import { encodeVariants, variantFileName } from './encode-variants.ts';
import { loadSharp } from './load-sharp.ts';
import { slots } from '../slots.ts';
import { variantCache } from './variant-cache.ts';

/** How far a drawn size's aspect ratio may be from the file's: the content format's 1 %. */
const ASPECT_TOLERANCE = 0.01;

/** Where variants are published in the output, with the other hashed assets (cached for a year, immutable). */
export const VARIANTS_DIR = `${HASHED_ASSETS.dir}/images`;

/** An image's variants, as the view model addresses them (content-images.ts: variantResolver). */
export type PlannedImage = {
  /** Inside the output, without the base: `${VARIANTS_DIR}/harbour-0123456789`; each file adds `-${width}.${format}`. */
  stem: string;
  widths: number[];
  fallback: 'jpg' | 'png';
  tone: number;
};

export type ImageBuildReport = {
  images: number;
  files: number;
  /** Images whose file was read and analysed: new or changed since the last build, or all of them in a clean one. */
  analysed: number;
  encoded: number;
  /** Images whose variants came from the cache. */
  reused: number;
  /** Images whose variants were already in the output as the last build left them: neither read nor written. */
  kept: number;
  pruned: number;
};

export type ImagePipeline = {
  /** Every content image's variants by `src`, once each is analysed. Rejects when a file cannot be read. */
  planned: Promise<ReadonlyMap<string, PlannedImage>>;
  /** Waits for every variant, writes them into the output (unchanged ones stay as they are) and clears the cache of entries no image uses. */
  writeTo(output: Pick<OutputWriter, 'write' | 'keep'>): Promise<ImageBuildReport>;
  /** Once the output is committed: records its variants in `kept`, for the next build. */
  recordKept(): void;
};

/**
 * Where a content folder's variants are cached: with the project's other caches, one folder per content folder, so
 * that building one never prunes another's.
 */
export function imageCacheDir(projectRoot: string, contentDir: string): string {
  const folder = createHash('sha256').update(path.resolve(contentDir)).digest('hex').slice(0, 12);
  return path.join(projectRoot, 'node_modules/.cache/broadsheet/images', folder);
}

/**
 * How encode-variants.ts makes variants, beside its settings: change it whenever the same file, plan and settings
 * would give other pixels (2: embedded profiles of 16-bit images converted).
 */
const ENCODING_VERSION = 2;

/** The cache key: the file's bytes, the variants planned from it, the encoding, its settings and the encoder. */
function cacheKey(hash: string, plan: VariantPlan, versions: { sharp: string; vips: string }): string {
  const { sharp, vips } = versions;
  const settings = JSON.stringify({ hash, plan, ENCODING_VERSION, ENCODER_SETTINGS, sharp, vips });
  return createHash('sha256').update(settings).digest('hex');
}

/**
 * The most of a source's name a variant's file name keeps: with `-<key>-<width>.<format>` it stays far below the
 * 255 bytes a file name may have (a longer name failed the build's write with ENAMETOOLONG).
 */
const PUBLIC_NAME_MAX = 60;

/** A file name readers may see: the source's name, lower-case, letters, digits and hyphens, at most 60 of them. */
export function publicName(src: string): string {
  const name = path
    .basename(src, path.extname(src))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, PUBLIC_NAME_MAX);
  return name.replace(/^-+|-+$/g, '') || 'image';
}

/** `hash`: the file's bytes as analysed, which its variants must be made from. */
type Job = { src: string; hash: string; key: string; plan: VariantPlan; planned: PlannedImage; inOutput: boolean };

const ANALYSES_VERSION = 2;
const AnalysedSchema = z.object({
  hash: z.string(),
  width: z.number(),
  height: z.number(),
  hasAlpha: z.boolean(),
  tone: z.number(),
}) satisfies z.ZodType<AnalysedImage>;
const AnalysesSchema = z.object({
  version: z.literal(ANALYSES_VERSION),
  /** What made them (analyserKey): another analysis, palette or sharp makes every image's analysis again. */
  analyser: z.string(),
  images: z.record(z.string(), z.object({ stamp: z.string(), analysed: AnalysedSchema })),
});
type Analyses = z.infer<typeof AnalysesSchema>['images'];

/** Beside the variant cache's folder, whose pruning removes any name in it that is not an entry. */
export const analysesFile = (cacheDir: string) => `${cacheDir}.analyses.json`;

export function startImagePipeline(options: {
  content: Content;
  contentDir: string;
  cacheDir: string;
  /** Analyse every image again, whatever the kept analyses say. */
  clean?: boolean;
  /** The variants the output holds as the last build left them (kept-files.ts): those are not read again. */
  kept?: KeptFiles;
}): ImagePipeline {
  const { content, contentDir, cacheDir } = options;
  const cache = variantCache(cacheDir);
  const cores = availableParallelism();
  // sharp jobs on every core; a few more images in flight than cores, so each waits for a core, not for a file.
  const slot = slots(cores);
  const inFlight = slots(cores * 2);
  const placed = imagesBySrc(content);
  const imageUses = [...imageUsesOf(placed)];
  /** `message` as a content problem at each place that draws `src` (or at those of `places`). */
  const problemsWith = (src: string, message: string, places: readonly PlacedImage[] = placed.get(src) ?? []) =>
    new ContentProblems(places.map(({ file, path: where }) => ({ file, path: where, message })));
  /** The file's bytes; one gone or unreadable since the content check is a content problem, named where it is used. */
  const read = async (src: string) => {
    try {
      return await readFile(path.join(contentDir, src));
    } catch (error) {
      const code = error instanceof Error && 'code' in error ? String(error.code) : 'unknown error';
      const message = `${quote(src)} cannot be read (${code}): it changed while the site was built: build again`;
      throw problemsWith(src, message);
    }
  };
  const damaged = `warning: the images' analyses in ${analysesFile(cacheDir)} are damaged; every image is analysed again`;
  const known =
    options.clean === true || imageUses.length === 0
      ? null
      : readCacheFile(analysesFile(cacheDir), AnalysesSchema, ANALYSES_VERSION, damaged);
  // sharp (loaded once, by the first image's job) names the analyser: a folder without images never loads it.
  const analyser = async () => analyserKey((await loadSharp()).versions);
  const analyses: Analyses = {};
  let analysed = 0;
  /** Each variant this build put in the output, with its image's cache key. */
  const writtenKeys = new Map<string, string>();

  /**
   * The content check reads an image's header only (decoding 2,000 photos would take minutes): a file damaged
   * after it, a truncated JPEG for one, fails here, named where the content points to it.
   */
  const decoding = async <T>(src: string, work: Promise<T>): Promise<T> => {
    try {
      return await work;
    } catch (error) {
      // A read that failed (read) has said so already.
      if (error instanceof ContentProblems) throw error;
      const reason = error instanceof Error ? error.message : String(error);
      const message = `${quote(src)} cannot be decoded, the file is damaged or not a whole image (${reason.trim()})`;
      throw problemsWith(src, message);
    }
  };

  const jobs = Promise.all(
    imageUses.map(([src, uses]) =>
      inFlight(async (): Promise<Job> => {
        // Stamped before it is read: a file changed meanwhile has another stamp by the next build.
        const stamp = currentStamp(path.join(contentDir, src));
        const kept = known?.images[src];
        let image: AnalysedImage;
        // A file that is not there has nothing to keep: its analysis, kept or not, is a read that fails.
        const same = kept !== undefined && kept.stamp === stamp && stamp !== MISSING_STAMP;
        if (same && known?.analyser === (await analyser())) image = kept.analysed;
        else {
          image = await decoding(
            src,
            slot(async () => analyseImage(await read(src))),
          );
          analysed += 1;
        }
        // The pages are drawn at the sizes the content check read (or was given): a file replaced since then, by
        // a photo of another shape, would be published in a box of the wrong shape.
        const { width, height } = image;
        const drawnElsewise = (placed.get(src) ?? []).filter(
          (use) => Math.abs(use.image.width / use.image.height / (width / height) - 1) > ASPECT_TOLERANCE,
        );
        if (drawnElsewise.length > 0) {
          throw problemsWith(src, `${quote(src)} changed while the site was built: build again`, drawnElsewise);
        }
        analyses[src] = { stamp, analysed: image };
        const plan = planVariants(image, uses);
        const key = cacheKey(image.hash, plan, (await loadSharp()).versions);
        const stem = `${VARIANTS_DIR}/${publicName(src)}-${key.slice(0, 10)}`;
        const planned = { stem, widths: plan.widths, fallback: plan.fallback, tone: image.tone };
        return { src, hash: image.hash, key, plan, planned, inOutput: false };
      }),
    ),
  );

  const counts = { encoded: 0, reused: 0, kept: 0 };
  const fileOf = (job: Job, name: string) => `${job.planned.stem}-${name}`;
  const encoded = jobs.then((all) =>
    Promise.all(
      all.map((job) =>
        inFlight(async () => {
          const names = job.plan.variants.map(variantFileName);
          // What the output has is what a verified cache entry gave the last build: no need to read either.
          if (
            options.kept !== undefined &&
            names.every((name) => options.kept?.isCurrent(fileOf(job, name), job.key))
          ) {
            counts.kept += 1;
            return { ...job, inOutput: true };
          }
          if ((await cache.read(job.key, names)) !== null) {
            counts.reused += 1;
            return job;
          }
          const bytes = await read(job.src);
          // Read a second time, maybe a minute after its analysis: a photo saved meanwhile would be published at
          // the old one's address and size, and cached under the old one's key.
          if (createHash('sha256').update(bytes).digest('hex') !== job.hash) {
            const message = `${quote(job.src)} changed while the site was built: build again`;
            throw problemsWith(job.src, message);
          }
          await cache.write(job.key, await decoding(job.src, encodeVariants(bytes, job.plan, slot)));
          counts.encoded += 1;
          return job;
        }),
      ),
    ),
  );
  // Failures surface through `planned` and `writeTo`; an unobserved rejection here would end the process first.
  encoded.catch(() => undefined);

  const planned = jobs.then(async (all) => {
    // Only this build's images: one that left the content leaves the file.
    if (all.length > 0) {
      const record = { version: ANALYSES_VERSION, analyser: await analyser(), images: analyses };
      writeAtomically(analysesFile(cacheDir), JSON.stringify(record));
    }
    return new Map(all.map((job) => [job.src, job.planned]));
  });
  // The build awaits it once its bundles are made: a damaged image found before then must wait, not end the process.
  planned.catch(() => undefined);

  return {
    planned,

    async writeTo(output) {
      const all = await encoded;
      let files = 0;
      for (const job of all) {
        for (const variant of job.plan.variants) {
          const name = variantFileName(variant);
          const file = fileOf(job, name);
          if (job.inOutput) output.keep([file]);
          else output.write(file, await readFile(cache.pathOf(job.key, name)));
          writtenKeys.set(file, job.key);
          files += 1;
        }
      }
      const pruned = await cache.prune(new Set(all.map((job) => job.key)));
      return { images: all.length, files, analysed, ...counts, pruned };
    },

    recordKept() {
      options.kept?.record(writtenKeys);
    },
  };
}
