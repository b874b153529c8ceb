/**
 * The modules of the `app` chunk (vite.config.ts): all that the entry loads
 * before it runs, and all that two or more lazily loaded chunks share. Every
 * first load fetches the entry and the app chunk, so the two were one
 * download in two gzip streams; as one chunk they compress together, 1.3 KB
 * less for each view. The entry keeps its own script (src/app/main.tsx),
 * which only it imports: an entry made of imports alone, Vite would replace
 * in index.html by a script for each of them.
 */
import type { Plugin } from 'vite';

/** What the build knows of one module: the modules it imports, and those it imports with import(). */
export type GraphModule = { imports: readonly string[]; dynamicImports: readonly string[]; isEntry: boolean };

/** The modules, by id, of the `app` chunk in a graph of modules. */
export function appChunkModules(graph: ReadonlyMap<string, GraphModule>): Set<string> {
  const closure = (id: string): Set<string> => {
    const seen = new Set<string>();
    const visit = (next: string): void => {
      if (seen.has(next)) return;
      seen.add(next);
      for (const imported of graph.get(next)?.imports ?? []) visit(imported);
    };
    visit(id);
    return seen;
  };

  const entries = [...graph].filter(([, module]) => module.isEntry).map(([id]) => id);
  const lazy = new Set([...graph.values()].flatMap((module) => module.dynamicImports));
  const app = new Set(entries.flatMap((entry) => [...closure(entry)]));
  const sharedOnce = new Set<string>();
  for (const lazyEntry of lazy) {
    for (const id of closure(lazyEntry)) {
      if (sharedOnce.has(id)) app.add(id);
      else sharedOnce.add(id);
    }
  }

  const importers = new Map<string, string[]>();
  for (const [id, module] of graph)
    for (const imported of module.imports) importers.set(imported, [...(importers.get(imported) ?? []), id]);
  const isEntry = (id: string): boolean => graph.get(id)?.isEntry === true;
  const ownedByEntries = (id: string): boolean => importers.get(id)?.every(isEntry) === true;
  for (const id of app) if (isEntry(id) || ownedByEntries(id)) app.delete(id);
  return app;
}

/**
 * The `app` chunk's test for `codeSplitting.groups`, and the plugin that reads the module graph for it once the
 * build has read every module (Rolldown splits the chunks after).
 */
export function appChunk(): { plugin: Plugin; test: (id: string) => boolean } {
  let modules = new Set<string>();
  return {
    plugin: {
      name: 'broadsheet:app-chunk',
      apply: 'build',
      buildEnd(error) {
        if (error !== undefined) return;
        const graph = new Map<string, GraphModule>();
        for (const id of this.getModuleIds()) {
          const info = this.getModuleInfo(id);
          if (info === null) continue;
          graph.set(id, {
            imports: info.importedIds,
            dynamicImports: info.dynamicallyImportedIds,
            isEntry: info.isEntry,
          });
        }
        modules = appChunkModules(graph);
      },
    },
    test: (id) => modules.has(id),
  };
}
