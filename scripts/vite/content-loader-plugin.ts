/**
 * Reads and checks the content folder (scripts/content/load-content.ts) into
 * the shared content state. A build with content problems fails; the dev
 * server reports them in its error overlay, reads the folder again on every
 * edit, and reloads the browser once the content is sound.
 */
import path from 'node:path';

import type { Plugin, ResolvedConfig, ViteDevServer } from 'vite';

import type { Content } from '../../src/build/view-model/catalogue.ts';
import { resolveContentDir } from '../content/load-content.ts';
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
    },

    buildStart() {
      if (config.command === 'build' && options.content !== undefined)
        state.loaded = { ok: true, content: options.content };
      else readContent(state);
      if (state.loaded.ok) return;
      if (config.command === 'build') this.error(`content problems in ${state.dir}:\n${state.loaded.report}`);
      config.logger.error(`\nContent problems in ${state.dir}:\n${state.loaded.report}\n`);
    },

    configureServer(server) {
      server.watcher.add(state.dir);
      const onChange = (file: string) => {
        if (!path.resolve(file).startsWith(path.resolve(state.dir) + path.sep)) return;
        readContent(state);
        for (const listener of state.onReload) listener();
        if (state.loaded.ok) {
          config.logger.info('content reloaded', { timestamp: true });
          server.ws.send({ type: 'full-reload' });
        } else {
          config.logger.error(`\nContent problems in ${state.dir}:\n${state.loaded.report}\n`, { timestamp: true });
          reportToOverlay(server);
        }
      };
      server.watcher.on('add', onChange);
      server.watcher.on('change', onChange);
      server.watcher.on('unlink', onChange);
      server.ws.on('connection', () => {
        reportToOverlay(server);
      });
    },
  };
}
