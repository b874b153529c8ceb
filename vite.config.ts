import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

import { contentPlugin } from './scripts/content-plugin.ts';

/** BASE_PATH=/news/ serves the site under a sub-path. */
function basePath(value: string | undefined): string {
  if (value === undefined || value === '') return '/';
  return `/${value.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
}

export default defineConfig({
  base: basePath(process.env.BASE_PATH),
  plugins: [react(), tailwindcss(), contentPlugin()],
  build: {
    // One small stylesheet is cheaper than a second request; Vite inlines nothing by default.
    cssCodeSplit: false,
    reportCompressedSize: true,
  },
  preview: { port: 4173, strictPort: true },
  server: { port: 5173 },
});
