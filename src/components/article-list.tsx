import type { ReactNode } from 'react';
import { Link } from './router-links.tsx';

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
  const hasPhoto = article.image !== null;
  return (
    <article className={hasPhoto && !featured ? 'story sm:grid-cols-[1fr_12rem]' : 'story'}>
      <div className="min-w-0">
        {article.primaryTag === null ? null : (
          <p className="story-kicker">
            <Link to={paths.tag.href(article.primaryTag.slug)} className="quiet-link">
              {article.primaryTag.name}
            </Link>
          </p>
        )}
        <Heading className={featured ? 'story-title text-3xl sm:text-4xl' : 'story-title'}>
          <Link to={paths.article.href(article.slug)} className="quiet-link text-ink">
            {article.title}
          </Link>
        </Heading>
        {excerpt === '' ? null : <p className="story-excerpt">{excerpt}</p>}
        <p className="story-meta">
          <AuthorNames authors={article.authors} className="byline-link" />
          <span aria-hidden="true"> · </span>
          <DateTime value={article.publishedAt} />
        </p>
      </div>
      {article.image === null ? null : (
        <Photo
          image={article.image}
          placement={featured ? 'featured' : 'thumbnail'}
          className={featured ? '' : 'sm:order-last'}
        />
      )}
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
