import type { LoaderFunctionArgs } from 'react-router';

import { listAuthors } from '../../lib/content/api.ts';
import { orNotFound } from '../../lib/routing/not-found.ts';

export async function authorIndexLoader({ request }: LoaderFunctionArgs) {
  return orNotFound(await listAuthors(request.signal));
}
