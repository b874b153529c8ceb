/**
 * Builds index.html's inline scripts and the app's start script into one
 * cached file, `assets/early-<hash>.js`, linked where the inline scripts were
 * (scripts/early-script.ts). `npm run dev` keeps them inline: it has no
 * policy to hash them for, and no prerendered page to start.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

import type { Plugin } from 'vite';

import { START_SCRIPT } from '../app-start.ts';
import { earlyScriptOf, withEarlyScript, type EarlyScript } from '../early-script.ts';

export function earlyScriptPlugin(): Plugin {
  let root = '';
  let base = '/';
  let script: EarlyScript | undefined;
  const made = (): EarlyScript => {
    script ??= earlyScriptOf(readFileSync(path.join(root, 'index.html'), 'utf8'), [START_SCRIPT]);
    return script;
  };
  return {
    name: 'broadsheet:early-script',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      base = config.base;
    },
    buildStart() {
      script = undefined;
    },
    transformIndexHtml: {
      order: 'post',
      handler: (html) => withEarlyScript(html, made(), base),
    },
    generateBundle() {
      const { fileName, source } = made();
      this.emitFile({ type: 'asset', fileName, source });
    },
  };
}
