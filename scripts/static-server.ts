/**
 * A static file server for the built site, on loopback only. `npm start` and the browser
 * tests both use it, so the tests see the site exactly as a reader does.
 */
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sirv from 'sirv';

export function serveFolder(root: string, port: number, host = '127.0.0.1'): Promise<{ server: Server; url: string }> {
  const files = sirv(root, { dev: true, etag: true, extensions: ['html'] });
  // A missing page under /en/ gets the English "page not found" (docs/deploy.md does the same).
  const notFound = (url = '') => {
    try {
      return readFileSync(join(root, /^\/en(\/|$)/.test(url) ? 'en/404/index.html' : '404.html'));
    } catch {
      return Buffer.from('Not found');
    }
  };
  const server = createServer((req, res) =>
    files(req, res, () => {
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      res.end(notFound(req.url));
    }),
  );
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      resolvePromise({ server, url: `http://${host === '127.0.0.1' ? 'localhost' : host}:${actual}` });
    });
  });
}
