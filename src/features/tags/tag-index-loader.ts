import type { LoaderFunctionArgs } from 'react-router';

import { listTags } from '../../lib/content/api.ts';
import { orNotFound } from '../../lib/routing/not-found.ts';

export async function tagIndexLoader({ request }: LoaderFunctionArgs) {
  return orNotFound(await listTags(request.signal));
}
