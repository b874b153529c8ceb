/**
 * A deliberately plain static file server, to check that a build works on
 * the simplest host there is, with the rules of scripts/static-files.ts:
 * files are served as they are, a folder serves its index.html, and anything
 * else is a 404 with the site's 404.html. A folder address without its
 * trailing slash is redirected to it (301, as Apache, nginx and python's
 * http.server do), and an address that is not a plain path is a 400. No
 * fallback page, no rewrites, no guessing `.html`: if the build relies on any
 * of those, the site breaks here first.
 *
 *   tsx scripts/static-server.ts <dir> --port N [--base /news/]
 *
 * With --base, the folder is served under that sub-path only.
 */
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

import { normalizeBasePath } from '../src/lib/base-path.ts';
import { kindOnDisk, NOT_FOUND_PAGE, resolveStaticFile, splitRequestUrl } from './static-files.ts';
import { HASHED_ASSETS } from './csp.ts';

const HTML = 'text/html; charset=utf-8';
const TEXT = 'text/plain; charset=utf-8';

const CONTENT_TYPES: Record<string, string> = {
  '.html': HTML,
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': TEXT,
  '.ico': 'image/x-icon',
};

export type StaticServerOptions = {
  /** The folder to serve. */
  root: string;
  /** The sub-path the folder is served under: `/` (the default) or `/news/`. */
  base?: string;
};

function contentTypeOf(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

async function statOf(file: string) {
  try {
    return await stat(file);
  } catch {
    return null;
  }
}

export function createStaticServer(options: StaticServerOptions): Server {
  const root = path.resolve(options.root);
  const base = normalizeBasePath(options.base);
  const assets = path.join(root, HASHED_ASSETS.dir) + path.sep;

  /** As the build's `_headers` asks of a host (csp.ts): hashed assets for a year, everything else revalidated. */
  const cacheControlOf = (file: string) => (file.startsWith(assets) ? HASHED_ASSETS.cacheControl : 'no-cache');

  function send(
    req: IncomingMessage,
    res: ServerResponse,
    status: number,
    type: string,
    body: Buffer | string,
    cacheControl = 'no-cache',
  ): void {
    const bytes = typeof body === 'string' ? Buffer.from(body) : body;
    res.writeHead(status, { 'content-type': type, 'content-length': bytes.length, 'cache-control': cacheControl });
    res.end(req.method === 'HEAD' ? undefined : bytes);
  }

  function redirect(res: ServerResponse, location: string): void {
    res.writeHead(301, { location, 'content-length': 0 });
    res.end();
  }

  async function notFound(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const page = path.join(root, NOT_FOUND_PAGE);
    const info = await statOf(page);
    if (info?.isFile() === true) send(req, res, 404, HTML, await readFile(page));
    else send(req, res, 404, TEXT, 'Not found\n');
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('allow', 'GET, HEAD');
      send(req, res, 405, TEXT, 'Method not allowed\n');
      return;
    }
    const { pathname, query } = splitRequestUrl(req.url);
    const answer = resolveStaticFile(root, base, pathname, kindOnDisk);
    switch (answer.kind) {
      case 'file':
        send(req, res, 200, contentTypeOf(answer.file), await readFile(answer.file), cacheControlOf(answer.file));
        return;
      case 'folder-without-slash':
        redirect(res, `${answer.location}${query}`);
        return;
      case 'malformed':
        send(req, res, 400, TEXT, 'Bad request\n');
        return;
      case 'not-found':
      case 'outside-base':
        await notFound(req, res);
        return;
    }
  }

  return createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error(error);
      if (!res.headersSent) send(req, res, 500, TEXT, 'Internal server error\n');
      else res.destroy();
    });
  });
}

/** Starts serving and resolves with the port it listens on (useful with port 0). */
export function startStaticServer(
  options: StaticServerOptions & { port: number },
): Promise<{ server: Server; port: number }> {
  const server = createStaticServer(options);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, () => {
      server.off('error', reject);
      const address: AddressInfo | string | null = server.address();
      resolve({ server, port: typeof address === 'object' && address !== null ? address.port : options.port });
    });
  });
}

type CliOptions = StaticServerOptions & { port: number };

function parseArgs(args: string[]): CliOptions | string {
  let root: string | undefined;
  let port: number | undefined;
  let base: string | undefined;
  const rest = [...args];
  for (let arg = rest.shift(); arg !== undefined; arg = rest.shift()) {
    if (arg === '--port') {
      const value = rest.shift() ?? '';
      if (!/^\d{1,5}$/.test(value) || Number(value) > 65535) return `--port needs a port number, got "${value}"`;
      port = Number(value);
    } else if (arg === '--base') {
      base = rest.shift();
      if (base === undefined) return '--base needs a path such as /news/';
    } else if (!arg.startsWith('--') && root === undefined) {
      root = arg;
    } else {
      return `unexpected argument ${arg}`;
    }
  }
  if (root === undefined) return 'which folder? give it as the first argument';
  if (port === undefined) return '--port is required';
  return { root, port, base };
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  if (typeof options === 'string') {
    console.error(`${options}\nusage: tsx scripts/static-server.ts <dir> --port N [--base /news/]`);
    process.exit(2);
  }
  const info = await statOf(path.resolve(options.root));
  if (info?.isDirectory() !== true) {
    console.error(`${options.root} is not a folder (build it first?)`);
    process.exit(1);
  }
  const { port } = await startStaticServer(options);
  console.log(`serving ${options.root} at http://localhost:${port}${normalizeBasePath(options.base)}`);
}

const entry = process.argv[1];
if (entry !== undefined && import.meta.url === pathToFileURL(path.resolve(entry)).href) await main();
