/**
 * At build, publishes the content images as hashed assets and writes the
 * per-address data files (src/build/view-model/page-data.ts) into the output.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import type { Plugin, ResolvedConfig } from 'vite';

import { buildPageData, type PageData } from '../../src/build/view-model/page-data.ts';
import { contentImagePaths, imageUrlResolver } from './content-images.ts';
import type { ContentState } from './content-state.ts';

export type EmitContentOptions = {
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

    generateBundle() {
      // The prerender's server build needs the site module, not another copy of the data.
      if (!state.loaded.ok || config.build.ssr) return;
      const urls = new Map<string, string>();
      for (const src of contentImagePaths(state.loaded.content)) {
        const reference = this.emitFile({
          type: 'asset',
          name: path.basename(src),
          originalFileName: src,
          source: readFileSync(path.join(state.dir, src)),
        });
        urls.set(src, `${config.base}${this.getFileName(reference)}`);
      }
      pageData = buildPageData(state.loaded.content, imageUrlResolver(urls));
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
