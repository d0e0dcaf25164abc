/**
 * A loopback HTTP server for the safety tests, the corpus run and the browser benchmark. Unlike the
 * end-to-end fixture server it can send a page's own response headers (a strict
 * Content-Security-Policy) and serve a fixture's other files (an iframe's document), and it serves
 * pages handed to it in memory (corpus pages, generated long articles).
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { FIXTURE_PAGES_DIR } from '../fixtures';

/** `/<slug>/` or `/<slug>/<file>`: letters, digits, dashes and dots, nothing that climbs out. */
const PATH_PATTERN = /^\/([a-z0-9-]+)\/(?:([a-z0-9-]+\.[a-z]+))?$/;

export interface ServedPage {
  body: string | Buffer;
  /** Response headers besides content-type (e.g. content-security-policy). */
  headers?: Record<string, string>;
  contentType?: string;
}

export interface PageServer {
  origin: string;
  /** The URL a page is served at, e.g. http://127.0.0.1:40123/strict-csp/ */
  urlOf(slug: string, file?: string): string;
  /** Serve `page` at `/<slug>/` from now on (in-memory pages: corpus, generated articles). */
  put(slug: string, page: ServedPage): void;
  /**
   * Serve `page` at exactly `path` (with its query, if any) from now on, replacing what was
   * there: a corpus page at its own address's path, as detection would see it. Its URL.
   */
  putAt(path: string, page: ServedPage): string;
  close(): Promise<void>;
}

/** A fixture folder's page: source.html, plus the response headers in headers.json when there is one. */
function fixtureFile(slug: string, file: string | undefined): ServedPage | null {
  const path = join(FIXTURE_PAGES_DIR, slug, file ?? 'source.html');
  if (!existsSync(path)) return null;
  const headersPath = join(FIXTURE_PAGES_DIR, slug, 'headers.json');
  const headers =
    !file && existsSync(headersPath)
      ? (JSON.parse(readFileSync(headersPath, 'utf8')) as Record<string, string>)
      : undefined;
  return { body: readFileSync(path), headers };
}

export async function startPageServer(): Promise<PageServer> {
  const pages = new Map<string, ServedPage>();
  const pagesAtPath = new Map<string, ServedPage>();
  const server: Server = createServer((request, response) => {
    const match = PATH_PATTERN.exec(request.url ?? '');
    const page =
      pagesAtPath.get(request.url ?? '') ??
      (match ? ((match[2] ? null : pages.get(match[1])) ?? fixtureFile(match[1], match[2])) : null);
    if (!page) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response
      .writeHead(200, {
        'content-type': page.contentType ?? 'text/html; charset=utf-8',
        'cache-control': 'no-store',
        ...page.headers,
      })
      .end(page.body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    urlOf: (slug, file) => `${origin}/${slug}/${file ?? ''}`,
    put: (slug, page) => void pages.set(slug, page),
    putAt(path, page) {
      pagesAtPath.set(path, page);
      return `${origin}${path}`;
    },
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
