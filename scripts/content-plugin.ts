/**
 * Vite plugin: checks the content folder, then serves (dev) or writes (build)
 * the per-page data files, publishes content images, and gives the client
 * the publication's details as `virtual:broadsheet/site`.
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import type { Plugin, ResolvedConfig, ViteDevServer } from 'vite';

import { DATA_DIR } from '../src/lib/content/data-paths.ts';
import { siteInfo, type Content } from '../src/build/view-model/catalogue.ts';
import type { ImageUrlResolver } from '../src/build/view-model/enhance-image.ts';
import { buildPageData, type PageData } from '../src/build/view-model/page-data.ts';
import type { SiteInfo } from '../src/lib/content/model.ts';
import { isContentPath } from '../src/build/content/schema.ts';
import { escapeHtml } from '../src/build/seo/render-head.ts';
import { loadContent, resolveContentDir } from './content/load-content.ts';
import { formatProblems } from './content/problem.ts';

const SITE_MODULE_ID = 'virtual:broadsheet/site';
const RESOLVED_SITE_MODULE_ID = `\0${SITE_MODULE_ID}`;
/** Where the dev server serves content images from. */
const DEV_IMAGE_PREFIX = '@content/';

/** Shown while site.json itself cannot be read, so the overlay has a page to sit on. */
const PLACEHOLDER_SITE: SiteInfo = {
  title: 'Broadsheet',
  description: 'The content folder has problems.',
  url: 'https://example.org',
  language: 'en',
  membershipUrl: null,
};

type State = { ok: true; content: Content } | { ok: false; report: string };

/** A malformed %-escape in an address is not a file we have: treat it as a name that matches nothing. */
function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** Every content image path the content points to. */
function contentImagePaths(content: Content): string[] {
  const sources = [
    ...content.authors.map((author) => author.avatar?.src),
    ...content.articles.flatMap((article) => [
      article.image?.src,
      ...article.body.map((block) => (typeof block !== 'string' && block.type === 'image' ? block.src : undefined)),
    ]),
  ];
  return [...new Set(sources.filter((src): src is string => src !== undefined && isContentPath(src)))];
}

function resolverFor(map: ReadonlyMap<string, string>): ImageUrlResolver {
  return (src) => map.get(src) ?? src;
}

export type ContentPluginOptions = {
  /** Called during a client build (generateBundle) with the page data it is about to write, for the prerender. */
  onPageData?: (data: PageData) => void;
  /**
   * The content, already read and checked (scripts/build.ts checks it before building): a build then does not
   * read and validate the whole folder again. The dev server always reads it, to follow edits.
   */
  content?: Content;
};

