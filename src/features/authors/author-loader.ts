import type { LoaderFunctionArgs } from 'react-router';

import { getAuthorPage } from '../../lib/content/api.ts';
import { isSlug } from '../../lib/content/slug.ts';
import { parsePageParam } from '../../lib/paths.ts';
import { notFound, orNotFound } from '../../lib/routing/not-found.ts';

export async function authorLoader({ params, request }: LoaderFunctionArgs) {
  const page = parsePageParam(params.page);
  if (!isSlug(params.slug) || page === null) notFound();
  return orNotFound(await getAuthorPage(params.slug, { page, signal: request.signal }));
}
