import type { LoaderFunctionArgs } from 'react-router';

import { listLatest } from '../../lib/content/api.ts';
import type { ArticleListPage, ListItems } from '../../lib/content/model.ts';
import { parsePageParam, QUERY_PARAMS } from '../../lib/paths.ts';
import { notFound, orNotFound } from '../../lib/routing/not-found.ts';
import { importWithRetry } from '../../lib/retry-import.ts';
import type { ActiveTagFilter } from './tag-filter-loader.ts';

export type HomeData = { list: ArticleListPage<ListItems>; filter: ActiveTagFilter | null };

export async function homeLoader({ params, request }: LoaderFunctionArgs): Promise<HomeData> {
  const page = parsePageParam(params.page);
  if (page === null) notFound();
  // The first `tags` value only, as prerenderedFor in src/app/prerendered-page.ts reads it to decide whether the
  // prerendered page can be hydrated.
  const tags = new URL(request.url).searchParams.get(QUERY_PARAMS.tags) ?? '';
  if (tags !== '') {
    // The filter's code loads only when a reader filters: it is not part of any page's first load.
    const { loadFilteredLatest } = await importWithRetry(() => import('./tag-filter-loader.ts'));
    const filtered = await loadFilteredLatest(tags, page, request.signal);
    if (filtered !== null) return filtered;
  }
  // Unfiltered: the one latest page, as every other list; the filter's file is not fetched.
  return { list: orNotFound(await listLatest({ page, signal: request.signal })), filter: null };
}
