/**
 * Reads and checks the content folder (scripts/content/load-content.ts) into
 * the shared content state. A build with content problems fails; the dev
 * server reports them in its error overlay, reads again the files each edit
 * changed, checks the folder as a whole, and reloads the browser once the
 * content is sound.
 */
import path from 'node:path';

import type { Plugin, ResolvedConfig, ViteDevServer } from 'vite';

import type { Content } from '../../src/build/view-model/catalogue.ts';
import { createContentLoader, resolveContentDir, type ContentLoader } from '../content/load-content.ts';
import { readContent, type ContentState } from './content-state.ts';

export type ContentLoaderOptions = {
  /**
   * The content, already read and checked (scripts/build.ts checks it before building): a build then does not
   * read and validate the whole folder again. The dev server always reads it, to follow edits.
   */
  content?: Content;
};

export function contentLoaderPlugin(state: ContentState, options: ContentLoaderOptions = {}): Plugin {
  let config: ResolvedConfig;
  let loader: ContentLoader;

  const reportToOverlay = (server: ViteDevServer) => {
    if (state.loaded.ok) return;
    server.ws.send({
      type: 'error',
      err: {
        message: `Content problems in ${state.dir}:\n\n${state.loaded.report}`,
        stack: '',
        plugin: 'broadsheet:content-loader',
      },
    });
  };

  return {
    name: 'broadsheet:content-loader',

    configResolved(resolved) {
      config = resolved;
      state.dir = resolveContentDir(resolved.root);
      loader = createContentLoader(state.dir);
    },

    async buildStart() {
      state.loaded =
        config.command === 'build' && options.content !== undefined
          ? { ok: true, content: options.content }
          : await readContent(loader);
      if (state.loaded.ok) return;
      if (config.command === 'build') this.error(`content problems in ${state.dir}:\n${state.loaded.report}`);
      config.logger.error(`\nContent problems in ${state.dir}:\n${state.loaded.report}\n`);
    },

    configureServer(server) {
      server.watcher.add(state.dir);
      // Reading is async (image files), and a save can touch several files: a read that a later one overtook is
      // dropped, so the browser never sees older content after newer.
      let latestRead = 0;
      const onChange = async (file: string) => {
        if (!path.resolve(file).startsWith(path.resolve(state.dir) + path.sep)) return;
        loader.invalidate(path.resolve(file));
        const read = ++latestRead;
        const loaded = await readContent(loader);
        if (read !== latestRead) return;
        state.loaded = loaded;
        for (const listener of state.onReload) listener();
        if (state.loaded.ok) {
          config.logger.info('content reloaded', { timestamp: true });
          server.ws.send({ type: 'full-reload' });
        } else {
          config.logger.error(`\nContent problems in ${state.dir}:\n${state.loaded.report}\n`, { timestamp: true });
          reportToOverlay(server);
        }
      };
      const onEvent = (file: string) => {
        void onChange(file);
      };
      server.watcher.on('add', onEvent);
      server.watcher.on('change', onEvent);
      server.watcher.on('unlink', onEvent);
      // A folder moved in or out: the loader compares every file it knows.
      server.watcher.on('addDir', onEvent);
      server.watcher.on('unlinkDir', onEvent);
      server.ws.on('connection', () => {
        reportToOverlay(server);
      });
    },
  };
}
