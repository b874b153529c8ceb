import { Link } from 'react-router';

import { AuthorNames } from '../../components/author-names.tsx';
import { DateTime } from '../../components/date-time.tsx';
import { Photo } from '../../components/photo.tsx';
import { paths } from '../../lib/paths.ts';
import type { ExcerptPart } from '../../lib/search/excerpt.ts';
import type { SearchResult } from './run-search.ts';

function Excerpt({ parts }: { parts: readonly ExcerptPart[] }) {
  return (
    <p className="mt-2 max-w-[65ch] text-lg leading-relaxed">
      {parts.map((part, index) =>
        part.match ? (
          <mark key={index} className="rounded-sm bg-highlight px-0.5 text-ink">
            {part.text}
          </mark>
        ) : (
          part.text
        ),
      )}
    </p>
  );
}

/** Results in order of relevance, each as the lists show an article, its excerpt the passage that matched. */
export function SearchResults({ results }: { results: readonly SearchResult[] }) {
  return (
    <ol className="list-none p-0">
      {results.map(({ article, excerpt }) => {
        const hasPhoto = article.image?.src != null;
        return (
          <li key={article.slug}>
            <article className={`grid gap-4 border-b border-rule py-6 ${hasPhoto ? 'sm:grid-cols-[1fr_10rem]' : ''}`}>
              <div className="min-w-0">
                {article.primaryTag === null ? null : (
                  <p className="mb-1 font-sans text-xs font-semibold tracking-wider text-accent uppercase">
                    <Link to={paths.tag.href(article.primaryTag.slug)} className="no-underline hover:underline">
                      {article.primaryTag.name}
                    </Link>
                  </p>
                )}
                <h2 className="font-serif text-2xl leading-tight font-bold text-balance">
                  <Link to={paths.article.href(article.slug)} className="text-ink no-underline hover:underline">
                    {article.title}
                  </Link>
                </h2>
                {excerpt.length === 0 ? null : <Excerpt parts={excerpt} />}
                <p className="mt-2 font-sans text-sm text-ink-muted">
                  <AuthorNames authors={article.authors} className="text-ink-muted hover:text-ink" />
                  <span aria-hidden="true"> · </span>
                  <DateTime value={article.publishedAt} />
                </p>
              </div>
              {hasPhoto && article.image ? <Photo image={article.image} className="sm:order-last" /> : null}
            </article>
          </li>
        );
      })}
    </ol>
  );
}
