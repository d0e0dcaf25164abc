/**
 * `npm run test:corpus`: the built extension on every page of the shared data, in headless
 * Chromium, each page loaded once with the extension and once without it. It records what the
 * extension must never do to a page, the bars that fail the run (exit code 1) when one page
 * misses them: throw, make the page's own scripts fail, leave the DOM changed after highlights
 * are switched off, make a request of its own. Beside them, as information (timings depend on the
 * machine): pages not settled within 10 s, main-thread tasks over 50 ms (a trace and profile of
 * each visit). Prints a Markdown summary for docs/quality.md (scripts/corpus-report.ts).
 *
 *   npm run test:corpus                      # every page of ../shared/data, build in .output/chrome-mv3
 *   npm run test:corpus -- --data DIR        # where the pages are
 *   npm run test:corpus -- --limit N         # the first N pages of each source
 *   npm run test:corpus -- --build DIR       # another Chromium build of the extension
 *   npm run test:corpus -- --pages A,B       # only the pages whose path holds one of these (e.g. yahoo-2)
 *   npm run test:corpus -- --cpu-throttle 4  # each tab's main thread slowed 4× (DevTools' CPU
 *                                            # throttling): long tasks of a loaded 2-core machine, reproducibly
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
  copyBuild,
  emptyDiagnostics,
  launchChromium,
  reachesNetwork,
  setHighlightsOff,
  waitForReader,
  workerRequests,
  type ChromiumRun,
  type PageDiagnostics,
  type WatchedPage,
} from '../tooling/browser/chromium';
import {
  hasNewsLensElement,
  pageChangeCount,
  pageMarkup,
  paintedCount,
  paintedNames,
  watchPageChanges,
} from '../tooling/browser/in-page';
import { startPageServer, type PageServer } from '../tooling/browser/page-server';
import {
  LONG_TASK_MS,
  PROFILE_INTERVAL_US,
  scriptTimeMs,
  stopProfile,
  stopTrace,
  tasksRunning,
} from '../tooling/browser/trace';
import {
  corpusChecks,
  corpusReport,
  FINAL_STATE_MS,
  LATE_LIMIT_MS,
  missedBars,
  type PageResult,
} from './corpus-report';
import { DATA_OPTION } from './data-options';

/** How long a navigation may take before the page counts as failed to load, in ms. */
const NAVIGATION_TIMEOUT_MS = 20_000;
/** Digit runs this long are cache busters and timestamps in URLs and messages: compared as one. */
const VOLATILE_DIGITS = /\d{4,}/g;
/** How long switching highlights off may take to show on the page, in ms. */
const SWITCH_OFF_MS = 3_000;
/** How long the page is left alone before highlights go off, to see whether it changes itself, in ms. */
const CONTROL_MS = 500;
/**
 * How long a page whose DOM differs after highlights went off is watched again, NewsLens idle, in
 * ms: a page's own lazy loader that kept still during the first look changed a page between the
 * two markups in the full run of 2026-12-03 (NY Post, article-extraction a1fca19b…), and changed it
 * again seconds later each time the page was run alone.
 */
const CONTROL_AFTER_MS = 2_000;

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

function listFiles(dir: string, accept: (path: string) => boolean): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? listFiles(path, accept) : accept(path) ? [path] : [];
    });
}

