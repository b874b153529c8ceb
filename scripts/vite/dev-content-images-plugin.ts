/**
 * The dev server serves the content's own images (`images/x.jpg` in the
 * content folder) under `@content/`, as they are: quick to show, and a
 * replaced file shows on the reload that follows it. A build publishes
 * variants instead, never the original (scripts/images/image-pipeline.ts).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

import type { Plugin } from 'vite';

import type { Content } from '../../src/build/view-model/catalogue.ts';
import { isContentPath } from '../../src/build/content/schema.ts';
import { singleImage, type ImageResolver } from '../../src/build/view-model/enhance-image.ts';
import { contentImagePaths } from '../images/content-images.ts';
import type { ContentState } from './content-state.ts';
import { contentMiddleware } from './content-middleware.ts';

/** Where the dev server serves content images from, under the base. */
const DEV_IMAGE_PREFIX = '@content/';

/**
 * The view model's addresses on the dev server: each content image's original file, which the browser shows upright
 * by its tag; any other `src` (an `https:` image) stays where it is. Every path into the folder that content names is
 * one of contentImagePaths, so no list of them is needed.
 */
export function devImageUrls(base: string): ImageResolver {
  return (src) => singleImage(isContentPath(src) ? `${base}${DEV_IMAGE_PREFIX}${src}` : src);
}

/** The images the content points to, listed once per version of the content: an article page asks for several. */
const servedImages = new WeakMap<Content, ReadonlySet<string>>();

function imagesOf(content: Content): ReadonlySet<string> {
  let images = servedImages.get(content);
  if (images === undefined) {
    images = new Set(contentImagePaths(content));
    servedImages.set(content, images);
  }
  return images;
}

export function devContentImagesPlugin(state: ContentState): Plugin {
  return {
    name: 'broadsheet:dev-content-images',
    apply: 'serve',

    configureServer(server) {
      const prefix = `${server.config.base}${DEV_IMAGE_PREFIX}`;
      server.middlewares.use(
        contentMiddleware(state, prefix, (url, res, next) => {
          const src = url.slice(prefix.length);
          // Only the images the content points to: never any other file of the folder.
          if (state.loaded.ok && imagesOf(state.loaded.content).has(src)) {
            res.setHeader('cache-control', 'no-store');
            res.end(readFileSync(path.join(state.dir, src)));
            return;
          }
          next();
        }),
      );
    },
  };
}
