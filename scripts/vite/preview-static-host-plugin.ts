/**
 * `vite preview` answers like the static hosts the site is made for: `/x`
 * serves `x/index.html`, and an unknown address gets 404.html with status 404.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

import type { Plugin } from 'vite';

/** A malformed %-escape in an address is not a file we have: treat it as a name that matches nothing. */
function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

export function previewStaticHostPlugin(): Plugin {
  return {
    name: 'broadsheet:preview-static-host',

    configurePreviewServer(server) {
      const { config } = server;
      const outDir = path.resolve(config.root, config.build.outDir);
      const notFoundPage = path.join(outDir, '404.html');
      server.middlewares.use((req, res, next) => {
        const [pathname = '/', query] = (req.url ?? '/').split('?');
        const base = config.base;
        if (!existsSync(notFoundPage) || !pathname.startsWith(base)) {
          next();
          return;
        }
        const relative = safeDecode(pathname.slice(base.length));
        const file = path.join(outDir, relative);
        if (!file.startsWith(outDir)) {
          next();
          return;
        }
        if (relative !== '' && !relative.endsWith('/') && existsSync(path.join(file, 'index.html'))) {
          req.url = `${pathname}/${query === undefined ? '' : `?${query}`}`;
          next();
          return;
        }
        const exists =
          relative === '' ||
          (existsSync(file) && (statSync(file).isFile() || existsSync(path.join(file, 'index.html'))));
        if (exists) {
          next();
          return;
        }
        res.statusCode = 404;
        res.setHeader('content-type', 'text/html; charset=utf-8');
        res.end(readFileSync(notFoundPage));
      });
    },
  };
}
