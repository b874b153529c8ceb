/**
 * The plain static server the 'static' and 'subpath' end-to-end projects run
 * against: it must answer like a simple static host, nothing more.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request, type IncomingHttpHeaders, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, test } from 'vitest';

import { startStaticServer } from './static-server.ts';

const root = path.resolve(import.meta.dirname, '..');
const NOT_FOUND_PAGE = '<!doctype html><title>Not found</title><h1>Not found</h1>';

type Answer = { status: number; headers: IncomingHttpHeaders; body: string };

/** A request with the path exactly as given: fetch() would resolve `..` and dot segments before sending. */
function get(port: number, rawPath: string, method = 'GET'): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: 'localhost', port, path: rawPath, method }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') });
      });
    });
    req.on('error', reject);
    req.end();
  });
}

let work = '';
let site = '';
const servers: Server[] = [];

/** A small built site in `dir`: pages as folders with index.html, assets of each type, data files and a 404 page. */
function makeSite(dir: string): void {
  const files: Record<string, string> = {
    'index.html': '<!doctype html><h1>Home</h1>',
    '404.html': NOT_FOUND_PAGE,
    'articles/first/index.html': '<!doctype html><h1>First</h1>',
    'tags/index.html': '<!doctype html><h1>Tags</h1>',
    'empty-folder/.keep': '',
    'assets/app.js': 'console.log(1)',
    'assets/app.css': 'body{}',
    'assets/logo.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
    'assets/photo.png': 'png',
    'assets/photo.jpg': 'jpg',
    'assets/photo.webp': 'webp',
    'assets/blob.bin': 'bytes',
    'data/tags.json': '{"tags":[]}',
    'feed.xml': '<rss/>',
    'sitemap.xml': '<urlset/>',
    'robots.txt': 'User-agent: *',
    'favicon.ico': 'ico',
    'with space.txt': 'spaced',
  };
  for (const [name, body] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), body);
  }
}

async function serve(options: { base?: string; root?: string } = {}): Promise<number> {
  const { server, port } = await startStaticServer({ root: options.root ?? site, base: options.base, port: 0 });
  servers.push(server);
  return port;
}

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'broadsheet-static-'));
  site = path.join(work, 'site');
  makeSite(site);
  // A file next to the served folder, which no address may reach.
  writeFileSync(path.join(work, 'secret.txt'), 'secret');
});

afterAll(async () => {
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  rmSync(work, { recursive: true, force: true });
});

describe('at the root', () => {
  let port = 0;
  beforeAll(async () => {
    port = await serve();
  });

  test.each([
    ['/assets/app.js', 'text/javascript; charset=utf-8'],
    ['/assets/app.css', 'text/css; charset=utf-8'],
    ['/assets/logo.svg', 'image/svg+xml'],
    ['/assets/photo.png', 'image/png'],
    ['/assets/photo.jpg', 'image/jpeg'],
    ['/assets/photo.webp', 'image/webp'],
    ['/assets/blob.bin', 'application/octet-stream'],
    ['/data/tags.json', 'application/json; charset=utf-8'],
    ['/feed.xml', 'application/xml; charset=utf-8'],
    ['/sitemap.xml', 'application/xml; charset=utf-8'],
    ['/robots.txt', 'text/plain; charset=utf-8'],
    ['/favicon.ico', 'image/x-icon'],
    ['/articles/first/index.html', 'text/html; charset=utf-8'],
  ])('%s is served as it is, as %s', async (address, type) => {
    const answer = await get(port, address);
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toBe(type);
    expect(answer.body.length).toBeGreaterThan(0);
  });

  test('hashed assets are cached for a year, as _headers asks; everything else is revalidated', async () => {
    expect((await get(port, '/assets/photo.png')).headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await get(port, '/data/tags.json')).headers['cache-control']).toBe('no-cache');
    expect((await get(port, '/')).headers['cache-control']).toBe('no-cache');
  });

  test('a file is served byte for byte, with its length', async () => {
    const answer = await get(port, '/data/tags.json');
    expect(answer.body).toBe('{"tags":[]}');
    expect(answer.headers['content-length']).toBe('11');
  });

  test('an encoded name is decoded', async () => {
    const answer = await get(port, '/with%20space.txt');
    expect(answer.status).toBe(200);
    expect(answer.body).toBe('spaced');
  });

  test('/ serves index.html', async () => {
    const answer = await get(port, '/');
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(answer.body).toContain('<h1>Home</h1>');
  });

  test('a folder without its trailing slash answers 301 to the slash form, query kept', async () => {
    expect(await get(port, '/articles/first')).toMatchObject({
      status: 301,
      headers: { location: '/articles/first/' },
    });
    expect(await get(port, '/tags?page=2')).toMatchObject({ status: 301, headers: { location: '/tags/?page=2' } });
  });

  test('a folder with its trailing slash serves its index.html', async () => {
    const answer = await get(port, '/articles/first/');
    expect(answer.status).toBe(200);
    expect(answer.body).toContain('<h1>First</h1>');
  });

  test.each([
    '/nope',
    '/articles/nope',
    '/articles/nope/',
    '/empty-folder/',
    '/robots.txt/',
    '/articles/first.html',
    '/articles/first/x',
  ])('%s answers 404 with the body of 404.html', async (address) => {
    const answer = await get(port, address);
    expect(answer.status).toBe(404);
    expect(answer.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(answer.body).toBe(NOT_FOUND_PAGE);
  });

  test('HEAD answers the headers without a body', async () => {
    const answer = await get(port, '/data/tags.json', 'HEAD');
    expect(answer.status).toBe(200);
    expect(answer.headers['content-length']).toBe('11');
    expect(answer.body).toBe('');
  });

  test('other methods are not allowed', async () => {
    expect((await get(port, '/', 'POST')).status).toBe(405);
  });

  test.each([
    '/../secret.txt',
    '/assets/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/%2E%2E%2fsecret.txt',
    '/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
    '/..%5csecret.txt',
    '/./index.html',
    '/index.html%00.txt',
  ])('%s is refused', async (address) => {
    const answer = await get(port, address);
    expect([400, 404]).toContain(answer.status);
    expect(answer.body).not.toContain('secret');
  });

  test.each(['/%', '/%E0%A4%A', '/assets/%zz.js'])(
    'a malformed escape (%s) answers 400 and the server keeps serving',
    async (address) => {
      expect((await get(port, address)).status).toBe(400);
      expect((await get(port, '/')).status).toBe(200);
    },
  );

  test('without a 404.html, a missing file still answers 404', async () => {
    const bare = path.join(work, 'bare');
    mkdirSync(bare);
    const answer = await get(await serve({ root: bare }), '/nope');
    expect(answer.status).toBe(404);
    expect(answer.body).toBe('Not found\n');
  });
});

