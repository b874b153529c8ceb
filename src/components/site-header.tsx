import type { ReactNode } from 'react';
import { Link, NavLink } from 'react-router';
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
      <div className="mx-auto flex max-w-5xl flex-col items-start gap-x-6 gap-y-2 px-4 pt-4 pb-2 sm:flex-row sm:items-center sm:justify-between sm:px-6">
        <Link
          to={paths.home.href()}
          className="font-serif text-2xl font-bold tracking-tight text-ink no-underline sm:text-3xl"
        >
          {site.title}
        </Link>
        <div className="flex items-center gap-2 print:hidden">
          <ThemeToggle />
          {site.membershipUrl === null ? null : <MembershipLink href={site.membershipUrl} />}
        </div>
      </div>
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 pb-2 sm:px-6 print:hidden">
        <nav aria-label="Sections">
          <ul className="flex gap-1 font-sans text-sm font-medium">
            {NAVIGATION.map((item) => (
              <li key={item.href}>
                <NavLink
                  to={item.href}
                  end={item.end}
                  className="inline-flex min-h-11 items-center border-b-2 border-transparent px-2 text-ink no-underline hover:border-rule aria-[current=page]:border-accent"
                >
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
