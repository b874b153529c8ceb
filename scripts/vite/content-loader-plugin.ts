/**
 * Reads and checks the content folder (scripts/content/load-content.ts) into
 * the shared content state. A build with content problems fails. The dev
 * server starts answering while it reads the folder (what needs the content
 * waits for state.firstLoad), reports problems in its error overlay, reads
 * again the files each edit changed, checks the folder as a whole, and
 * reloads the browser once the content is sound.
 */
import path from 'node:path';

import type { NormalizedHotChannelClient, Plugin, ResolvedConfig, ViteDevServer } from 'vite';

import type { Content } from '../../src/build/view-model/catalogue.ts';
import { CONTENT_EDITED_EVENT, CONTENT_VERSION_EVENT, showsWithoutReload } from '../../src/lib/dev-content-event.ts';
import { imageSizes, imageSizesFile } from '../content/image-sizes.ts';
import { createContentLoader, resolveContentDir, type ContentLoader } from '../content/load-content.ts';
import { readContent, type ContentState, type LoadedContent } from './content-state.ts';
import { catchUp, shownVersion } from './content-version.ts';
import { watchFolder, type FolderWatcher } from './watch-folder.ts';

export type ContentLoaderOptions = {
  /**
   * The content, already read and checked (scripts/build.ts checks it before building), which a build requires.
   * The dev server always reads the folder itself, to follow edits.
   */
  content?: Content;
};

/** How long the folder must be quiet after an event before it is read. */
const SETTLE_MS = 10;

export function contentLoaderPlugin(state: ContentState, options: ContentLoaderOptions = {}): Plugin {
  let config: ResolvedConfig;
  let loader: ContentLoader;
  let folderWatcher: FolderWatcher | undefined;
  let firstLoadDone = () => {};
  // Reading is async (image files), and edits can follow each other closely: a read that a later one overtook gives
  // null, so the browser never sees older content after newer.
  let latestRead = 0;
  const readLatest = async (): Promise<LoadedContent | null> => {
    const read = ++latestRead;
    const loaded = await readContent(loader);
    return read === latestRead ? loaded : null;
  };

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

    config(userConfig, { command }) {
      if (command !== 'serve' || userConfig.server?.watch === null) return undefined;
      // The folder is watched on its own (configureServer): Vite's watcher would watch each of its files.
      const dir = resolveContentDir(path.resolve(userConfig.root ?? process.cwd()));
      const inFolder = (file: string) => file === dir || file.startsWith(dir + path.sep);
      return { server: { watch: { ignored: [inFolder] } } };
    },

    configResolved(resolved) {
      config = resolved;
      state.dir = resolveContentDir(resolved.root);
      // The dev server keeps images' sizes between starts too: opening 10,000 photos took ten seconds of each.
      loader = createContentLoader(state.dir, {
        sizes: config.command === 'serve' ? imageSizes(imageSizesFile(resolved.root, state.dir)) : undefined,
      });
    },

    buildStart() {
      if (config.command === 'serve') {
        // Not awaited: the server listens, and the browser loads the app, while 10,000 files are read.
        void readLatest().then((loaded) => {
          // Overtaken by a read after an edit, which reports what it found.
          if (loaded === null) return;
          state.loaded = loaded;
          state.version += 1;
          firstLoadDone();
          if (!loaded.ok) config.logger.error(`\nContent problems in ${state.dir}:\n${loaded.report}\n`);
        });
        return;
      }
      // A bare `vite build` would make an app shell with no pages, data or images: scripts/build.ts makes the site.
      if (options.content === undefined)
        this.error('the site is built by scripts/build.ts: build with `npm run build`');
      state.loaded = { ok: true, content: options.content };
    },

    configureServer(server) {
      state.firstLoad = new Promise((resolve) => {
        firstLoadDone = resolve;
      });
      /** What changed since the last read, relative to the folder; null when the watcher could not tell. */
      let changedFiles: Set<string> | null = new Set();
      /** The latest read after which the open pages were reloaded, or shown the overlay. */
      let lastReload = 0;
      const reload = async () => {
        const wasOk = state.loaded.ok;
        const loaded = await readLatest();
        // Overtaken: the later read reports, for every change so far.
        if (loaded === null) return;
        const changed = changedFiles;
        changedFiles = new Set();
        state.loaded = loaded;
        state.version += 1;
        firstLoadDone();
        for (const listener of state.onReload) listener();
        if (state.loaded.ok) {
          config.logger.info('content reloaded', { timestamp: true });
          // An article, authors.json or tags.json: the open view loads its data again (src/app/dev-content-refresh.ts).
          // A page that showed problems reloads, which closes the overlay, and so does any other change.
          const quiet = wasOk && changed !== null && changed.size > 0 && [...changed].every(showsWithoutReload);
          if (!quiet) lastReload = state.version;
          server.ws.send(quiet ? { type: 'custom', event: CONTENT_EDITED_EVENT } : { type: 'full-reload' });
        } else {
          lastReload = state.version;
          config.logger.error(`\nContent problems in ${state.dir}:\n${state.loaded.report}\n`, { timestamp: true });
          reportToOverlay(server);
        }
      };
      // A save can come as several events (the file emptied, then written): read once they have stopped.
      let settling: NodeJS.Timeout | undefined;
      folderWatcher = watchFolder(state.dir, (file) => {
        // An editor's swap file beside an article, or a .git folder's churn, would reload the page every few seconds.
        if (!loader.invalidate(file)) return;
        if (file === undefined) changedFiles = null;
        else changedFiles?.add(path.relative(state.dir, file).split(path.sep).join('/'));
        clearTimeout(settling);
        settling = setTimeout(() => {
          void reload();
        }, SETTLE_MS);
      });
      server.ws.on('connection', () => {
        void state.firstLoad.then(() => {
          reportToOverlay(server);
        });
      });
      // A page whose app has just started says which read its HTML was made from: what it missed meanwhile, it
      // is told now, alone (content-version.ts).
      server.ws.on(CONTENT_VERSION_EVENT, (data: unknown, client: NormalizedHotChannelClient) => {
        const shown = shownVersion(data);
        if (shown === null) return;
        void state.firstLoad.then(() => {
          const action = catchUp(shown, { current: state.version, lastReload, ok: state.loaded.ok });
          if (action === 'refresh') client.send(CONTENT_EDITED_EVENT);
          else if (action === 'reload') client.send({ type: 'full-reload' });
        });
      });
    },

    closeBundle() {
      folderWatcher?.close();
    },
  };
}
