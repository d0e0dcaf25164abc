/**
 * `npm run test:corpus`: the built extension on every page of the shared data, in headless
 * Chromium, each page loaded once with the extension and once without it. It records what the
 * extension must never do to a page: throw, make the page's own scripts fail, keep a page from
 * settling within 10 s, leave the DOM changed after highlights are switched off, make a request
 * of its own, or hold the main thread for over 50 ms (a trace and profile of each visit). Prints a
 * Markdown summary for docs/quality.md.
 *
 *   npm run test:corpus                      # every page of ../shared/data, build in .output/chrome-mv3
 *   npm run test:corpus -- --data DIR        # where the pages are
 *   npm run test:corpus -- --limit N         # the first N pages of each source
 *   npm run test:corpus -- --build DIR       # another Chromium build of the extension
 *
 * Pages are served from 127.0.0.1 with their external scripts removed (the machine has no
 * internet), and every request to another host is aborted by request interception.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import type { CDPSession, Page, Worker } from 'playwright-core';
import {
  copyBuild, launchChromium, setHighlightsOff, waitForReader, workerRequests, type ChromiumRun, type PageDiagnostics,
} from '../tests/e2e/safety/chromium';
import { hasNewsLensElement, pageMarkup, paintedCount, paintedNames } from '../tests/e2e/safety/in-page';
import { startPageServer, type PageServer } from '../tests/e2e/safety/page-server';
import {
  LONG_TASK_MS, PROFILE_INTERVAL_US, scriptTimeMs, stopProfile, stopTrace, tasksRunning,
} from '../tests/e2e/safety/trace';
import { median, percentile } from './median';

/** The promise: every page reaches its final state within this, from the start of navigation, in ms. */
const FINAL_STATE_MS = 10_000;
/** How long a navigation may take before the page counts as failed to load, in ms. */
const NAVIGATION_TIMEOUT_MS = 20_000;
/** How long a page that missed `FINAL_STATE_MS` is still waited for, to report how late it was, in ms. */
const LATE_LIMIT_MS = 30_000;
/** Digit runs this long are cache busters and timestamps in URLs and messages: compared as one. */
const VOLATILE_DIGITS = /\d{4,}/g;
/** How long switching highlights off may take to show on the page, in ms. */
const SWITCH_OFF_MS = 3_000;
/** How long the page is left alone before highlights go off, to see whether it changes itself, in ms. */
const CONTROL_MS = 500;
/** How many problem pages the report names per kind of problem. */
const LISTED_PAGES = 8;

/** External scripts and preloads: they cannot load here, and their failure is not the extension's. */
const NETWORK_LOADS = [
  /<script\b[^>]*\bsrc\s*=[^>]*>[\s\S]*?<\/script\s*>/gi,
  /<link\b[^>]*\brel\s*=\s*["']?(?:preload|modulepreload|prefetch|preconnect|dns-prefetch)\b[^>]*>/gi,
];

interface CorpusPage {
  /** Where the page comes from, relative to the data folder. */
  source: string;
  html: string;
  /** The page's own address, where the data set records it (article-vs-nonarticle/labels.tsv). */
  url?: string;
}

interface PageResult {
  source: string;
  loaded: boolean;
  /** Milliseconds from navigation to the reader's final state; null when it missed `FINAL_STATE_MS`. */
  settledMs: number | null;
  /** For a page that missed it: when it did settle (null: not within `LATE_LIMIT_MS`). */
  lateMs: number | null;
  /** The page's own script sent the tab elsewhere (an unreachable host here): nothing to check. */
  leftPage: boolean;
  isArticle: boolean | null;
  painted: number;
  extensionErrors: string[];
  /** Uncaught page errors seen with the extension and not without it. */
  newPageErrors: string[];
  domRestored: boolean;
  /** The page's own scripts changed its DOM while it was watched: the restore check does not apply. */
  domChangesItself: boolean;
  /** Where the markup first differs after highlights off (empty when restored). */
  domDifference: string;
  /** Requests whose initiator stack runs through the extension's code. */
  extensionRequests: string[];
  /** The longest main-thread task that ran the extension's code (trace and profile), in ms. */
  longestTaskMs: number;
  /** Main-thread time in the extension's scripts (the trace's top-level script events), in ms. */
  scriptMs: number;
  /** URLs requested only in the run with the extension (the page's own late requests, or the extension's). */
  unmatchedRequests: string[];
}

function listFiles(dir: string, accept: (path: string) => boolean): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).sort().flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path, accept) : accept(path) ? [path] : [];
  });
}

