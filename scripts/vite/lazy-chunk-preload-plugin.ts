/**
 * Vite lists, at each dynamic import, the chunks its helper should preload
 * before it: the chunk itself and every chunk it imports. Here the chunk's
 * imports are the `app` chunk and Rolldown's runtime (vite.config.ts), which
 * the entry imports, so they are loaded before any import() runs; and the
 * import() fetches the chunk itself. The list named a view's chunks once per
 * view in the entry, ~270 bytes of every first load (gzip) for preloads that
 * did nothing. Only chunks that the importing chunk has not loaded stay.
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

export function lazyChunkPreloadPlugin(): Plugin {
  let loaded = new Map<string, Set<string>>();
  return {
    name: 'broadsheet:lazy-chunk-preload',
    apply: 'build',
    config: () => ({
      build: {
        modulePreload: {
          // The page's own modulepreloads (hostType 'html') are the entry's imports, which it does wait for.
          resolveDependencies: (file, deps, { hostId, hostType }) =>
            hostType === 'html' ? deps : preloadsNeeded(file, deps, hostId, loaded),
        },
      },
    }),
    // Before Vite's own generateBundle, which asks resolveDependencies above.
    generateBundle: {
      order: 'pre',
      handler(_options, bundle) {
        loaded = loadedWith(Object.values(bundle).flatMap((item) => (item.type === 'chunk' ? [item] : [])));
      },
    },
  };
}
