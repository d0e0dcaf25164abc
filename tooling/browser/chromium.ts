/**
 * Headless Chromium for the safety tests, the corpus run and the browser benchmark: with the built
 * extension or without it (the reference run), every host but 127.0.0.1 unreachable, and each page
 * watched for errors, console warnings and requests through the DevTools protocol, so errors thrown
 * in the content script's isolated world are seen too.
 */
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page, type Worker } from 'playwright-core';
import { WAIT_WATCHDOG_MS } from './watchdog';
import { startProfile, startTrace } from './trace';

export const CHROMIUM_PATH = '/usr/bin/chromium';

/** A headless Chromium that does nothing of its own: no sandbox or GPU, no first-run, no network of its own, no sync. */
export const QUIET_CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const INSTALL_HINT = 'apt-get install -y chromium';

/** The viewport of article pages: a common laptop size (the same as the end-to-end tests). */
const PAGE_VIEWPORT = { width: 1280, height: 800 };

/**
 * Every hostname resolves to nothing except loopback: the machine has no internet, and a request
 * the extension made to anywhere else must fail fast rather than hang (it is still recorded).
 */
const LOOPBACK_ONLY = '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1';
const LOOPBACK_HOST = '127.0.0.1';
/** Schemes that reach a network; the extension's own chrome-extension:// files are not among them. */
const NETWORK_SCHEMES: ReadonlySet<string> = new Set(['http:', 'https:', 'ws:', 'wss:']);

/** Whether a request's address goes out to a network (http, https, ws, wss), not to a browser's own file. */
export function reachesNetwork(url: string): boolean {
  return URL.canParse(url) && NETWORK_SCHEMES.has(new URL(url).protocol);
}

/** The prefix the extension puts on every console message it writes (see lib/extension/run-feature.ts). */
export const EXTENSION_LOG_PREFIX = 'NewsLens:';

/** What went wrong on one page, split by who is to blame. */
export interface PageDiagnostics {
  /** Uncaught errors thrown in the extension's isolated world or in its files. */
  extensionErrors: string[];
  /** Warnings and errors the extension logged ("NewsLens: … failed"). */
  extensionWarnings: string[];
  /** Uncaught errors of the page's own scripts. */
  pageErrors: string[];
  /** Content-Security-Policy violations the browser reported. */
  cspViolations: string[];
  /** Every URL the tab requested, in order. */
  requests: string[];
  /**
   * Requests to a network (not the extension's own packaged files, such as the card's memory frame
   * page) whose initiator's stack runs through the extension's code.
   */
  extensionInitiated: string[];
}

export interface WatchedPage {
  page: Page;
  diagnostics: PageDiagnostics;
  /** The DevTools session of the tab (tracing, metrics). */
  cdp: CDPSession;
}

export interface OpenOptions {
  /** How long the navigation may take before it fails; the tests' watchdog unless said. */
  timeoutMs?: number;
  waitUntil?: 'load' | 'domcontentloaded' | 'commit';
  /** Trace the tab from before the first byte (stop with `stopTrace` on `cdp`). */
  trace?: boolean;
  /** Run V8's sampling profiler, sampling every this many µs, from before the first byte (stop with `stopProfile` on `cdp`). */
  profileIntervalUs?: number;
  /**
   * Slow the tab's main thread by this factor (DevTools' CPU throttling), from before the first
   * byte: 4 is about this 2-core machine at a load of 8, so long tasks show without waiting for load.
   */
  cpuThrottlingRate?: number;
}

export interface ChromiumRun {
  context: BrowserContext;
  /** The extension's service worker; null in a run without the extension. */
  worker: Worker | null;
  extensionId: string | null;
  /** The unpacked extension the run loaded; null in a run without it. */
  extensionDir: string | null;
  /** Open `url` in a new tab, watched from before its first byte. */
  open(url: string, options?: OpenOptions): Promise<WatchedPage>;
  close(): Promise<void>;
}

function requireChromium(): void {
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`${CHROMIUM_PATH} is missing: install it with \`${INSTALL_HINT}\``);
}

/**
 * A private copy of a build, so a teammate rebuilding .output while a run goes on cannot change
 * the extension under it. `remove` deletes the copy.
 */
export function copyBuild(dir: string): { dir: string; remove: () => void } {
  const source = resolve(dir);
  if (!existsSync(join(source, 'manifest.json'))) throw new Error(`${dir} is missing: run \`npm run build:ext\` first`);
  const copy = join(mkdtempSync(join(tmpdir(), 'newslens-build-')), 'extension');
  cpSync(source, copy, { recursive: true });
  return { dir: copy, remove: () => rmSync(join(copy, '..'), { recursive: true, force: true }) };
}