export function contentPlugin(options: ContentPluginOptions = {}): Plugin {
  let config: ResolvedConfig;
  let contentDir = '';
  let state: State = { ok: false, report: 'content not loaded yet' };

  const load = (): State => {
    const result = loadContent(contentDir);
    if (result.ok) return { ok: true, content: result.content };
    return { ok: false, report: formatProblems(result.problems) };
  };

  const currentSite = (): SiteInfo => (state.ok ? siteInfo(state.content.site) : PLACEHOLDER_SITE);

  let devFiles: Map<string, unknown> | null = null;
  let builtData: PageData | null = null;
  /** The data files by path, made on the first request after each change. */
  const devDataFiles = (): Map<string, unknown> | null => {
    if (!state.ok) return null;
    devFiles ??= new Map(
      buildPageData(
        state.content,
        resolverFor(
          new Map(contentImagePaths(state.content).map((src) => [src, `${config.base}${DEV_IMAGE_PREFIX}${src}`])),
        ),
      ).files.map((file) => [file.path, file.data]),
    );
    return devFiles;
  };

  const reportToOverlay = (server: ViteDevServer) => {
    if (state.ok) return;
    server.ws.send({
      type: 'error',
      err: {
        message: `Content problems in ${contentDir}:\n\n${state.report}`,
        stack: '',
        plugin: 'broadsheet-content',
      },
    });
  };

  return {
    name: 'broadsheet-content',

    configResolved(resolved) {
      config = resolved;
      contentDir = resolveContentDir(resolved.root);
    },

    buildStart() {
      state =
        config.command === 'build' && options.content !== undefined ? { ok: true, content: options.content } : load();
      if (!state.ok && config.command === 'build') {
        this.error(`content problems in ${contentDir}:\n${state.report}`);
      }
      if (!state.ok) config.logger.error(`\nContent problems in ${contentDir}:\n${state.report}\n`);
    },

    resolveId(id) {
      return id === SITE_MODULE_ID ? RESOLVED_SITE_MODULE_ID : undefined;
    },

    load(id) {
      if (id !== RESOLVED_SITE_MODULE_ID) return undefined;
      return `export const site = ${JSON.stringify(currentSite())};`;
    },

    // Every page's lang; titles and the rest of the head come from each view (page-head.ts).
    transformIndexHtml(html) {
      return html.replace('<html lang="en">', `<html lang="${escapeHtml(currentSite().language)}">`);
    },

    configureServer(server) {
      server.watcher.add(contentDir);
      const onChange = (file: string) => {
        if (!path.resolve(file).startsWith(path.resolve(contentDir) + path.sep)) return;
        state = load();
        devFiles = null;
        const siteModule = server.moduleGraph.getModuleById(RESOLVED_SITE_MODULE_ID);
        if (siteModule) server.moduleGraph.invalidateModule(siteModule);
        if (state.ok) {
          config.logger.info('content reloaded', { timestamp: true });
          server.ws.send({ type: 'full-reload' });
        } else {
          config.logger.error(`\nContent problems in ${contentDir}:\n${state.report}\n`, { timestamp: true });
          reportToOverlay(server);
        }
      };
      server.watcher.on('add', onChange);
      server.watcher.on('change', onChange);
      server.watcher.on('unlink', onChange);
      server.ws.on('connection', () => {
        reportToOverlay(server);
      });

      const dataPrefix = `${config.base}${DATA_DIR}/`;
      const imagePrefix = `${config.base}${DEV_IMAGE_PREFIX}`;
      server.middlewares.use((req, res, next) => {
        const url = safeDecode((req.url ?? '').split('?')[0] ?? '');
        if (url.startsWith(dataPrefix)) {
          const files = devDataFiles();
          if (files === null) {
            res.statusCode = 503;
            res.setHeader('content-type', 'text/plain; charset=utf-8');
            res.end(`Content problems:\n${state.ok ? '' : state.report}`);
            return;
          }
          const file = files.get(url.slice(config.base.length));
          res.statusCode = file === undefined ? 404 : 200;
          res.setHeader('content-type', 'application/json; charset=utf-8');
          res.setHeader('cache-control', 'no-store');
          res.end(file === undefined ? '{"error":"not found"}' : JSON.stringify(file));
          return;
        }
        if (url.startsWith(imagePrefix) && state.ok) {
          const src = url.slice(imagePrefix.length);
          if (contentImagePaths(state.content).includes(src)) {
            res.setHeader('cache-control', 'no-store');
            res.end(readFileSync(path.join(contentDir, src)));
            return;
          }
        }
        next();
      });
    },

    // `vite preview` answers like the static hosts the site is made for: `/x`
    // serves `x/index.html`, and an unknown address gets 404.html with status 404.
    configurePreviewServer(server) {
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

    generateBundle() {
      // The prerender's server build needs the site module, not another copy of the data.
      if (!state.ok || config.build.ssr) return;
      const urls = new Map<string, string>();
      for (const src of contentImagePaths(state.content)) {
        const reference = this.emitFile({
          type: 'asset',
          name: path.basename(src),
          originalFileName: src,
          source: readFileSync(path.join(contentDir, src)),
        });
        urls.set(src, `${config.base}${this.getFileName(reference)}`);
      }
      builtData = buildPageData(state.content, resolverFor(urls));
      options.onPageData?.(builtData);
    },

    // Tens of thousands of small files: written straight to disk, which is
    // several times faster than passing each through the bundler as an asset.
    writeBundle(options) {
      if (builtData === null || options.dir === undefined) return;
      const outDir = options.dir;
      const folders = new Set<string>();
      for (const { path: fileName, data } of builtData.files) {
        const target = path.join(outDir, fileName);
        const folder = path.dirname(target);
        if (!folders.has(folder)) {
          mkdirSync(folder, { recursive: true });
          folders.add(folder);
        }
        writeFileSync(target, JSON.stringify(data));
      }
      builtData = null;
    },
  };
}
