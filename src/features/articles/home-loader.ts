import type { LoaderFunctionArgs } from 'react-router';

import { listLatest } from '../../lib/content/api.ts';
import { parsePageParam } from '../../lib/paths.ts';
import { notFound, orNotFound } from '../../lib/routing/not-found.ts';

export async function homeLoader({ params, request }: LoaderFunctionArgs) {
  const page = parsePageParam(params.page);
  if (page === null) notFound();
  return orNotFound(await listLatest({ page, signal: request.signal }));
}
