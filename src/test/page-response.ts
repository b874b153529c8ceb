/** What a static host answers for a build: pages with their data as an island (page-island.ts), and data files. */
import type { PageData } from '../build/view-model/page-data.ts';
import { pageFileUrl } from '../lib/content/data-paths.ts';
import { islandScript } from '../lib/content/page-island.ts';
import { pathnameOf } from '../lib/page-kinds.ts';

export function pageHtml(address: string, data: unknown): string {
  return `<!doctype html><html><body><div id="root"><h1>Page</h1></div>${islandScript(address, JSON.stringify(data))}</body></html>`;
}

export function pageResponse(address: string, data: unknown): Response {
  return new Response(pageHtml(address, data), { headers: { 'content-type': 'text/html' } });
}

/**
 * A fetch over a built site: each URL under the base answers its page or data file, or 404. `onRequest` hears
 * each path asked for, relative to the base.
 */
export function siteFetch(site: PageData, onRequest: (path: string) => void = () => undefined): typeof fetch {
  const answers = new Map<string, () => Response>();
  for (const page of site.pages) {
    if (page.data === null) continue;
    const address = pathnameOf(page);
    answers.set(pageFileUrl(address), () => pageResponse(address, page.data));
  }
  for (const file of site.files) answers.set(file.path, () => Response.json(file.data));
  return (input) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const path = url.slice(import.meta.env.BASE_URL.length);
    onRequest(path);
    return Promise.resolve(answers.get(path)?.() ?? new Response(null, { status: 404 }));
  };
}
