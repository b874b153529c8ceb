/**
 * A lazy chunk's import() is a plain import(). Vite wraps each one in its
 * preload helper, which first adds a modulepreload for each chunk the import
 * needs and, when CSS is split by chunk, a stylesheet (no option turns it off:
 * vitejs/vite#13952 and #18551, open). Here none is ever needed: a lazy
 * chunk's imports are the `app` chunk and Rolldown's runtime
 * (vite.config.ts), which the entry imports, so they are loaded before any
 * import() runs; the import() fetches the chunk itself; and the site has one
 * stylesheet. The lists of preloads cost every first load 274 bytes of gzip
 * and the helper 594 more. So each list is empty and the helper only calls the
 * import; a lazy chunk that needs a preload, or CSS split by chunk, fails the
 * build instead of loading without it.
 */
import type { Plugin, Rolldown } from 'vite';

/** Each chunk of the bundle and every chunk it imports, directly or not: what is loaded once it runs. */
export function loadedWith(
  chunks: Iterable<Pick<Rolldown.OutputChunk, 'fileName' | 'imports'>>,
): Map<string, Set<string>> {
  const imports = new Map<string, readonly string[]>();
  for (const chunk of chunks) imports.set(chunk.fileName, chunk.imports);
  const loaded = new Map<string, Set<string>>();
  for (const fileName of imports.keys()) {
    const seen = new Set<string>();
    const visit = (name: string): void => {
      if (seen.has(name)) return;
      seen.add(name);
      for (const imported of imports.get(name) ?? []) visit(imported);
    };
    visit(fileName);
    loaded.set(fileName, seen);
  }
  return loaded;
}

/** Of the chunks Vite would preload for `file`, imported from the chunk `host`, those the import would otherwise wait for. */
export function preloadsNeeded(
  file: string,
  deps: readonly string[],
  host: string,
  loaded: ReadonlyMap<string, ReadonlySet<string>>,
): string[] {
  const loadedByHost = loaded.get(host);
  return deps.filter((dep) => dep !== file && loadedByHost?.has(dep) !== true);
}

/** Vite's module of the helper, which wraps every dynamic import in a client build (`__vitePreload`). */
const PRELOAD_HELPER_ID = '\0vite/preload-helper.js';

/** The helper's one job left: the import itself. Vite passes it the (empty) list of preloads too. */
const PRELOAD_HELPER = 'export const __vitePreload = (load) => load();';

export function lazyChunkPreloadPlugin(): Plugin {
  let loaded = new Map<string, Set<string>>();
  return {
    name: 'broadsheet:lazy-chunk-preload',
    apply: 'build',
    // Ahead of Vite's own plugins, which would resolve and load their helper.
    enforce: 'pre',
    config: () => ({
      build: {
        modulePreload: {
          // The page's own modulepreloads (hostType 'html') are the entry's imports, which it does wait for.
          resolveDependencies: (file, deps, { hostId, hostType }) => {
            if (hostType === 'html') return deps;
            const needed = preloadsNeeded(file, deps, hostId, loaded);
            if (needed.length > 0) {
              throw new Error(
                `${file}, loaded lazily from ${hostId}, imports ${needed.join(', ')}, which nothing has loaded before it: the app does not preload a lazy chunk's imports (scripts/vite/lazy-chunk-preload-plugin.ts)`,
              );
            }
            return [];
          },
        },
      },
    }),
    configResolved(config) {
      // The server bundle has no helper; a client build's split CSS would be loaded by the helper alone.
      if (!config.build.ssr && config.build.cssCodeSplit) {
        throw new Error(
          "build.cssCodeSplit must be false: a lazy chunk's stylesheet would be loaded by the preload helper, which the app replaces (scripts/vite/lazy-chunk-preload-plugin.ts)",
        );
      }
    },
    resolveId: (id) => (id === PRELOAD_HELPER_ID ? id : undefined),
    load: (id) => (id === PRELOAD_HELPER_ID ? PRELOAD_HELPER : undefined),
    // Before Vite's own generateBundle, which asks resolveDependencies above.
    generateBundle: {
      order: 'pre',
      handler(_options, bundle) {
        loaded = loadedWith(Object.values(bundle).flatMap((item) => (item.type === 'chunk' ? [item] : [])));
      },
    },
  };
}
