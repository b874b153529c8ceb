/**
 * Every route of the reader, in one place. Loaders are small and load with
 * the app so that data is fetched at once; each view's component is loaded
 * lazily, in parallel with its data.
 */
import type { RouteObject } from 'react-router';

import { articleLoader } from '../features/articles/article-loader.ts';
import { homeLoader } from '../features/articles/home-loader.ts';
import { authorIndexLoader } from '../features/authors/author-index-loader.ts';
import { authorLoader } from '../features/authors/author-loader.ts';
import { tagIndexLoader } from '../features/tags/tag-index-loader.ts';
import { searchLoader } from '../features/search/search-loader.ts';
import { tagLoader } from '../features/tags/tag-loader.ts';
import { NotFoundView } from '../components/not-found-view.tsx';
import { paths } from '../lib/paths.ts';
import { notFound } from '../lib/routing/not-found.ts';
import { importWithRetry } from '../lib/retry-import.ts';
import { RootLayout, RootLayoutFallback } from './root-layout.tsx';
import { RouteError } from './route-error.tsx';

/*
 * Each is a function so that every route gets its own lazy object: react-router
 * clears a lazy property on the object once it has loaded it, so an object shared
 * by two routes (home and /page/N, a tag and its pages, …) would leave the second
 * route with no component at all. A failed load is retried once (retry-import.ts).
 */
const homePage = () => ({
  Component: async () => (await importWithRetry(() => import('../features/articles/home-page.tsx'))).HomePage,
});
const articlePage = () => ({
  Component: async () => (await importWithRetry(() => import('../features/articles/article-page.tsx'))).ArticlePage,
});
const tagPage = () => ({
  Component: async () => (await importWithRetry(() => import('../features/tags/tag-page.tsx'))).TagPage,
});
const tagIndexPage = () => ({
  Component: async () => (await importWithRetry(() => import('../features/tags/tag-index-page.tsx'))).TagIndexPage,
});
const authorPage = () => ({
  Component: async () => (await importWithRetry(() => import('../features/authors/author-page.tsx'))).AuthorPage,
});
const authorIndexPage = () => ({
  Component: async () =>
    (await importWithRetry(() => import('../features/authors/author-index-page.tsx'))).AuthorIndexPage,
});

const searchPage = () => ({
  Component: async () => (await importWithRetry(() => import('../features/search/search-page.tsx'))).SearchPage,
});

/** The route whose error boundary shows a view's errors inside the layout. */
export const PAGES_ROUTE_ID = 'pages';

/**
 * Every route has an id, so that data prerendered or loaded before hydration
 * (hydrate.ts) is keyed the same on the server and in the browser.
 */
export function createRoutes(): RouteObject[] {
  return [
    {
      id: 'root',
      Component: RootLayout,
      HydrateFallback: RootLayoutFallback,
      ErrorBoundary: RouteError,
      children: [
        {
          id: PAGES_ROUTE_ID,
          // Errors render inside the layout, so the header and a way home stay on screen.
          ErrorBoundary: RouteError,
          children: [
            { id: 'home', index: true, loader: homeLoader, lazy: homePage() },
            { id: 'home-page', path: paths.homePage.pattern, loader: homeLoader, lazy: homePage() },
            { id: 'article', path: paths.article.pattern, loader: articleLoader, lazy: articlePage() },
            { id: 'tag-index', path: paths.tags.pattern, loader: tagIndexLoader, lazy: tagIndexPage() },
            { id: 'tag', path: paths.tag.pattern, loader: tagLoader, lazy: tagPage() },
            { id: 'tag-page', path: paths.tagPage.pattern, loader: tagLoader, lazy: tagPage() },
            { id: 'author-index', path: paths.authors.pattern, loader: authorIndexLoader, lazy: authorIndexPage() },
            { id: 'author', path: paths.author.pattern, loader: authorLoader, lazy: authorPage() },
            { id: 'author-page', path: paths.authorPage.pattern, loader: authorLoader, lazy: authorPage() },
            { id: 'search', path: paths.search.pattern, loader: searchLoader, lazy: searchPage() },
            // The loader makes it a real 404 (status included); the component is never reached.
            { id: 'not-found', path: '*', loader: () => notFound(), Component: NotFoundView },
          ],
        },
      ],
    },
  ];
}
