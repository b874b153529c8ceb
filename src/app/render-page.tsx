/**
 * The app side of the prerender, bundled into scripts/prerender-worker.ts by
 * buildRenderer (scripts/prerender.ts): renders one address of the site to
 * HTML with react-router's static data APIs and the same routes, loaders and
 * views as the browser.
 */
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router';

import { basePathPrefix } from '../lib/base-path.ts';
import { setDataFetch } from '../lib/content/api.ts';
import { createRoutes } from './routes.tsx';

export type RenderedPage = { status: number; html: string };

const basename = import.meta.env.BASE_URL;
const handler = createStaticHandler(createRoutes(), { basename });

/**
 * An answer over text the prerender already holds. The platform's Response streams its body, which cost about
 * 60 µs an answer: more than a second of each worker's share of a 10,000-article build. api.ts reads an answer's
 * status, headers and text or JSON, and nothing else.
 */
class TextResponse extends Response {
  readonly #text: string;

  constructor(text: string) {
    super(null, { headers: { 'content-type': 'application/json' } });
    this.#text = text;
  }

  override text(): Promise<string> {
    return Promise.resolve(this.#text);
  }

  override json(): Promise<unknown> {
    return Promise.resolve(JSON.parse(this.#text));
  }
}

/**
 * Loaders "fetch" pages and data files (data-paths.ts) through `read`, which gives, by path, the page's island or
 * the file's JSON text, or undefined.
 */
export function serveDataFrom(read: (dataPath: string) => string | undefined): void {
  setDataFetch((input) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const body = read(url.slice(basename.length));
    return Promise.resolve(body === undefined ? new Response(null, { status: 404 }) : new TextResponse(body));
  });
}

/** `pathname` is inside the site (`/articles/x`), without the base path. */
export async function renderPage(pathname: string): Promise<RenderedPage> {
  const url = new URL(`${basePathPrefix(basename)}${pathname}`, 'http://prerender.invalid');
  const context = await handler.query(new Request(url));
  if (context instanceof Response) throw new Error(`${pathname} answered with a redirect (${context.status})`);
  const router = createStaticRouter(handler.dataRoutes, context);
  const html = renderToString(
    <StrictMode>
      <StaticRouterProvider router={router} context={context} hydrate={false} />
    </StrictMode>,
  );
  return { status: context.statusCode, html };
}
