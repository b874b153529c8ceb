/**
 * Gives the client the publication's details as `virtual:broadsheet/site`
 * (src/virtual-modules.d.ts), and every page its `lang`.
 */
import type { Plugin } from 'vite';

import { siteInfo } from '../../src/build/view-model/catalogue.ts';
import { escapeHtml } from '../../src/build/seo/render-head.ts';
import type { SiteInfo } from '../../src/lib/content/model.ts';
import { checkSiteFile } from '../content/content-file.ts';
import type { ContentState } from './content-state.ts';

const SITE_MODULE_ID = 'virtual:broadsheet/site';
const RESOLVED_SITE_MODULE_ID = `\0${SITE_MODULE_ID}`;

/** Shown while site.json itself cannot be read, so the overlay has a page to sit on. */
const PLACEHOLDER_SITE: SiteInfo = {
  title: 'Broadsheet',
  description: 'The content folder has problems.',
  url: 'https://example.org',
  language: 'en',
  membershipUrl: null,
  footerPages: [],
};

export function siteModulePlugin(state: ContentState): Plugin {
  const currentSite = (): SiteInfo =>
    state.loaded.ok ? siteInfo(state.loaded.content.site, state.loaded.content.pages) : PLACEHOLDER_SITE;

  return {
    name: 'broadsheet:site-module',

    resolveId(id) {
      return id === SITE_MODULE_ID ? RESOLVED_SITE_MODULE_ID : undefined;
    },

    async load(id) {
      if (id !== RESOLVED_SITE_MODULE_ID) return undefined;
      await state.firstLoad;
      return `export const site = ${JSON.stringify(currentSite())};`;
    },

    // Every page's lang; titles and the rest of the head come from each view (page-head.ts). The page does not wait
    // for the whole folder to be read (state.firstLoad): until it is, and while it has problems, site.json alone says.
    transformIndexHtml(html) {
      const language = state.loaded.ok ? currentSite().language : (checkSiteFile(state.dir).parsed?.language ?? 'en');
      return html.replace('<html lang="en">', `<html lang="${escapeHtml(language)}">`);
    },

    configureServer(server) {
      state.onReload.add(() => {
        const siteModule = server.moduleGraph.getModuleById(RESOLVED_SITE_MODULE_ID);
        if (siteModule) server.moduleGraph.invalidateModule(siteModule);
      });
    },
  };
}
