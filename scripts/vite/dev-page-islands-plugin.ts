/**
 * The dev server's pages carry their data as the built pages do: the HTML it
 * answers for an address holds that address's island
 * (src/lib/content/page-island.ts), made from the current content. The first
 * load and every client navigation then read data as they do on a static
 * host. One difference: a dev island holds the whole view, where a built
 * page's leaves out what its HTML holds (src/lib/content/page-markup.ts),
 * since the dev server's pages are not prerendered. Each page also names the
 * read of the folder it was made from (state.version), so that an edit saved
 * while it loads is not missed (content-version.ts).
 */
import type { Plugin } from 'vite';

import { islandScript } from '../../src/lib/content/page-island.ts';
import { CONTENT_VERSION_META } from '../../src/lib/dev-content-event.ts';
import { dataAddressOf } from '../../src/lib/page-kinds.ts';
import type { ContentState } from './content-state.ts';
import { devDataForAddress } from './dev-data-files-plugin.ts';
import { splitRequestUrl } from '../static-files.ts';
import { APP_ROOT } from '../app-start.ts';

/** `/news/articles/x/` under base `/news/` → `/articles/x`: the address as pathnameOf writes it. */
export function addressOf(url: string | undefined, base: string): string | null {
  const { pathname } = splitRequestUrl(url);
  if (!pathname.startsWith(base)) return null;
  const inside = `/${pathname.slice(base.length)}`.replace(/\/+$/, '');
  return inside === '' ? '/' : inside;
}

export function devPageIslandsPlugin(state: ContentState): Plugin {
  return {
    name: 'broadsheet:dev-page-islands',
    apply: 'serve',

    async transformIndexHtml(html, { originalUrl, server }) {
      if (server === undefined) return html;
      // The first read of a large folder may still be under way (content-loader-plugin.ts).
      await state.firstLoad;
      const versioned = html.replace(
        '</head>',
        () => `<meta name="${CONTENT_VERSION_META}" content="${state.version}">\n</head>`,
      );
      const base = server.config.base;
      const address = addressOf(originalUrl, base);
      if (address === null) return versioned;
      const dataAddress = dataAddressOf(address);
      const data = devDataForAddress(state, base, dataAddress);
      if (data === undefined) return versioned;
      return versioned.replace(APP_ROOT, () => `${APP_ROOT}${islandScript(dataAddress, JSON.stringify(data))}`);
    },
  };
}
