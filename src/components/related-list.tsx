import { Link } from './router-links.tsx';

import type { RelatedArticle } from '../lib/content/model.ts';
import { paths } from '../lib/paths.ts';
import { DateTime } from './date-time.tsx';

/** Related reading: each entry its section, headline and date, without the weight of a whole summary. */
export function RelatedList({ articles }: { articles: readonly RelatedArticle[] }) {
  return (
    <ol className="list-none p-0">
      {articles.map((article) => (
        <li key={article.slug} className="story">
          {article.primaryTag === null ? null : <p className="story-kicker">{article.primaryTag.name}</p>}
          <h3 className="story-title text-xl">
            <Link to={paths.article.href(article.slug)} className="quiet-link text-ink">
              {article.title}
            </Link>
          </h3>
          <p className="story-meta">
            <DateTime value={article.publishedAt} />
          </p>
        </li>
      ))}
    </ol>
  );
}
