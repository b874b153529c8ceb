import type { LoaderFunctionArgs } from 'react-router';

import { getTagPage } from '../../lib/content/api.ts';
import { isSlug } from '../../lib/content/slug.ts';
import { parsePageParam } from '../../lib/paths.ts';
import { notFound, orNotFound } from '../../lib/routing/not-found.ts';

export async function tagLoader({ params, request }: LoaderFunctionArgs) {
  const page = parsePageParam(params.page);
  if (!isSlug(params.slug) || page === null) notFound();
  return orNotFound(await getTagPage(params.slug, { page, signal: request.signal }));
}
