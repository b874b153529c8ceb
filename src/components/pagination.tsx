import { Link } from './router-links.tsx';

type PaginationProps = {
  page: number;
  pageCount: number;
  /** The href of page N of this list. */
  hrefFor: (page: number) => string;
  /** What the links say: lists are newest first, search results are best first. */
  labels?: { previous: string; next: string };
};

/** Newer and older pages of a list; nothing when the list fits on one page. */
export function Pagination({
  page,
  pageCount,
  hrefFor,
  labels = { previous: 'Newer', next: 'Older' },
}: PaginationProps) {
  if (pageCount <= 1) return null;
  const linkClass =
    'inline-flex min-h-11 items-center rounded-full border border-rule px-4 text-ink no-underline hover:border-accent hover:text-accent';
  return (
    <nav
      aria-label="Pages"
      className="mt-10 flex items-center justify-between gap-4 border-t border-rule pt-6 font-sans text-sm"
    >
      {page > 1 ? (
        <Link to={hrefFor(page - 1)} rel="prev" className={linkClass}>
          <span aria-hidden="true">←&nbsp;</span>
          {labels.previous}
        </Link>
      ) : (
        <span />
      )}
      <p className="text-ink-muted">
        Page {page} of {pageCount}
      </p>
      {page < pageCount ? (
        <Link to={hrefFor(page + 1)} rel="next" className={linkClass}>
          {labels.next}
          <span aria-hidden="true">&nbsp;→</span>
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
