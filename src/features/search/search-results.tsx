import { ArticleList } from '../../components/article-list.tsx';
import type { ExcerptPart } from '../../lib/search/excerpt.ts';
import type { SearchResult } from './run-search.ts';

function MarkedExcerpt({ parts }: { parts: readonly ExcerptPart[] }) {
  return parts.map((part, index) =>
    part.match ? (
      <mark key={index} className="rounded-sm bg-highlight px-0.5 text-ink">
        {part.text}
      </mark>
    ) : (
      part.text
    ),
  );
}

/** Results in order of relevance, shown as the lists show articles, each excerpt the passage that matched. */
export function SearchResults({ results }: { results: readonly SearchResult[] }) {
  const excerpts = new Map(results.map(({ article, excerpt }) => [article.slug, excerpt]));
  return (
    <ArticleList
      articles={results.map((result) => result.article)}
      headingLevel={2}
      excerptOf={(article) => {
        const parts = excerpts.get(article.slug) ?? [];
        return parts.length === 0 ? '' : <MarkedExcerpt parts={parts} />;
      }}
    />
  );
}
