/** The dev server's middlewares that answer from the content: they wait for its first read, not the server's start. */
import type { ServerResponse } from 'node:http';

import type { Connect } from 'vite';

import type { ContentState } from './content-state.ts';
import { decodedPathname } from './request-path.ts';

/**
 * Answers the requests whose path (%-decoded) starts with `prefix` with `answer`, once the content has been read
 * (state.firstLoad); any other request passes on at once. What `answer` throws goes to Vite's error handler.
 */
export function contentMiddleware(
  state: ContentState,
  prefix: string,
  answer: (path: string, res: ServerResponse, next: Connect.NextFunction) => void,
): Connect.NextHandleFunction {
  return (req, res, next) => {
    const path = decodedPathname(req.url);
    if (!path.startsWith(prefix)) {
      next();
      return;
    }
    state.firstLoad
      .then(() => {
        answer(path, res, next);
      })
      .catch(next);
  };
}
