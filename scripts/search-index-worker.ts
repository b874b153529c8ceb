/**
 * The build's search thread (scripts/search-index-thread.ts starts it): it answers each message in turn with
 * search-index-work.ts. Built with the prerender worker into the server bundle.
 */
import { workerData } from 'node:worker_threads';

import { searchIndexWork, SearchWorkSettingsSchema } from './search-index-work.ts';
import { answerEachAsk } from './worker-thread.ts';

answerEachAsk(searchIndexWork(SearchWorkSettingsSchema.parse(workerData)));
