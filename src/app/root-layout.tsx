import { Suspense, type ReactNode } from 'react';
import { Outlet, ScrollRestoration } from 'react-router';

import { NavigationProgress } from '../components/navigation-progress.tsx';
import { SiteFooter } from '../components/site-footer.tsx';
import { SiteHeader } from '../components/site-header.tsx';
import { SearchBox } from '../features/search/search-box.tsx';
import { useAnnounceAppReady } from './app-ready.ts';
import { useFocusOnNavigation } from './use-focus-on-navigation.ts';

/** Header, main and footer around every view. `children` replaces the outlet for the top-level error view. */
export function RootLayout({ children }: { children?: ReactNode }) {
  useFocusOnNavigation();
  useAnnounceAppReady();
  return (
    <div className="flex min-h-screen flex-col">
      <NavigationProgress />
      <a href="#main" className="skip-link">
        Skip to content
      </a>
      <SiteHeader search={<SearchBox />} />
      {/* tabIndex -1: "Skip to content" moves focus here, so a screen reader goes on from the content. */}
      <main id="main" tabIndex={-1} className="page-main">
        {/*
         * A boundary around the view, so that hydration is selective: the frame (header, search, scheme button)
         * hydrates first and the app takes over at once; the view, most of the page, hydrates next, at once
         * where the reader clicks or types in it. Nothing suspends: views load before they render.
         */}
        <Suspense>{children ?? <Outlet />}</Suspense>
      </main>
      <SiteFooter />
      <ScrollRestoration />
    </div>
  );
}

/** While the first view's data loads: the page's frame, so the header is there at once. */
export function RootLayoutFallback() {
  return (
    <RootLayout>
      <p role="status" className="sr-only">
        Loading…
      </p>
    </RootLayout>
  );
}