describe('under a base path', () => {
  let port = 0;
  beforeAll(async () => {
    port = await serve({ base: '/news/' });
  });

  test('the base maps to the folder root', async () => {
    expect((await get(port, '/news/')).body).toContain('<h1>Home</h1>');
    expect((await get(port, '/news/data/tags.json')).body).toBe('{"tags":[]}');
    expect((await get(port, '/news/articles/first/')).body).toContain('<h1>First</h1>');
  });

  test('the base without its slash and folders inside it redirect to the slash form', async () => {
    expect(await get(port, '/news')).toMatchObject({ status: 301, headers: { location: '/news/' } });
    expect(await get(port, '/news?x=1')).toMatchObject({ status: 301, headers: { location: '/news/?x=1' } });
    expect(await get(port, '/news/articles/first')).toMatchObject({
      status: 301,
      headers: { location: '/news/articles/first/' },
    });
  });

  test.each(['/', '/index.html', '/data/tags.json', '/articles/first/', '/newsroom/', '/news-index.html'])(
    '%s, outside the base, answers 404',
    async (address) => {
      expect((await get(port, address)).status).toBe(404);
    },
  );

  test('a missing file under the base answers 404 with 404.html', async () => {
    const answer = await get(port, '/news/nope');
    expect(answer.status).toBe(404);
    expect(answer.body).toBe(NOT_FOUND_PAGE);
  });

  test.each(['/news/../secret.txt', '/news/%2e%2e/secret.txt'])('%s is refused', async (address) => {
    const answer = await get(port, address);
    expect([400, 404]).toContain(answer.status);
    expect(answer.body).not.toContain('secret');
  });

  test('a base given without its slashes (news) means /news/', async () => {
    const bare = await serve({ base: 'news' });
    expect((await get(bare, '/news/articles/first/')).body).toContain('<h1>First</h1>');
    expect(await get(bare, '/news')).toMatchObject({ status: 301, headers: { location: '/news/' } });
  });
});

// Node with tsx's loader, not `npx tsx`: one process, which kill() stops.
test('the command line serves a folder under --base on the port it is given', async () => {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'scripts/static-server.ts', site, '--port', '0', '--base', '/news/'],
    {
      cwd: root,
    },
  );
  try {
    const address = await new Promise<string>((resolve, reject) => {
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString('utf8');
        const match = /at (http:\/\/\S+)/.exec(output);
        if (match?.[1] !== undefined) resolve(match[1]);
      });
      child.stderr.on('data', (chunk: Buffer) => {
        output += chunk.toString('utf8');
      });
      child.once('exit', (code) => {
        reject(new Error(`exited with ${code ?? 'a signal'}: ${output}`));
      });
    });
    const url = new URL(address);
    expect(url.pathname).toBe('/news/');
    const answer = await get(Number(url.port), '/news/articles/first/');
    expect(answer.body).toContain('<h1>First</h1>');
  } finally {
    child.kill();
  }
}, 30_000);

test('the command line refuses a missing port', async () => {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/static-server.ts', site], { cwd: root });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
  });
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  expect(code).toBe(2);
  expect(stderr).toContain('--port is required');
}, 30_000);
