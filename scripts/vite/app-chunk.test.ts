import { expect, test } from 'vitest';

import { appChunkModules, type GraphModule } from './app-chunk.ts';

function graphOf(modules: Record<string, Partial<GraphModule>>): Map<string, GraphModule> {
  return new Map(
    Object.entries(modules).map(([id, module]) => [
      id,
      { imports: module.imports ?? [], dynamicImports: module.dynamicImports ?? [], isEntry: module.isEntry ?? false },
    ]),
  );
}

// index.html loads main.tsx, which loads the router and react; each view is imported lazily by the routes.
const graph = graphOf({
  'index.html': { imports: ['main.tsx'], isEntry: true },
  'main.tsx': { imports: ['routes.tsx', 'react', 'styles.css'], dynamicImports: ['after-start.ts'] },
  'styles.css': {},
  'routes.tsx': { imports: ['react', 'layout.tsx'], dynamicImports: ['article-page.tsx', 'tag-page.tsx'] },
  'layout.tsx': { imports: ['react', 'links.tsx'] },
  react: {},
  'links.tsx': { imports: ['react'] },
  'article-page.tsx': { imports: ['react', 'body.tsx', 'list.tsx'] },
  'body.tsx': { imports: ['react'] },
  'tag-page.tsx': { imports: ['react', 'list.tsx', 'links.tsx'] },
  'list.tsx': { imports: ['react', 'photo.tsx'] },
  'photo.tsx': {},
  'after-start.ts': { imports: ['prefetch.ts', 'links.tsx'] },
  'prefetch.ts': {},
});

test('the app chunk holds what the entry loads, and what two lazy chunks share', () => {
  expect([...appChunkModules(graph)].sort()).toEqual([
    'layout.tsx',
    'links.tsx',
    'list.tsx',
    'photo.tsx',
    'react',
    'routes.tsx',
    'styles.css',
  ]);
});

test('the entry keeps its own script, so that it is a chunk and not a list of imports', () => {
  const app = appChunkModules(graph);
  expect(app.has('index.html')).toBe(false);
  expect(app.has('main.tsx')).toBe(false);
});

test('code only one lazy chunk uses stays in it', () => {
  const app = appChunkModules(graph);
  for (const id of ['article-page.tsx', 'body.tsx', 'tag-page.tsx', 'after-start.ts', 'prefetch.ts']) {
    expect(app.has(id)).toBe(false);
  }
});
