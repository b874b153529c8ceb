/**
 * The app's links and forms: every one comes from here (eslint.config.js).
 *
 * `Link` is the app's own. Its `to` is always an address inside the site, absolute, built by paths.ts, so it
 * needs none of what react-router's Link does to resolve one: that Link matches its target against the route tree
 * (a JSON of the route matches for each link) and keeps prefetch state and a click handler in about fifteen
 * hooks. With 25 to 70 links a page, that was a third of the prerender's render time, and the same share of a
 * page's hydration in the reader's browser. This one writes the same <a>, and follows a click the way the
 * router's Link does (src/components/router-links.test.tsx).
 *
 * NavLink and Form are react-router's, without the `data-discover` attribute they write by default. It serves
 * framework mode's lazy route discovery, which this data-mode app does not use, and cost 20 bytes a link: about
 * 10 MB across a 10,000-article site (issue 16).
 */
import type { ComponentProps, MouseEvent } from 'react';
// eslint-disable-next-line no-restricted-syntax -- the one place the router's own elements are wrapped
import { createPath, Form as RouterForm, NavLink as RouterNavLink, useLocation, useNavigate } from 'react-router';

import { basePathPrefix } from '../lib/base-path.ts';

/**
 * An address inside the site (`/tags`, `/?tags=rail`) as its href under the base path, as the router writes it.
 * The base is the site's (BASE_URL), which main.tsx and render-page.tsx give their routers as their basename.
 */
export function siteHref(to: string, base = import.meta.env.BASE_URL): string {
  const [pathname = '/', rest = ''] = /^([^?#]*)(.*)$/.exec(to)?.slice(1) ?? [];
  return `${pathname === '/' ? base : `${basePathPrefix(base)}${pathname}`}${rest}`;
}

/** A click the browser should handle itself: another button, a modifier key (new tab, download) or another target. */
function isForTheBrowser(event: MouseEvent<HTMLAnchorElement>, target: string | undefined): boolean {
  const modified = event.metaKey || event.altKey || event.ctrlKey || event.shiftKey;
  return event.button !== 0 || modified || (target !== undefined && target !== '_self');
}

export type LinkProps = Omit<ComponentProps<'a'>, 'href'> & {
  /** An address inside the site, from paths.ts. */
  to: string;
};

export function Link({ to, onClick, target, children, ...rest }: LinkProps) {
  const navigate = useNavigate();
  const location = useLocation();
  const follow = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || isForTheBrowser(event, target)) return;
    event.preventDefault();
    // A link to the page the reader is on replaces its history entry rather than adding a second one, as the
    // router's Link does.
    void navigate(to, { replace: createPath(location) === to });
  };
  return (
    <a {...rest} href={siteHref(to)} onClick={follow} target={target}>
      {children}
    </a>
  );
}

export function NavLink(props: ComponentProps<typeof RouterNavLink>) {
  return <RouterNavLink discover="none" {...props} />;
}

export function Form(props: ComponentProps<typeof RouterForm>) {
  return <RouterForm discover="none" {...props} />;
}
