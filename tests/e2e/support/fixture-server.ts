/**
 * Serves tests/fixtures/pages/<slug>/source.html at http://127.0.0.1:<ephemeral port>/<slug>/,
 * so the extension sees ordinary http pages. Loopback only; nothing else is reachable.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';

const PAGES_DIR = resolve('tests/fixtures/pages');
/** A slug is a folder name: letters, digits and dashes, nothing that could climb out of PAGES_DIR. */
const SLUG_PATTERN = /^\/([a-z0-9-]+)\/?$/;

export interface FixtureServer {
  /** The page's URL, e.g. http://127.0.0.1:40123/seed-article/ */
  urlOf(slug: string): string;
  close(): Promise<void>;
}

export async function startFixtureServer(): Promise<FixtureServer> {
  const server: Server = createServer((request, response) => {
    const slug = SLUG_PATTERN.exec(request.url ?? '')?.[1];
    const file = slug ? join(PAGES_DIR, slug, 'source.html') : null;
    if (!file || !existsSync(file)) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    urlOf: (slug) => `http://127.0.0.1:${port}/${slug}/`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
