import type { LoaderFunctionArgs } from 'react-router';

import { parsePageParam, QUERY_PARAMS } from '../../lib/paths.ts';
import { notFound } from '../../lib/routing/not-found.ts';
import { importWithRetry } from '../../lib/retry-import.ts';
import type { SearchOutcome } from './run-search.ts';

/** Longer queries are cut here: no reader types more, and a pasted essay must not stall the page. */
export const MAX_QUERY_LENGTH = 200;

export type SearchData = { query: string; outcome: SearchOutcome | null };

export async function searchLoader({ request }: LoaderFunctionArgs): Promise<SearchData> {
  const params = new URL(request.url).searchParams;
  const query = (params.get(QUERY_PARAMS.search) ?? '').slice(0, MAX_QUERY_LENGTH);
  // A malformed page number shows the first page of results: the nearest page that exists.
  const page = parsePageParam(params.get(QUERY_PARAMS.page) ?? undefined) ?? 1;
  if (query.trim() === '') return { query, outcome: null };
  // The search code and its index load only once a reader searches.
  const { runSearch } = await importWithRetry(() => import('./run-search.ts'));
  const outcome = await runSearch(query, page, request.signal);
  if (page > outcome.pageCount) notFound();
  return { query, outcome };
}
