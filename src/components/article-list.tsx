import type { ReactNode } from 'react';
import { Link } from 'react-router';

import type { ArticleSummary } from '../lib/content/model.ts';
import { paths } from '../lib/paths.ts';
import { AuthorNames } from './author-names.tsx';
import { DateTime } from './date-time.tsx';
import { Photo } from './photo.tsx';

type ArticleListProps = {
  articles: readonly ArticleSummary[];
  /** The level of each entry's headline, one below the heading above the list. */
  headingLevel: 2 | 3;
  /** What each entry shows under its headline: the article's excerpt unless told otherwise (search's matched passage). */
  excerptOf?: (article: ArticleSummary) => ReactNode;
  /** Gives the first entry more room (home, first page). */
  featureFirst?: boolean;
};

function ArticleListItem({
  article,
  headingLevel,
  featured,
  excerpt,
}: {
  article: ArticleSummary;
  headingLevel: 2 | 3;
  featured: boolean;
  excerpt: ReactNode;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const hasPhoto = article.image?.file != null;
  return (
    <article
      className={`grid gap-4 border-b border-rule py-6 first:pt-0 ${hasPhoto && !featured ? 'sm:grid-cols-[1fr_12rem]' : ''}`}
    >
      <div className="min-w-0">
        {article.primaryTag === null ? null : (
          <p className="mb-1 font-sans text-xs font-semibold tracking-wider text-accent uppercase">
            <Link to={paths.tag.href(article.primaryTag.slug)} className="no-underline hover:underline">
              {article.primaryTag.name}
            </Link>
          </p>
        )}
        <Heading
          className={`font-serif leading-tight font-bold text-balance ${featured ? 'text-3xl sm:text-4xl' : 'text-2xl'}`}
        >
          <Link to={paths.article.href(article.slug)} className="text-ink no-underline hover:underline">
            {article.title}
          </Link>
        </Heading>
        {excerpt === '' ? null : <p className="mt-2 max-w-[65ch] text-lg leading-relaxed">{excerpt}</p>}
        <p className="mt-2 font-sans text-sm text-ink-muted">
          <AuthorNames
            authors={article.authors}
            className="text-ink-muted underline underline-offset-2 hover:text-ink"
          />
          <span aria-hidden="true"> · </span>
          <DateTime value={article.publishedAt} />
        </p>
      </div>
      {hasPhoto && article.image ? (
        <Photo
          image={article.image}
          placement={featured ? 'featured' : 'thumbnail'}
          className={featured ? '' : 'sm:order-last'}
        />
      ) : null}
    </article>
  );
}

/** Entries separated by rules: headline first, excerpt, then the metadata in the sans. */
export function ArticleList({
  articles,
  headingLevel,
  excerptOf = (article) => article.excerpt,
  featureFirst = false,
}: ArticleListProps) {
  return (
    <ol className="list-none p-0">
      {articles.map((article, index) => (
        <li key={article.slug}>
          <ArticleListItem
            article={article}
            headingLevel={headingLevel}
            featured={featureFirst && index === 0}
            excerpt={excerptOf(article)}
          />
        </li>
      ))}
    </ol>
  );
}
