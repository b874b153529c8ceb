/**
 * The end-to-end suite's seven servers (e2e/ports.ts), started by one process: Playwright starts its web
 * servers one after another and polls each, and seven processes that each load tsx or Vite took about ten
 * seconds before the first test could run. Here they start side by side, and the bundled site's server, the
 * one Playwright waits for, listens last, once every other one does.
 *
 *   tsx scripts/test-servers.ts
 *
 * The `vite preview` servers are Vite's, with vite.config.ts (scripts/vite/preview-static-host-plugin.ts); the
 * others are the plain static host (scripts/static-server.ts). Each serves what `npm test` built before.
 */
import { existsSync } from 'node:fs';

import { preview } from 'vite';

import { PORTS } from '../e2e/ports.ts';
import { startStaticServer } from './static-server.ts';

async function vitePreview(outDir: string, port: number): Promise<void> {
  await preview({ build: { outDir }, preview: { port, strictPort: true }, logLevel: 'warn' });
}

const FOLDERS = ['dist', 'dist-fixture', 'dist-news', 'dist-payload', 'dist-images', 'dist-ghost'];
const missing = FOLDERS.filter((folder) => !existsSync(folder));
if (missing.length > 0) {
  console.error(`test-servers: ${missing.join(', ')} not built (npm test builds them)`);
  process.exit(1);
}

await Promise.all([
  vitePreview('dist-fixture', PORTS.fixture),
  vitePreview('dist-payload', PORTS.payload),
  startStaticServer({ root: 'dist', port: PORTS.static }),
  startStaticServer({ root: 'dist-news', port: PORTS.subpath, base: '/news/' }),
  startStaticServer({ root: 'dist-images', port: PORTS.images }),
  startStaticServer({ root: 'dist-ghost', port: PORTS.ghost }),
]);
await vitePreview('dist', PORTS.bundled);
console.log(`test servers listening on ports ${PORTS.bundled} to ${PORTS.ghost}`);
