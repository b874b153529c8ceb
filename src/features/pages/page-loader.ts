import type { LoaderFunctionArgs } from 'react-router';

import { getPage } from '../../lib/content/api.ts';
import { isSlug } from '../../lib/content/slug.ts';
import { notFound, orNotFound } from '../../lib/routing/not-found.ts';

/** Any single segment reaches this route: one that is not a page's slug is not found. */
export async function pageLoader({ params, request }: LoaderFunctionArgs) {
  if (!isSlug(params.pageSlug)) notFound();
  return orNotFound(await getPage(params.pageSlug, request.signal));
}
