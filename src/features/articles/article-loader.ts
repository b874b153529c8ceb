import type { LoaderFunctionArgs } from 'react-router';

import { getArticle } from '../../lib/content/api.ts';
import { isSlug } from '../../lib/content/slug.ts';
import { notFound, orNotFound } from '../../lib/routing/not-found.ts';

export async function articleLoader({ params, request }: LoaderFunctionArgs) {
  if (!isSlug(params.slug)) notFound();
  return orNotFound(await getArticle(params.slug, request.signal));
}
