/**
 * Builds ship react-router's production build. Its package.json exports only
 * dist/development, whose dev warnings (`ENABLE_DEV_WARNINGS = true`) stay in
 * the bundle and cost every reader ~2 KB gzip of code they never need
 * (remix-run/react-router#14102, open). The production files are the same
 * code with the flag off. The dev server keeps the development build and
 * its warnings.
 */
import { createRequire } from 'node:module';
import path from 'node:path';

import type { Plugin } from 'vite';

const require = createRequire(import.meta.url);
const productionDir = path.join(path.dirname(require.resolve('react-router/package.json')), 'dist/production');

export function reactRouterProductionPlugin(): Plugin {
  return {
    name: 'broadsheet:react-router-production',
    apply: 'build',
    config: () => ({
      resolve: {
        alias: [
          { find: /^react-router$/, replacement: path.join(productionDir, 'index.mjs') },
          { find: /^react-router\/dom$/, replacement: path.join(productionDir, 'dom-export.mjs') },
        ],
      },
    }),
  };
}
