import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import type { Server } from './site';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
  '.xml': 'application/xml',
  '.txt': 'text/plain',
};

/**
 * Serves a built folder under a base path on 127.0.0.1, as a static host would (404.html for
 * what is missing). `astro preview` allows one server per project, and the tests need two.
 */
export function serveStatic(root: string, base = '/'): Promise<Server> {
  const prefix = base.replace(/\/?$/, '/');
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    let file: string | undefined;
    if (path.startsWith(prefix)) {
      const candidate = normalize(join(root, path.slice(prefix.length)));
      if (candidate.startsWith(root)) {
        file = existsSync(candidate) && statSync(candidate).isDirectory() ? join(candidate, 'index.html') : candidate;
      }
    }
    if (!file || !existsSync(file)) {
      response.writeHead(404, { 'content-type': TYPES['.html']! });
      createReadStream(join(root, '404.html')).pipe(response);
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  return new Promise((ready) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      ready({
        url: `http://127.0.0.1:${port}${prefix}`,
        stop: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}
