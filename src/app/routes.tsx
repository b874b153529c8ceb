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
import { tagLoader } from '../features/tags/tag-loader.ts';
import { NotFoundView } from '../components/not-found-view.tsx';
import { paths } from '../lib/paths.ts';
import { notFound } from '../lib/routing/not-found.ts';
import { RootLayout, RootLayoutFallback } from './root-layout.tsx';
import { RouteError } from './route-error.tsx';

/*
 * Each is a function so that every route gets its own lazy object: react-router
 * clears a lazy property on the object once it has loaded it, so an object shared
 * by two routes (home and /page/N, a tag and its pages, …) would leave the second
 * route with no component at all.
 */
const homePage = () => ({ Component: async () => (await import('../features/articles/home-page.tsx')).HomePage });
const articlePage = () => ({
  Component: async () => (await import('../features/articles/article-page.tsx')).ArticlePage,
});
const tagPage = () => ({ Component: async () => (await import('../features/tags/tag-page.tsx')).TagPage });
const tagIndexPage = () => ({
  Component: async () => (await import('../features/tags/tag-index-page.tsx')).TagIndexPage,
});
const authorPage = () => ({ Component: async () => (await import('../features/authors/author-page.tsx')).AuthorPage });
const authorIndexPage = () => ({
  Component: async () => (await import('../features/authors/author-index-page.tsx')).AuthorIndexPage,
});

export const routes: RouteObject[] = [
  {
    id: 'root',
    Component: RootLayout,
    HydrateFallback: RootLayoutFallback,
    ErrorBoundary: RouteError,
    children: [
      {
        // Errors render inside the layout, so the header and a way home stay on screen.
        ErrorBoundary: RouteError,
        children: [
          { index: true, loader: homeLoader, lazy: homePage() },
          { path: paths.homePage.pattern, loader: homeLoader, lazy: homePage() },
          { path: paths.article.pattern, loader: articleLoader, lazy: articlePage() },
          { path: paths.tags.pattern, loader: tagIndexLoader, lazy: tagIndexPage() },
          { path: paths.tag.pattern, loader: tagLoader, lazy: tagPage() },
          { path: paths.tagPage.pattern, loader: tagLoader, lazy: tagPage() },
          { path: paths.authors.pattern, loader: authorIndexLoader, lazy: authorIndexPage() },
          { path: paths.author.pattern, loader: authorLoader, lazy: authorPage() },
          { path: paths.authorPage.pattern, loader: authorLoader, lazy: authorPage() },
          // The loader makes it a real 404 (status included); the component is never reached.
          { path: '*', loader: () => notFound(), Component: NotFoundView },
        ],
      },
    ],
  },
];