/** Every corpus page: Readability's test pages, the article/non-article pages, the extraction benchmark. */
function corpusPages(dataDir: string, limit: number): Array<{ source: string; read: () => CorpusPage }> {
  const sources = [
    listFiles(join(dataDir, 'readability-pages/test-pages'), (path) => path.endsWith('/source.html')),
    listFiles(join(dataDir, 'article-vs-nonarticle'), (path) => path.endsWith('.html')),
    listFiles(join(dataDir, 'article-extraction/html'), (path) => path.endsWith('.html.gz')),
  ];
  const addresses = recordedAddresses(dataDir);
  return sources.flatMap((files) => files.slice(0, limit)).map((path) => ({
    source: relative(dataDir, path),
    read: () => ({
      source: relative(dataDir, path),
      html: path.endsWith('.gz') ? gunzipSync(readFileSync(path)).toString('utf8') : readFileSync(path, 'utf8'),
      url: addresses.get(relative(dataDir, path)),
    }),
  }));
}

/** The addresses article-vs-nonarticle/labels.tsv records, by file relative to the data folder. */
function recordedAddresses(dataDir: string): Map<string, string> {
  const labels = join(dataDir, 'article-vs-nonarticle', 'labels.tsv');
  if (!existsSync(labels)) return new Map();
  const rows = readFileSync(labels, 'utf8').trim().split('\n').slice(1);
  const addresses = new Map<string, string>();
  for (const row of rows) {
    const [, , path, url] = row.split('\t');
    if (path && url) addresses.set(join('article-vs-nonarticle', path), url);
  }
  return addresses;
}

/**
 * Where a corpus page is served: at its own address's path when the data set records one (the
 * detector reads addresses), else under a story-like slug.
 */
function serve(server: PageServer, index: number, page: CorpusPage): string {
  const served = { body: withoutNetworkLoads(page.html) };
  if (page.url) {
    const own = new URL(page.url);
    return server.putAt(`${own.pathname}${own.search}`, served);
  }
  const slug = slugOf(index, page.source);
  server.put(slug, served);
  return server.urlOf(slug);
}

function withoutNetworkLoads(html: string): string {
  return NETWORK_LOADS.reduce((text, pattern) => text.replace(pattern, ''), html);
}