export async function launchChromium(options: { extensionDir?: string } = {}): Promise<ChromiumRun> {
  requireChromium();
  const profile = mkdtempSync(join(tmpdir(), 'newslens-safety-'));
  const extensionArgs = options.extensionDir
    ? [`--disable-extensions-except=${options.extensionDir}`, `--load-extension=${options.extensionDir}`]
    : ['--disable-extensions'];
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    viewport: PAGE_VIEWPORT,
    args: [...extensionArgs, LOOPBACK_ONLY, ...QUIET_CHROMIUM_ARGS, '--disable-default-apps'],
  });
  // Request interception as well as the resolver rule: a request to anywhere else is aborted
  // before it leaves the browser, and still shows in the page's request log.
  await context.route(
    (url) => NETWORK_SCHEMES.has(url.protocol) && url.hostname !== LOOPBACK_HOST,
    (route) => route.abort('blockedbyclient'),
  );
  const worker = options.extensionDir
    ? (context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker')))
    : null;
  const extensionId = worker ? new URL(worker.url()).host : null;
  return {
    context,
    worker,
    extensionId,
    extensionDir: options.extensionDir ?? null,
    open: (url, openOptions) => openWatched(context, url, openOptions),
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

interface ContextCreated {
  context: { id: number; origin: string; auxData?: { isDefault?: boolean } };
}
interface ExceptionThrown {
  exceptionDetails: {
    executionContextId?: number;
    url?: string;
    text: string;
    exception?: { description?: string };
    stackTrace?: { callFrames: Array<{ url: string }> };
  };
}
interface ConsoleCalled {
  type: string;
  executionContextId: number;
  args: Array<{ value?: unknown; description?: string }>;
}
interface StackTrace {
  callFrames: Array<{ url: string }>;
  parent?: StackTrace;
}
interface RequestWillBeSent {
  request: { url: string };
  initiator: { type: string; url?: string; stack?: StackTrace };
}
interface LogEntry {
  entry: { source: string; level: string; text: string; url?: string };
}

/** Diagnostics of a page nothing was seen on yet (or that could not be opened). */
export function emptyDiagnostics(): PageDiagnostics {
  return {
    extensionErrors: [],
    extensionWarnings: [],
    pageErrors: [],
    cspViolations: [],
    requests: [],
    extensionInitiated: [],
  };
}

async function openWatched(context: BrowserContext, url: string, options: OpenOptions = {}): Promise<WatchedPage> {
  const page = await context.newPage();
  const diagnostics = emptyDiagnostics();
  const cdp = await context.newCDPSession(page);
  /** Execution contexts that are not the page's own: the content script's isolated world. */
  const isolated = new Set<number>();
  cdp.on('Runtime.executionContextCreated', ({ context: created }: ContextCreated) => {
    if (created.auxData?.isDefault === false || created.origin.startsWith('chrome-extension://'))
      isolated.add(created.id);
  });
  cdp.on('Runtime.exceptionThrown', ({ exceptionDetails: details }: ExceptionThrown) => {
    const text = details.exception?.description ?? details.text;
    const urls = [details.url ?? '', ...(details.stackTrace?.callFrames.map((frame) => frame.url) ?? [])];
    const byExtension =
      isolated.has(details.executionContextId ?? -1) || urls.some((u) => u.startsWith('chrome-extension://'));
    (byExtension ? diagnostics.extensionErrors : diagnostics.pageErrors).push(text);
  });
  cdp.on('Runtime.consoleAPICalled', (call: ConsoleCalled) => {
    const text = call.args.map((arg) => String(arg.value ?? arg.description ?? '')).join(' ');
    if (
      (call.type === 'warning' || call.type === 'error') &&
      (isolated.has(call.executionContextId) || text.startsWith(EXTENSION_LOG_PREFIX))
    ) {
      diagnostics.extensionWarnings.push(text);
    }
  });
  cdp.on('Log.entryAdded', ({ entry }: LogEntry) => {
    if (entry.source === 'security' || /Content Security Policy/i.test(entry.text))
      diagnostics.cspViolations.push(entry.text);
  });
  cdp.on('Network.requestWillBeSent', ({ request, initiator }: RequestWillBeSent) => {
    const byExtension = initiatorUrls(initiator).some((u) => u.startsWith('chrome-extension://'));
    if (byExtension && reachesNetwork(request.url)) diagnostics.extensionInitiated.push(request.url);
  });
  await cdp.send('Runtime.enable');
  await cdp.send('Log.enable');
  await cdp.send('Network.enable');
  if (options.cpuThrottlingRate) await cdp.send('Emulation.setCPUThrottlingRate', { rate: options.cpuThrottlingRate });
  if (options.trace) await startTrace(cdp);
  if (options.profileIntervalUs) await startProfile(cdp, options.profileIntervalUs);
  page.on('request', (request) => void diagnostics.requests.push(request.url()));
  await page.goto(url, { timeout: options.timeoutMs ?? WAIT_WATCHDOG_MS, waitUntil: options.waitUntil ?? 'load' });
  return { page, diagnostics, cdp };
}

/** The few extension APIs the helpers call inside the service worker (no @types/chrome here). */
interface WorkerChrome {
  tabs: {
    query(filter: object): Promise<Array<{ id?: number; url?: string }>>;
    sendMessage(tabId: number, message: object): Promise<unknown>;
  };
  storage: { sync: { set(items: object): Promise<void> } };
  scripting: {
    executeScript(injection: { target: { tabId: number }; func: () => unknown }): Promise<Array<{ result?: unknown }>>;
  };
}

/** Every script URL on a request initiator's stack, async parents included. */
function initiatorUrls(initiator: RequestWillBeSent['initiator']): string[] {
  const urls = initiator.url ? [initiator.url] : [];
  for (let stack = initiator.stack; stack; stack = stack.parent)
    urls.push(...stack.callFrames.map((frame) => frame.url));
  return urls;
}

/** What the page's reader says, trimmed to what the tests need (the analysis stays in the worker). */
export interface ReaderState {
  status: 'reading' | 'done' | 'site-skipped' | 'waiting' | 'failed' | 'no-content-script';
  isArticle: boolean | null;
  entities: number;
  quotes: number;
  error?: string;
}

/**
 * Ask the reader of the newest tab for its state, through the extension's own message; on a page
 * without a reader, read the detector's finding the way the background does for the popup
 * (utils/isolated-world.ts). A site's home page runs no script (wxt.config.ts): its
 * address alone said it is no article, and it is not touched here either. The newest tab (the
 * highest id): callers ask about the page they opened last.
 */
export async function readerState(worker: Worker): Promise<ReaderState> {
  return worker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: WorkerChrome }).chrome;
    const tabs = await api.tabs.query({});
    const tab = tabs.reduce<{ id?: number; url?: string }>(
      (newest, t) => ((t.id ?? -1) > (newest.id ?? -1) ? t : newest),
      {},
    );
    const nothingRuns = { status: 'no-content-script', isArticle: null, entities: 0, quotes: 0 } as const;
    if (tab.id === undefined || tab.id < 0) return nothingRuns;
    try {
      // The reader answers JSON text (lib/extension/messages.ts, `Json`).
      const state = JSON.parse((await api.tabs.sendMessage(tab.id, { type: 'get-state' })) as string) as {
        status: ReaderState['status'];
        error?: string;
        analysis: { isArticle: boolean; entities: unknown[]; quotes: unknown[] } | null;
      };
      return {
        status: state.status,
        isArticle: state.analysis?.isArticle ?? null,
        entities: state.analysis?.entities.length ?? 0,
        quotes: state.analysis?.quotes.length ?? 0,
        ...(state.error ? { error: state.error } : {}),
      };
    } catch {
      const address = new URL(tab.url ?? 'about:blank');
      if (/^https?:$/.test(address.protocol) && address.pathname === '/' && !address.search) {
        return { status: 'done', isArticle: false, entities: 0, quotes: 0 } as const;
      }
      // No reader: what the detector left in the isolated world (the same global the background
      // reads). The function stays anonymous (an array element, not a named property): tsx wraps
      // named functions in a `__name` helper that the worker, where this is serialised to, lacks.
      const [injection] = await api.scripting
        .executeScript({
          target: { tabId: tab.id },
          func: [
            () =>
              (globalThis as { __newslensDetection?: { detection: { isArticle: boolean } } }).__newslensDetection ??
              null,
          ][0]!,
        })
        .catch(() => [{ result: null }]);
      const found = injection?.result as { detection: { isArticle: boolean } } | null | undefined;
      if (!found) return nothingRuns;
      // An article without a reader yet is about to get one.
      const status = found.detection.isArticle ? 'reading' : 'done';
      return { status, isArticle: found.detection.isArticle, entities: 0, quotes: 0 } as const;
    }
  }, undefined);
}

/** Statuses after which the reader does nothing more on its own. */
const SETTLED: ReadonlySet<ReaderState['status']> = new Set(['done', 'failed', 'site-skipped']);

/** How often the reader is asked for its state while waiting, in ms. */
const POLL_MS = 50;

/** Wait until the reader of the newest tab has settled; null when `timeoutMs` passed first. */
export async function waitForReader(worker: Worker, timeoutMs: number): Promise<ReaderState | null> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const state = await readerState(worker);
    if (SETTLED.has(state.status)) return state;
    await new Promise((done) => setTimeout(done, POLL_MS));
  }
  return null;
}

/** The popup's per-site switch, set the way the popup sets it: the `sitesWithHighlightsOff` setting. */
export async function setHighlightsOff(worker: Worker, hosts: string[]): Promise<void> {
  await worker.evaluate(async (sites) => {
    await (globalThis as unknown as { chrome: WorkerChrome }).chrome.storage.sync.set({
      sitesWithHighlightsOff: sites,
    });
  }, hosts);
}

/** URLs the extension's service worker fetched itself (its resource timing), its own files excepted. */
export async function workerRequests(worker: Worker): Promise<string[]> {
  return worker.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((name) => !name.startsWith('chrome-extension://')),
  );
}
