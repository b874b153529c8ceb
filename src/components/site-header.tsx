import type { ReactNode } from 'react';
import { Link, NavLink } from './router-links.tsx';
import { site } from 'virtual:broadsheet/site';

import { paths } from '../lib/paths.ts';
import { MembershipLink } from './membership-link.tsx';
import { ThemeToggle } from './theme-toggle.tsx';

const NAVIGATION = [
  { label: 'Latest', href: paths.home.href(), end: true },
  { label: 'Tags', href: paths.tags.href(), end: false },
  { label: 'Authors', href: paths.authors.href(), end: false },
  { label: 'Search', href: paths.search.href(), end: false },
] as const;

/** The masthead and navigation; `search` is the search box, which the layout hands in (a feature's, not the header's). */
export function SiteHeader({ search }: { search: ReactNode }) {
  return (
    <header className="border-b-2 border-ink">
      {/*
       * A column on phones and a row from `sm` up, chosen by the viewport rather than by wrapping: on a slow
       * connection the browser paints the header before all of it has arrived, and a row that wrapped once the
       * last control came in would move what the reader already sees.
       */}
      <div className="masthead-top">
        <Link to={paths.home.href()} className="masthead-title">
          {site.title}
        </Link>
        <div className="flex items-center gap-2 print:hidden">
          <ThemeToggle />
          {site.membershipUrl === null ? null : <MembershipLink href={site.membershipUrl} />}
        </div>
      </div>
      <div className="masthead-sections">
        <nav aria-label="Sections">
          <ul className="flex gap-1 font-sans text-sm font-medium">
            {NAVIGATION.map((item) => (
              <li key={item.href}>
                <NavLink to={item.href} end={item.end} className="section-link">
                  {item.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        {search}
      </div>
    </header>
  );
}
