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
import type { ImageResolver } from '../../src/build/view-model/enhance-image.ts';
import { contentImagePaths, originalResolver } from '../images/content-images.ts';
import type { ContentState } from './content-state.ts';
import { decodedPathname } from './request-path.ts';

/** Where the dev server serves content images from, under the base. */
const DEV_IMAGE_PREFIX = '@content/';

/** Each content image's address on the dev server. */
export function devImageUrls(content: Content, base: string): ImageResolver {
  return originalResolver(new Map(contentImagePaths(content).map((src) => [src, `${base}${DEV_IMAGE_PREFIX}${src}`])));
}

export function devContentImagesPlugin(state: ContentState): Plugin {
  return {
    name: 'broadsheet:dev-content-images',
    apply: 'serve',

    configureServer(server) {
      const prefix = `${server.config.base}${DEV_IMAGE_PREFIX}`;
      server.middlewares.use((req, res, next) => {
        const url = decodedPathname(req.url);
        if (url.startsWith(prefix) && state.loaded.ok) {
          const src = url.slice(prefix.length);
          // Only the images the content points to: never any other file of the folder.
          if (contentImagePaths(state.loaded.content).includes(src)) {
            res.setHeader('cache-control', 'no-store');
            res.end(readFileSync(path.join(state.dir, src)));
            return;
          }
        }
        next();
      });
    },
  };
}
