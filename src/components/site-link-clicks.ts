/**
 * Clicks on links in markup the app did not render itself (page-markup.ts), followed as a Link follows its own.
 * Apart from router-links.tsx, so that only the views with such markup load it.
 */
import type { MouseEvent } from 'react';

import { appLinkUrl } from '../lib/routing/prefetchable-href.ts';
import { useFollowClick } from './router-links.tsx';

/**
 * The address inside the site that `link` opens in this tab (`/articles/x?y#z`, without the base path), or null
 * for any other link (appLinkUrl). siteHref's inverse.
 */
export function siteAddressOf(link: HTMLAnchorElement, origin: string, base = import.meta.env.BASE_URL): string | null {
  const url = appLinkUrl(link, origin, base);
  return url && `/${url.pathname.slice(base.length)}${url.search}${url.hash}`;
}

/**
 * Follows clicks on the links in markup the app did not render itself (page-markup.ts) as a Link follows its
 * own: a plain click on a link inside the site is the router's; anything else is the browser's.
 */
export function useSiteLinkClicks(): (event: MouseEvent<HTMLElement>) => void {
  const follow = useFollowClick();
  return (event) => {
    const link = event.target instanceof Element ? event.target.closest('a') : null;
    follow(event, link === null ? null : siteAddressOf(link, location.origin));
  };
}
