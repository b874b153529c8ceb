import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig, type UserConfig } from 'vite';

import { basePathSetting } from './scripts/base-path-setting.ts';
import { appChunk } from './scripts/vite/app-chunk.ts';
import { contentLoaderPlugin, type ContentLoaderOptions } from './scripts/vite/content-loader-plugin.ts';
import { createContentState } from './scripts/vite/content-state.ts';
import { devContentImagesPlugin } from './scripts/vite/dev-content-images-plugin.ts';
import { devDataFilesPlugin } from './scripts/vite/dev-data-files-plugin.ts';
import { devPageIslandsPlugin } from './scripts/vite/dev-page-islands-plugin.ts';
import { earlyScriptPlugin } from './scripts/vite/early-script-plugin.ts';
import { lazyChunkPreloadPlugin } from './scripts/vite/lazy-chunk-preload-plugin.ts';
import { previewStaticHostPlugin } from './scripts/vite/preview-static-host-plugin.ts';
import { reactRouterProductionPlugin } from './scripts/vite/react-router-production-plugin.ts';
import { siteModulePlugin } from './scripts/vite/site-module-plugin.ts';
import { warmupPlugin } from './scripts/vite/warmup-plugin.ts';
import { PAGE_KINDS } from './src/lib/page-kinds.ts';

/** The one Vite configuration; scripts/build.ts passes the content it has already checked. */
export function viteConfig(options: ContentLoaderOptions = {}): UserConfig {
  // The content loader fills it; the plugins after it read what they need.
  const content = createContentState();
  const app = appChunk();
  return {
    base: basePathSetting(),
    plugins: [
      react(),
      reactRouterProductionPlugin(),
      tailwindcss(),
      earlyScriptPlugin(),
      lazyChunkPreloadPlugin(),
      app.plugin,
      contentLoaderPlugin(content, options),
      siteModulePlugin(content),
      devDataFilesPlugin(content),
      devPageIslandsPlugin(content),
      devContentImagesPlugin(content),
      previewStaticHostPlugin(),
      warmupPlugin(content, [
        '/src/app/main.tsx',
        ...new Set(Object.values(PAGE_KINDS).flatMap(({ view }) => (view === null ? [] : [`/src/${view.module}`]))),
      ]),
    ],
    build: {
      // One stylesheet for every view: a reader's first page fetches it, and every later page finds it cached.
      cssCodeSplit: false,
      // Tells the prerender which chunk holds each view, to start it with the app after first paint (a modulepreload
      // in the app-start template).
      manifest: true,
      // Every browser we support knows <link rel="modulepreload">; the polyfill would be dead weight on every page.
      modulePreload: { polyfill: false },
      rolldownOptions: {
        output: {
          codeSplitting: {
            // The code every first load runs and the code used by two or more views go into one chunk that loads
            // with the entry (app-chunk.ts), instead of a dozen small ones: fewer requests, better compression, and
            // no view waits on a second round of imports.
            groups: [{ name: 'app', test: app.test }],
          },
        },
      },
    },
    preview: { port: 4173, strictPort: true },
    server: {
      port: 5173,
      // Build outputs and benchmark corpora (.gitignore), tens of thousands of files: Vite's watcher would watch each.
      watch: { ignored: ['**/.cache/**', '**/dist/**', '**/dist-*/**', '**/dist.*/**', '**/.dist-*/**'] },
    },
    // Pre-bundled at start-up, so the first page load never triggers a dependency re-optimisation and reload.
    optimizeDeps: {
      // The app's one page: otherwise Vite crawls every HTML file in the project (dist-*/, benchmark builds) at start-up.
      entries: ['index.html'],
      include: [
        'react',
        'react/jsx-runtime',
        'react/jsx-dev-runtime',
        'react-dom/client',
        'react-router',
        'react-router/dom',
      ],
    },
  };
}

export default defineConfig(viteConfig());