/** A URL path segment for the page, so the detector sees an ordinary story-like address. */
function slugOf(index: number, source: string): string {
  const words = source.toLowerCase().replace(/\.html(\.gz)?$/, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return `p${index}-${words}`.slice(0, 80).replace(/-$/, '');
}

interface Visit {
  diagnostics: PageDiagnostics;
  loaded: boolean;
}

/**
 * The page in the run without the extension, what it does on its own, watched as long as the
 * visit with the extension lasted (`watchMs`): late image handlers, timers and lazy loads then
 * have the same time to fire in both runs, so their errors and requests are not put on the extension.
 */
async function visitWithout(run: ChromiumRun, url: string, watchMs: number): Promise<Visit> {
  const started = Date.now();
  try {
    const { page, diagnostics } = await run.open(url, { timeoutMs: NAVIGATION_TIMEOUT_MS, waitUntil: 'domcontentloaded' });
    await page.waitForTimeout(Math.max(0, watchMs - (Date.now() - started)));
    await page.close();
    return { diagnostics, loaded: true };
  } catch {
    return { diagnostics: { extensionErrors: [], extensionWarnings: [], pageErrors: [], cspViolations: [], requests: [], extensionInitiated: [] }, loaded: false };
  }
}

/** Stop the visit's trace and profile: the extension's longest main-thread task and its script time, in ms. */
async function extensionTimeOf(cdp: CDPSession, urlPrefix: string): Promise<{ longestTaskMs: number; scriptMs: number }> {
  const { sampleTimesUs } = await stopProfile(cdp, urlPrefix);
  const trace = await stopTrace(cdp);
  return { longestTaskMs: tasksRunning(trace, urlPrefix, sampleTimesUs)[0] ?? 0, scriptMs: scriptTimeMs(trace, urlPrefix) };
}

/** Wait (at most `SWITCH_OFF_MS`) until no NewsLens highlight is left on the page. */
async function waitUntilUnpainted(page: Page): Promise<void> {
  await page.waitForFunction(() => ![...CSS.highlights.keys()].some((name) => name.startsWith('newslens-')), undefined, { timeout: SWITCH_OFF_MS })
    .catch(() => undefined);
}

/** What the visit with the extension saw, before it is set against the page's own behaviour. */
interface ExtensionVisit {
  result: Omit<PageResult, 'source' | 'newPageErrors' | 'unmatchedRequests'>;
  diagnostics: PageDiagnostics;
  /** How long the page was open, in ms. */
  durationMs: number;
}

/** The page with the extension: settle, then switch highlights off and compare the DOM. */
async function visitWith(run: ChromiumRun, worker: Worker, url: string): Promise<ExtensionVisit | null> {
  const started = Date.now();
  let watched;
  try {
    watched = await run.open(url, { timeoutMs: NAVIGATION_TIMEOUT_MS, waitUntil: 'domcontentloaded', trace: true, profileIntervalUs: PROFILE_INTERVAL_US.coarse });
  } catch {
    return null;
  }
  const { page, diagnostics, cdp } = watched;
  let state = await waitForReader(worker, FINAL_STATE_MS - (Date.now() - started));
  const settledMs = state ? Date.now() - started : null;
  let lateMs: number | null = null;
  if (!state) {
    state = await waitForReader(worker, LATE_LIMIT_MS - (Date.now() - started));
    lateMs = state ? Date.now() - started : null;
  }
  const { longestTaskMs, scriptMs } = await extensionTimeOf(cdp, `chrome-extension://${run.extensionId}/`)
    .catch(() => ({ longestTaskMs: 0, scriptMs: 0 }));
  const leftPage = !page.url().startsWith(url);
  const painted = await page.evaluate(paintedCount).catch(() => 0);
  const before = await page.evaluate(pageMarkup).catch(() => '');
  // A control: the page left alone as long as the switch takes. A page whose own scripts change it
  // meanwhile cannot show whether the extension gave the DOM back.
  await page.waitForTimeout(CONTROL_MS);
  const domChangesItself = (await page.evaluate(pageMarkup).catch(() => '')) !== before;
  await setHighlightsOff(worker, ['127.0.0.1']);
  await waitUntilUnpainted(page);
  const after = await page.evaluate(pageMarkup).catch(() => '');
  const stillPainted = (await page.evaluate(paintedNames).catch(() => [])).length > 0;
  const cardLeft = await page.evaluate(hasNewsLensElement).catch(() => false);
  await page.close();
  const durationMs = Date.now() - started;
  await setHighlightsOff(worker, []);
  return {
    diagnostics,
    durationMs,
    result: {
      loaded: true,
      settledMs,
      lateMs,
      leftPage,
      isArticle: state?.isArticle ?? null,
      painted,
      extensionErrors: [...diagnostics.extensionErrors, ...diagnostics.extensionWarnings],
      domRestored: (domChangesItself || before === after) && !stillPainted && !cardLeft,
      domChangesItself,
      domDifference: firstDifference(before, after) || (stillPainted ? 'highlights left' : cardLeft ? 'card host left' : ''),
      extensionRequests: diagnostics.extensionInitiated,
      longestTaskMs,
      scriptMs,
    },
  };
}

/** Both visits of one page set against each other. */
async function checkPage(plain: ChromiumRun, withExtension: ChromiumRun, worker: Worker, source: string, url: string): Promise<PageResult> {
  const visit = await visitWith(withExtension, worker, url);
  if (!visit) {
    return {
      source, loaded: false, settledMs: null, lateMs: null, leftPage: false, isArticle: null, painted: 0, extensionErrors: [], newPageErrors: [],
      domRestored: true, domChangesItself: false, domDifference: '', extensionRequests: [], unmatchedRequests: [], longestTaskMs: 0, scriptMs: 0,
    };
  }
  const reference = await visitWithout(plain, url, visit.durationMs);
  const seen = new Set(reference.diagnostics.requests.map(comparable));
  const referenceErrors = new Set(reference.diagnostics.pageErrors.map(comparable));
  return {
    source,
    ...visit.result,
    newPageErrors: [...new Set(visit.diagnostics.pageErrors.filter((error) => !referenceErrors.has(comparable(error))))],
    unmatchedRequests: visit.diagnostics.requests.filter((request) => !seen.has(comparable(request))),
  };
}

/** A URL or message with its volatile digits (timestamps, cache busters) made equal. */
function comparable(text: string): string {
  return text.replace(VOLATILE_DIGITS, '#');
}

/** The two markups around their first difference, briefly; empty when equal. */
function firstDifference(a: string, b: string): string {
  if (a === b) return '';
  let at = 0;
  while (at < a.length && a[at] === b[at]) at++;
  const around = (text: string) => JSON.stringify(text.slice(Math.max(0, at - 30), at + 50));
  return `before ${around(a)} after ${around(b)}`;
}


function listed(results: PageResult[], detail: (result: PageResult) => string): string {
  if (results.length === 0) return '';
  const names = results.slice(0, LISTED_PAGES).map((result) => `${result.source} (${detail(result)})`);
  return names.join('; ') + (results.length > LISTED_PAGES ? `; … ${results.length - LISTED_PAGES} more` : '');
}

function report(results: PageResult[], workerFetches: string[], seconds: number): string {
  const left = results.filter((r) => r.loaded && r.leftPage);
  const loaded = results.filter((r) => r.loaded && !r.leftPage);
  const settled = loaded.map((r) => r.settledMs ?? r.lateMs).filter((v): v is number => v !== null);
  const rows: Array<[string, PageResult[], (r: PageResult) => string]> = [
    ['Uncaught errors or failures logged by the extension', loaded.filter((r) => r.extensionErrors.length > 0), (r) => r.extensionErrors[0].slice(0, 80)],
    ['Page errors only with the extension', loaded.filter((r) => r.newPageErrors.length > 0), (r) => r.newPageErrors[0].slice(0, 80)],
    [`Not in final state within ${FINAL_STATE_MS / 1000} s`, loaded.filter((r) => r.settledMs === null),
      (r) => (r.lateMs === null ? `not within ${LATE_LIMIT_MS / 1000} s` : `final after ${r.lateMs} ms`)],
    [`DOM not restored after highlights off (${loaded.filter((r) => r.domChangesItself).length} pages that change themselves not checkable)`,
      loaded.filter((r) => !r.domRestored), (r) => r.domDifference.slice(0, 200)],
    ['Requests initiated by the extension\'s code (initiator stack)', loaded.filter((r) => r.extensionRequests.length > 0), (r) => r.extensionRequests[0]],
    [`Main-thread tasks over ${LONG_TASK_MS} ms running the extension's code (trace)`, loaded.filter((r) => r.longestTaskMs > LONG_TASK_MS),
      (r) => `${r.longestTaskMs.toFixed(0)} ms`],
  ];
  const longestTasks = loaded.map((r) => r.longestTaskMs);
  const notArticles = loaded.filter((r) => r.isArticle === false);
  const scriptTimes = notArticles.map((r) => r.scriptMs);
  const untouched = notArticles.filter((r) => r.scriptMs === 0).length;
  const unmatched = loaded.filter((r) => r.unmatchedRequests.length > 0);
  const lines = [
    `Corpus run: ${results.length} pages (${loaded.length} loaded and stayed on the page), ${loaded.filter((r) => r.isArticle).length} read as articles, `
      + `${loaded.filter((r) => r.painted > 0).length} painted; ${seconds.toFixed(0)} s in all.`,
    '',
    '| Check | Pages | Bar | Examples |',
    '| --- | ---: | ---: | --- |',
    ...rows.map(([check, pages, detail]) => `| ${check} | ${pages.length} | 0 | ${listed(pages, detail).replace(/\|/g, '\\|')} |`),
    `| Requests by the extension's service worker | ${workerFetches.length} | 0 | ${workerFetches.slice(0, LISTED_PAGES).join('; ')} |`,
    `| For reference: pages with requests seen only in the run with the extension, none initiated by it (the page's own, at other times) | `
      + `${unmatched.filter((r) => r.extensionRequests.length === 0).length} | – | ${listed(unmatched, (r) => r.unmatchedRequests[0].slice(0, 80)).replace(/\|/g, '\\|')} |`,
    '',
    '| Time to final state | Value |',
    '| --- | ---: |',
    `| Median | ${median(settled).toFixed(0)} ms |`,
    `| 95th percentile | ${percentile(settled, 0.95).toFixed(0)} ms |`,
    `| Slowest | ${Math.max(...settled).toFixed(0)} ms (${loaded.find((r) => r.settledMs === Math.max(...settled))?.source ?? ''}) |`,
    '',
    '| Longest task running the extension\'s code, per page | Value |',
    '| --- | ---: |',
    `| Median | ${median(longestTasks).toFixed(1)} ms |`,
    `| Longest | ${Math.max(0, ...longestTasks).toFixed(1)} ms (${loaded.find((r) => r.longestTaskMs === Math.max(...longestTasks))?.source ?? ''}) |`,
    '',
    `| The extension's script time on the ${notArticles.length} pages not taken for articles (trace; ${untouched} of them ran none of its code) | Value |`,
    '| --- | ---: |',
    `| Median | ${median(scriptTimes).toFixed(2)} ms |`,
    `| 90th percentile | ${percentile(scriptTimes, 0.9).toFixed(2)} ms |`,
  ];
  if (left.length > 0) {
    lines.push('', `Not checkable: ${left.length} pages whose own script sent the tab to another (unreachable) host: ${left.map((r) => r.source).join(', ')}`);
  }
  const failed = results.filter((r) => !r.loaded);
  if (failed.length > 0) lines.push('', `Pages that failed to load with the extension: ${failed.map((r) => r.source).join(', ')}`);
  return lines.join('\n');
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      data: { type: 'string', default: resolve('../shared/data') },
      limit: { type: 'string' },
      build: { type: 'string', default: '.output/chrome-mv3' },
    },
  });
  const limit = values.limit ? Number(values.limit) : Infinity;
  const pages = corpusPages(resolve(values.data!), limit);
  if (pages.length === 0) throw new Error(`no corpus pages under ${values.data}: pass --data DIR`);
  const build = copyBuild(values.build!);
  const server: PageServer = await startPageServer();
  const plain = await launchChromium();
  const withExtension = await launchChromium({ extensionDir: build.dir });
  const worker = withExtension.worker!;
  const started = Date.now();
  const results: PageResult[] = [];
  try {
    for (const [index, entry] of pages.entries()) {
      const page = entry.read();
      const url = serve(server, index, page);
      const result = await checkPage(plain, withExtension, worker, page.source, url);
      results.push(result);
      const flags = [result.extensionErrors.length && 'EXT-ERROR', result.newPageErrors.length && 'PAGE-ERROR',
        result.settledMs === null && 'SLOW', !result.domRestored && 'DOM', result.extensionRequests.length && 'REQUEST', result.unmatchedRequests.length && 'unmatched-request',
        result.longestTaskMs > LONG_TASK_MS && 'LONG-TASK'].filter(Boolean);
      process.stderr.write(`${index + 1}/${pages.length} ${page.source}: ${result.settledMs ?? '-'} ms, longest task ${result.longestTaskMs.toFixed(0)} ms, `
        + `script ${result.scriptMs.toFixed(2)} ms ${flags.join(' ')}\n`);
    }
    const workerFetches = await workerRequests(worker);
    console.log(report(results, workerFetches, (Date.now() - started) / 1000));
  } finally {
    await withExtension.close();
    await plain.close();
    await server.close();
    build.remove();
  }
}

await main();
