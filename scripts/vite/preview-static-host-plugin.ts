/**
 * `vite preview` answers like the static hosts the site is made for, with the
 * rules of scripts/static-files.ts: a folder serves its index.html, and an
 * unknown address gets 404.html with status 404 (rather than Vite's fallback
 * to index.html). Unlike scripts/static-server.ts it serves a folder asked
 * for without its slash in place, as Netlify and Cloudflare Pages do, and a
 * malformed address is "Not found" too, so the 404 page's script can repair it.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

import type { Plugin } from 'vite';

import { kindOnDisk, NOT_FOUND_PAGE, resolveStaticFile, splitRequestUrl } from '../static-files.ts';

export function previewStaticHostPlugin(): Plugin {
  return {
    name: 'broadsheet:preview-static-host',

    configurePreviewServer(server) {
      const { config } = server;
      const outDir = path.resolve(config.root, config.build.outDir);
      const notFoundPage = path.join(outDir, NOT_FOUND_PAGE);
      server.middlewares.use((req, res, next) => {
        // Not a build of this site: Vite's own rules apply.
        if (!existsSync(notFoundPage)) {
          next();
          return;
        }
        const { pathname, query } = splitRequestUrl(req.url);
        const answer = resolveStaticFile(outDir, config.base, pathname, kindOnDisk);
        switch (answer.kind) {
          case 'folder-without-slash':
            req.url = `${answer.location}${query}`;
            next();
            return;
          // Vite serves files, and answers outside its base, itself.
          case 'file':
          case 'outside-base':
            next();
            return;
          case 'not-found':
          case 'malformed':
            res.statusCode = 404;
            res.setHeader('content-type', 'text/html; charset=utf-8');
            res.end(readFileSync(notFoundPage));
            return;
        }
      });
    },
  };
}
