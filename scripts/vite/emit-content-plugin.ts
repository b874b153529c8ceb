/**
 * At build, writes the data files many addresses share (src/build/view-model/page-data.ts; each address's own
 * data goes into its page, scripts/prerender.ts) into the output, with each
 * content image addressed by its variants (scripts/images/image-pipeline.ts, which scripts/build.ts runs).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import type { Plugin, ResolvedConfig } from 'vite';

import { buildPageData, type PageData } from '../../src/build/view-model/page-data.ts';
import { variantResolver } from '../images/content-images.ts';
import type { ImagePipeline } from '../images/image-pipeline.ts';
import type { ContentState } from './content-state.ts';

export type EmitContentOptions = {
  /** The image variants being made for this build; without them, a build stops (run `npm run build`). */
  images?: ImagePipeline;
  /** Called during a client build (generateBundle) with the page data it is about to write, for the prerender. */
  onPageData?: (data: PageData) => void;
};

export function emitContentPlugin(state: ContentState, options: EmitContentOptions = {}): Plugin {
  let config: ResolvedConfig;
  let pageData: PageData | null = null;

  return {
    name: 'broadsheet:emit-content',
    apply: 'build',

    configResolved(resolved) {
      config = resolved;
    },

    async generateBundle() {
      // The prerender's server build needs the site module, not another copy of the data.
      if (!state.loaded.ok || config.build.ssr) return;
      if (options.images === undefined) {
        this.error('the image variants are made by scripts/build.ts: build with `npm run build`');
      }
      const planned = await options.images.planned;
      pageData = buildPageData(state.loaded.content, variantResolver(planned, config.base));
      options.onPageData?.(pageData);
    },

    // Tens of thousands of small files: written straight to disk, which is
    // several times faster than passing each through the bundler as an asset.
    writeBundle(output) {
      if (pageData === null || output.dir === undefined) return;
      const outDir = output.dir;
      const folders = new Set<string>();
      for (const { path: fileName, data } of pageData.files) {
        const target = path.join(outDir, fileName);
        const folder = path.dirname(target);
        if (!folders.has(folder)) {
          mkdirSync(folder, { recursive: true });
          folders.add(folder);
        }
        writeFileSync(target, JSON.stringify(data));
      }
      pageData = null;
    },
  };
}