/** Every corpus page: Readability's test pages, the article/non-article pages, the extraction benchmark. */
function corpusPages(
  dataDir: string,
  limit: number,
  only: readonly string[],
): Array<{ source: string; read: () => CorpusPage }> {
  const sources = [
    listFiles(join(dataDir, 'readability-pages/test-pages'), (path) => path.endsWith('/source.html')),
    listFiles(join(dataDir, 'article-vs-nonarticle'), (path) => path.endsWith('.html')),
    listFiles(join(dataDir, 'article-extraction/html'), (path) => path.endsWith('.html.gz')),
  ];
  const addresses = recordedAddresses(dataDir);
  return sources
    .flatMap((files) => files.slice(0, limit))
    .filter((path) => only.length === 0 || only.some((part) => path.includes(part)))
    .map((path) => ({
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
  const words = source
    .toLowerCase()
    .replace(/\.html(\.gz)?$/, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `p${index}-${words}`.slice(0, 80).replace(/-$/, '');
}

interface Visit {
  diagnostics: PageDiagnostics;
  loaded: boolean;
}

/** How each page is opened, in both runs. */
interface VisitOptions {
  /** DevTools' CPU throttling of each tab (`--cpu-throttle`); none when undefined. */
  cpuThrottlingRate?: number;
}

/**
 * The page in the run without the extension, what it does on its own, watched as long as the
 * visit with the extension lasted (`watchMs`): late image handlers, timers and lazy loads then
 * have the same time to fire in both runs, so their errors and requests are not put on the extension.
 */
async function visitWithout(run: ChromiumRun, url: string, watchMs: number, options: VisitOptions): Promise<Visit> {
  const started = Date.now();
  try {
    const { page, diagnostics } = await run.open(url, {
      timeoutMs: NAVIGATION_TIMEOUT_MS,
      waitUntil: 'domcontentloaded',
      cpuThrottlingRate: options.cpuThrottlingRate,
    });
    await page.waitForTimeout(Math.max(0, watchMs - (Date.now() - started)));
    await page.close();
    return { diagnostics, loaded: true };
  } catch {
    return { diagnostics: emptyDiagnostics(), loaded: false };
  }
}

/** Stop the visit's trace and profile: the extension's longest main-thread task and its script time, in ms. */
async function extensionTimeOf(
  cdp: CDPSession,
  urlPrefix: string,
): Promise<{ longestTaskMs: number; scriptMs: number }> {
  const { sampleTimesUs } = await stopProfile(cdp, urlPrefix);
  const trace = await stopTrace(cdp);
  return {
    longestTaskMs: tasksRunning(trace, urlPrefix, sampleTimesUs)[0] ?? 0,
    scriptMs: scriptTimeMs(trace, urlPrefix),
  };
}

/** Wait (at most `SWITCH_OFF_MS`) until no NewsLens highlight is left on the page. */
async function waitUntilUnpainted(page: Page): Promise<void> {
  await page
    .waitForFunction(() => ![...CSS.highlights.keys()].some((name) => name.startsWith('newslens-')), undefined, {
      timeout: SWITCH_OFF_MS,
    })
    .catch(() => undefined);
}

/**
 * Whether the page's DOM changes by itself within CONTROL_AFTER_MS, NewsLens idle (highlights off):
 * its own change, not NewsLens's, may then be what made its markups differ.
 */
async function changesItselfLater(page: Page): Promise<boolean> {
  await page.evaluate(watchPageChanges).catch(() => undefined);
  await page.waitForTimeout(CONTROL_AFTER_MS);
  return (await page.evaluate(pageChangeCount).catch(() => 0)) > 0;
}

/** What the visit with the extension saw, before it is set against the page's own behaviour. */
interface ExtensionVisit {
  result: Omit<PageResult, 'source' | 'newPageErrors' | 'unmatchedRequests'>;
  diagnostics: PageDiagnostics;
  /** How long the page was open, in ms. */
  durationMs: number;
}

/** The page with the extension: settle, then switch highlights off and compare the DOM. */
async function visitWith(
  run: ChromiumRun,
  worker: Worker,
  url: string,
  options: VisitOptions,
): Promise<ExtensionVisit | null> {
  const started = Date.now();
  let watched: WatchedPage;
  try {
    watched = await run.open(url, {
      timeoutMs: NAVIGATION_TIMEOUT_MS,
      waitUntil: 'domcontentloaded',
      trace: true,
      profileIntervalUs: PROFILE_INTERVAL_US.coarse,
      cpuThrottlingRate: options.cpuThrottlingRate,
    });
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
  const { longestTaskMs, scriptMs } = await extensionTimeOf(cdp, `chrome-extension://${run.extensionId}/`).catch(
    () => ({ longestTaskMs: 0, scriptMs: 0 }),
  );
  const leftPage = !page.url().startsWith(url);
  const painted = await page.evaluate(paintedCount).catch(() => 0);
  const before = await page.evaluate(pageMarkup).catch(() => '');
  // A control: the page left alone as long as the switch takes. A page whose own scripts change it
  // meanwhile cannot show whether the extension gave the DOM back.
  await page.waitForTimeout(CONTROL_MS);
  let domChangesItself = (await page.evaluate(pageMarkup).catch(() => '')) !== before;
  await setHighlightsOff(worker, ['127.0.0.1']);
  await waitUntilUnpainted(page);
  const after = await page.evaluate(pageMarkup).catch(() => '');
  if (!domChangesItself && after !== before) domChangesItself = await changesItselfLater(page);
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
      domDifference:
        firstDifference(before, after) || (stillPainted ? 'highlights left' : cardLeft ? 'card host left' : ''),
      extensionRequests: diagnostics.extensionInitiated,
      longestTaskMs,
      scriptMs,
    },
  };
}

/** Both visits of one page set against each other. */
async function checkPage(
  plain: ChromiumRun,
  withExtension: ChromiumRun,
  worker: Worker,
  source: string,
  url: string,
  options: VisitOptions,
): Promise<PageResult> {
  const visit = await visitWith(withExtension, worker, url, options);
  if (!visit) {
    return {
      source,
      loaded: false,
      settledMs: null,
      lateMs: null,
      leftPage: false,
      isArticle: null,
      painted: 0,
      extensionErrors: [],
      newPageErrors: [],
      domRestored: true,
      domChangesItself: false,
      domDifference: '',
      extensionRequests: [],
      unmatchedRequests: [],
      longestTaskMs: 0,
      scriptMs: 0,
    };
  }
  const reference = await visitWithout(plain, url, visit.durationMs, options);
  const seen = new Set(reference.diagnostics.requests.map(comparable));
  const referenceErrors = new Set(reference.diagnostics.pageErrors.map(comparable));
  return {
    source,
    ...visit.result,
    newPageErrors: [
      ...new Set(visit.diagnostics.pageErrors.filter((error) => !referenceErrors.has(comparable(error)))),
    ],
    // The extension's own packaged files (the card's memory frame page) are no request to a network.
    unmatchedRequests: visit.diagnostics.requests.filter(
      (request) => reachesNetwork(request) && !seen.has(comparable(request)),
    ),
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

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      ...DATA_OPTION,
      limit: { type: 'string' },
      build: { type: 'string', default: '.output/chrome-mv3' },
      pages: { type: 'string' },
      'cpu-throttle': { type: 'string' },
    },
  });
  const limit = values.limit ? Number(values.limit) : Infinity;
  const only = values.pages ? values.pages.split(',').filter(Boolean) : [];
  const cpuThrottlingRate = values['cpu-throttle'] ? Number(values['cpu-throttle']) : undefined;
  if (cpuThrottlingRate !== undefined && !(cpuThrottlingRate >= 1))
    throw new Error(`--cpu-throttle: a slow-down factor of 1 or more, not "${values['cpu-throttle']}"`);
  const pages = corpusPages(resolve(values.data!), limit, only);
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
      const result = await checkPage(plain, withExtension, worker, page.source, url, { cpuThrottlingRate });
      results.push(result);
      const flags = [
        result.extensionErrors.length && 'EXT-ERROR',
        result.newPageErrors.length && 'PAGE-ERROR',
        result.settledMs === null && 'SLOW',
        !result.domRestored && 'DOM',
        result.extensionRequests.length && 'REQUEST',
        result.unmatchedRequests.length && 'unmatched-request',
        result.longestTaskMs > LONG_TASK_MS && 'LONG-TASK',
      ].filter(Boolean);
      process.stderr.write(
        `${index + 1}/${pages.length} ${page.source}: ${result.settledMs ?? '-'} ms, longest task ${result.longestTaskMs.toFixed(0)} ms, ` +
          `script ${result.scriptMs.toFixed(2)} ms ${flags.join(' ')}\n`,
      );
    }
    const checks = corpusChecks(results, await workerRequests(worker));
    if (cpuThrottlingRate) console.log(`CPU throttling ${cpuThrottlingRate}× on every tab (--cpu-throttle).\n`);
    console.log(corpusReport(results, checks, (Date.now() - started) / 1000));
    const missed = missedBars(checks);
    if (missed.length > 0) {
      process.stderr.write(
        `corpus: bars missed: ${missed.map((check) => `${check.check} (${check.count})`).join('; ')}\n`,
      );
      process.exitCode = 1;
    }
  } finally {
    await withExtension.close();
    await plain.close();
    await server.close();
    build.remove();
  }
}

await main();
