import type { LoaderFunctionArgs } from 'react-router';

import { listLatest } from '../../lib/content/api.ts';
import type { ArticleListPage } from '../../lib/content/model.ts';
import { parseTagsParam } from '../../lib/content/tag-filter.ts';
import { parsePageParam, QUERY_PARAMS } from '../../lib/paths.ts';
import { notFound, orNotFound } from '../../lib/routing/not-found.ts';
import { type ActiveTagFilter, loadFilteredLatest } from './tag-filter-loader.ts';

export type HomeData = { list: ArticleListPage; filter: ActiveTagFilter | null };

export async function homeLoader({ params, request }: LoaderFunctionArgs): Promise<HomeData> {
  const page = parsePageParam(params.page);
  if (page === null) notFound();
  // The first `tags` value only, as main.tsx reads it to decide whether the prerendered page can be hydrated.
  const tags = parseTagsParam(new URL(request.url).searchParams.get(QUERY_PARAMS.tags));
  if (tags.length > 0) return loadFilteredLatest(tags, page, request.signal);
  // Unfiltered: the one latest page, as every other list; the filter's file is not fetched.
  return { list: orNotFound(await listLatest({ page, signal: request.signal })), filter: null };
}
