/**
 * The dev server's pages carry their data as the built pages do: the HTML it
 * answers for an address holds that address's island
 * (src/lib/content/page-island.ts), made from the current content. The first
 * load and every client navigation then read data exactly as they do on a
 * static host.
 */
import type { Plugin } from 'vite';

import { buildPageData } from '../../src/build/view-model/page-data.ts';
import { islandScript } from '../../src/lib/content/page-island.ts';
import { pathnameOf, type SitePage } from '../../src/lib/page-kinds.ts';
import type { ContentState } from './content-state.ts';
import { devImageUrls } from './dev-content-images-plugin.ts';
import { splitRequestUrl } from '../static-files.ts';

const ROOT = '<div id="root"></div>';

/** Each address with data, by its path inside the site; /page/1 is the home's first page under another address. */
function pagesByAddress(pages: readonly SitePage[]): Map<string, SitePage> {
  const byAddress = new Map(pages.filter((page) => page.data !== null).map((page) => [pathnameOf(page), page]));
  const home = byAddress.get('/');
  if (home !== undefined) byAddress.set('/page/1', home);
  return byAddress;
}

/** `/news/articles/x/` under base `/news/` → `/articles/x`: the address as pathnameOf writes it. */
export function addressOf(url: string | undefined, base: string): string | null {
  const { pathname } = splitRequestUrl(url);
  if (!pathname.startsWith(base)) return null;
  const inside = `/${pathname.slice(base.length)}`.replace(/\/+$/, '');
  return inside === '' ? '/' : inside;
}

export function devPageIslandsPlugin(state: ContentState): Plugin {
  let pages: Map<string, SitePage> | null = null;
  state.onReload.add(() => {
    pages = null;
  });

  return {
    name: 'broadsheet:dev-page-islands',
    apply: 'serve',

    transformIndexHtml(html, { originalUrl, server }) {
      if (!state.loaded.ok || server === undefined) return html;
      const base = server.config.base;
      pages ??= pagesByAddress(buildPageData(state.loaded.content, devImageUrls(state.loaded.content, base)).pages);
      const address = addressOf(originalUrl, base);
      const page = address === null ? undefined : pages.get(address);
      if (page === undefined) return html;
      return html.replace(ROOT, () => `${ROOT}${islandScript(pathnameOf(page), JSON.stringify(page.data))}`);
    },
  };
}
