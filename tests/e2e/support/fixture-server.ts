/**
 * Serves tests/fixtures/pages/<slug>/source.html at http://127.0.0.1:<ephemeral port>/<slug>/,
 * so the extension sees ordinary http pages, and the news home page at the site's root, "/".
 * Loopback only; nothing else is reachable.
 * `?scheme=dark` serves the same page with a dark style sheet, as a site's dark theme would.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { FIXTURE_PAGES_DIR } from '../../../tooling/fixtures';

/** A slug is a folder name: letters, digits and dashes, nothing that could climb out of FIXTURE_PAGES_DIR. */
const SLUG_PATTERN = /^\/([a-z0-9-]+)\/?$/;
/** The page served at the site's root. */
const HOME_SLUG = 'news-home';
/** A site's dark theme, put first in <head>: dark background (luminance < 0.2), light text and links. */
const DARK_THEME =
  '<meta name="color-scheme" content="dark"><style>html, body { background: #14171c !important; color: #e6e6e6 !important; }' +
  ' a { color: #8ab4f8 !important; } * { background-color: transparent; color: inherit; }</style>';
const HEAD_OPEN = /<head[^>]*>/i;

export interface FixtureServer {
  /** The page's URL, e.g. http://127.0.0.1:40123/seed-article/; `dark`: with a dark theme. */
  urlOf(slug: string, scheme?: 'dark'): string;
  /** The site's root, where the news home page is served. */
  homeUrl(): string;
  close(): Promise<void>;
}

export async function startFixtureServer(): Promise<FixtureServer> {
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://fixture.invalid');
    const slug = url.pathname === '/' ? HOME_SLUG : SLUG_PATTERN.exec(url.pathname)?.[1];
    const file = slug ? join(FIXTURE_PAGES_DIR, slug, 'source.html') : null;
    if (!file || !existsSync(file)) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const html = readFileSync(file, 'utf8');
    const served =
      url.searchParams.get('scheme') === 'dark' ? html.replace(HEAD_OPEN, (head) => head + DARK_THEME) : html;
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(served);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    urlOf: (slug, scheme) => `http://127.0.0.1:${port}/${slug}/${scheme ? `?scheme=${scheme}` : ''}`,
    homeUrl: () => `http://127.0.0.1:${port}/`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
