/**
 * The app's links and forms: every one comes from here (eslint.config.js).
 *
 * `Link` is the app's own. Its `to` is always an address inside the site, absolute, built by paths.ts, so it
 * needs none of what react-router's Link does to resolve one: that Link matches its target against the route tree
 * (a JSON of the route matches for each link) and keeps prefetch state and a click handler in about fifteen
 * hooks. With 25 to 70 links a page, that was a third of the prerender's render time, and a reader's browser runs
 * the same hooks when the page hydrates. This one writes the same <a>, and follows a click the way the router's
 * Link does (src/components/router-links.test.tsx).
 *
 * NavLink is built on it. Form is react-router's, without the `data-discover` attribute it writes by default, which
 * serves framework mode's lazy route discovery (this app is in data mode) and cost 20 bytes a link or form: about
 * 10 MB across a 10,000-article site (issue 16).
 */
import type { ComponentProps, MouseEvent } from 'react';
// eslint-disable-next-line no-restricted-syntax -- the one place the router's own elements are wrapped
import { createPath, Form as RouterForm, useLocation, useNavigate } from 'react-router';

import { folderAddress } from '../lib/paths.ts';
import { rememberFollowed } from '../lib/routing/followed-link.ts';

/** The path of an address inside the site: `/tags?q=x#y` → `/tags`. */
const pathOf = (to: string) => to.replace(/[?#].*/, '');

/**
 * An address inside the site (`/tags`, `/?tags=rail`) as its href: under the base path, as the router writes it,
 * and in its folder form (`/tags/`: paths.ts, folderAddress).
 * The base is the site's (BASE_URL, `/news/`), which main.tsx and render-page.tsx give their routers as basename.
 * It is already normalised, so its prefix is itself without the last slash: base-path.ts's basePathPrefix would
 * normalise it again and bring its code into every first load, 41 bytes over the JavaScript budget.
 */
export function siteHref(to: string, base = import.meta.env.BASE_URL): string {
  return base.slice(0, -1) + folderAddress(to);
}

export type LinkProps = Omit<ComponentProps<'a'>, 'href'> & {
  /** An address inside the site, from paths.ts. */
  to: string;
};

/**
 * Follows a plain click on a link to `to`, an address inside the site, with the router. Another button, a modifier
 * key (a new tab, a download), another target, or no address inside the site: the browser's to follow.
 */
export function useFollowClick(): (event: MouseEvent<HTMLElement>, to: string | null, target?: string) => void {
  const navigate = useNavigate();
  const location = useLocation();
  return (event, to, target = '_self') => {
    const modified = event.button !== 0 || event.metaKey || event.altKey || event.ctrlKey || event.shiftKey;
    if (to === null || event.defaultPrevented || modified || target !== '_self') return;
    event.preventDefault();
    // Back returns focus to it (app/use-focus-on-navigation.ts).
    rememberFollowed(event.target instanceof Element ? event.target.closest('a') : null);
    const address = folderAddress(to);
    // A link to the page the reader is on (in either form) replaces its history entry rather than adding a second
    // one, as the router's Link does.
    void navigate(address, { replace: folderAddress(createPath(location)) === address });
  };
}

/** The browser's Link: a click is followed by the router. */
export function BrowserLink({ to, onClick, target, children, ...rest }: LinkProps) {
  const follow = useFollowClick();
  return (
    <a
      {...rest}
      href={siteHref(to)}
      onClick={(event) => {
        onClick?.(event);
        follow(event, to, target);
      }}
      target={target}
    >
      {children}
    </a>
  );
}

/**
 * The prerender's Link: the same <a>, without the router's two hooks. A prerendered page's clicks are handled by
 * the browser's Link once the page hydrates, and hydration compares markup, not hooks. A list page has over a
 * hundred links: they took about a tenth of each prerender worker's time.
 */
export function StaticLink({ to, onClick: _onClick, target, children, ...rest }: LinkProps) {
  // Completed in place and spread alone: attributes after a spread take V8's slow path, which made this <a> 4 µs,
  // more than the hooks it drops. In this order, the attributes are the browser's Link's.
  const attributes: ComponentProps<'a'> = rest;
  attributes.href = siteHref(to);
  attributes.target = target;
  attributes.children = children;
  // eslint-disable-next-line jsx-a11y/anchor-has-content -- the link's content is in its attributes, as children
  return <a {...attributes} />;
}

/** Vite makes SSR true in the prerender's build and false in the browser's, which then has no StaticLink. */
export const Link = import.meta.env.SSR ? StaticLink : BrowserLink;

/**
 * Whether the reader is at the section a link heads: at its address, or (unless `end`) under it, ignoring case, as
 * the router's NavLink decides it. The home (`/`) is current only at itself.
 */
export function isCurrentSection(pathname: string, to: string, end: boolean): boolean {
  // As links write it (`/tags/`) or as typed (`/tags`).
  const here = pathname.toLowerCase().replace(/(.)\/$/, '$1');
  const target = pathOf(to).toLowerCase();
  return here === target || (!end && target !== '/' && here.startsWith(`${target}/`));
}

/**
 * A section link: the Link above, marked `aria-current="page"` (which is how it is styled, styles.css) while the
 * reader is in its section. The router's NavLink cost the prerender more than all of a page's other links
 * together, and its `active` and `pending` classes were styled by nothing.
 */
export function NavLink({ end = false, ...props }: LinkProps & { end?: boolean }) {
  const { pathname } = useLocation();
  return <Link aria-current={isCurrentSection(pathname, props.to, end) ? 'page' : undefined} {...props} />;
}

export function Form(props: ComponentProps<typeof RouterForm>) {
  return <RouterForm discover="none" {...props} />;
}
