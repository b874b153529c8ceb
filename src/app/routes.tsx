/**
 * Every route of the reader, made from the table of page kinds
 * (lib/page-kinds.ts). Loaders are small and load with the app so that data
 * is fetched at once; each view's component is loaded lazily, in parallel
 * with its data.
 */
import type { ComponentType } from 'react';
import type { LoaderFunction, RouteObject } from 'react-router';

import { articleLoader } from '../features/articles/article-loader.ts';
import { homeLoader } from '../features/home/home-loader.ts';
import { authorIndexLoader } from '../features/authors/author-index-loader.ts';
import { authorLoader } from '../features/authors/author-loader.ts';
import { pageLoader } from '../features/articles/page-loader.ts';
import { searchLoader } from '../features/search/search-loader.ts';
import { tagIndexLoader } from '../features/tags/tag-index-loader.ts';
import { tagLoader } from '../features/tags/tag-loader.ts';
import { NotFoundView } from '../components/not-found-view.tsx';
import { PAGE_KIND_ORDER, PAGE_KINDS, type PageKind } from '../lib/page-kinds.ts';
import { notFound } from '../lib/routing/not-found.ts';
import { importWithRetry } from '../lib/retry-import.ts';
import { RootLayout, RootLayoutFallback } from './root-layout.tsx';
import { RouteError } from './route-error.tsx';

/** Each kind's loader. The not-found loader makes it a real 404 (status included); its view renders the error. */
const LOADERS: Record<PageKind, LoaderFunction> = {
  latest: homeLoader,
  article: articleLoader,
  'tag-index': tagIndexLoader,
  tag: tagLoader,
  'author-index': authorIndexLoader,
  author: authorLoader,
  page: pageLoader,
  search: searchLoader,
  'not-found': () => notFound(),
};

/** Every view module (`features/<feature>/<name>-page.tsx`), loaded on demand: one chunk each. */
const VIEW_MODULES = import.meta.glob<Record<string, unknown>>('../features/*/*-page.tsx');

function isComponent(value: unknown): value is ComponentType {
  return typeof value === 'function';
}

/**
 * A fresh lazy object for each route: react-router clears a lazy property on
 * the object once it has loaded it, so an object shared by two routes (home
 * and /page/N, a tag and its pages, …) would leave the second route with no
 * component at all. A failed load is retried once (retry-import.ts).
 */
function lazyView(kind: PageKind): Pick<RouteObject, 'lazy' | 'Component'> {
  const view = PAGE_KINDS[kind].view;
  if (view === null) return { Component: NotFoundView };
  const load = VIEW_MODULES[`../${view.module}`];
  if (load === undefined) throw new Error(`No view module src/${view.module} for the ${kind} page`);
  return {
    lazy: {
      Component: async () => {
        const component = (await importWithRetry(load))[view.component];
        if (!isComponent(component)) throw new Error(`src/${view.module} exports no component ${view.component}`);
        return component;
      },
    },
  };
}

/** The route whose error boundary shows a view's errors inside the layout. */
export const PAGES_ROUTE_ID = 'pages';

/**
 * Every route has an id, so that data prerendered or loaded before hydration
 * (hydrate.ts) is keyed the same on the server and in the browser.
 */
export function createRoutes(): RouteObject[] {
  const pages = PAGE_KIND_ORDER.flatMap((kind) =>
    PAGE_KINDS[kind].routes.map((route, index): RouteObject => {
      const id = index === 0 ? kind : `${kind}-${index + 1}`;
      const common = { id, loader: LOADERS[kind], ...lazyView(kind) };
      // Case-sensitive as static hosts are: /TAGS has no file, so the host answers 404; the app showing the tags
      // under that status would be a page search engines cannot tell from an error.
      return route === 'index' ? { ...common, index: true } : { ...common, path: route, caseSensitive: true };
    }),
  );
  return [
    {
      id: 'root',
      Component: RootLayout,
      HydrateFallback: RootLayoutFallback,
      ErrorBoundary: RouteError,
      children: [
        // Errors render inside the layout, so the header and a way home stay on screen.
        { id: PAGES_ROUTE_ID, ErrorBoundary: RouteError, children: pages },
      ],
    },
  ];
}
