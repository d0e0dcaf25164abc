/**
 * The bench's floors: what any extension pays on this machine in this run, measured beside
 * NewsLens so its own share shows whatever the machine's load (issue: absolute times do not
 * carry from one hour to the next on a shared 2-core machine).
 *
 * The null extension paints one highlight at document_idle and has a static toolbar popup. The
 * toolbar popup of either extension is opened the way a reader opens it,
 * `chrome.action.openPopup()` from its service worker; puppeteer-core drives those runs because
 * it sees the popup's target, which playwright-core does not.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page, type WebWorker } from 'puppeteer-core';
import { CHROMIUM_PATH } from '../../tooling/browser/chromium';

/** The null extension's highlight: its name starts like NewsLens's, so the bench's paint watch counts it. */
const FLOOR_HIGHLIGHT = 'newslens-floor';

const FLOOR_MANIFEST = {
  manifest_version: 3,
  name: 'Bench floor',
  version: '1.0',
  background: { service_worker: 'worker.js' },
  action: { default_popup: 'popup.html' },
  content_scripts: [{ matches: ['<all_urls>'], js: ['paint.js'], run_at: 'document_idle' }],
};

/** One highlight over the page's first text: the least work a highlighter can do. */
const FLOOR_PAINT = `(() => {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.data.trim() ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP),
  });
  const text = walker.nextNode();
  if (!text) return;
  const range = new Range();
  range.selectNodeContents(text);
  CSS.highlights.set('${FLOOR_HIGHLIGHT}', new Highlight(range));
})();`;

/** A popup with its text in its HTML: painted at its first frame. */
const FLOOR_POPUP = '<!doctype html><meta charset="utf-8"><body style="width:380px"><h1>Bench floor</h1></body>';

/** Write the null extension to a temporary folder. */
export function writeFloorExtension(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'newslens-floor-'));
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(FLOOR_MANIFEST));
  writeFileSync(join(dir, 'worker.js'), '// A service worker, so that chrome.action.openPopup() has a caller.\n');
  writeFileSync(join(dir, 'paint.js'), FLOOR_PAINT);
  writeFileSync(join(dir, 'popup.html'), FLOOR_POPUP);
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** One opening of a toolbar popup, in ms from its navigation. */
export interface PopupOpening {
  domContentLoaded: number;
  firstPaint: number;
  /** When the popup's content was in its DOM: the popup's own mark where it sets one, else DOMContentLoaded. */
  contentCommitted: number;
}

/** The popup's content is on screen at the first frame painted once it is in the DOM. */
export function contentPainted(opening: PopupOpening): number {
  return Math.max(opening.firstPaint, opening.contentCommitted);
}

export interface PopupBench {
  /** Open the toolbar popup over `tab` and wait until `ready` holds in it. */
  open(tab: Page, ready: string, contentMark: string | null): Promise<PopupOpening>;
  newTab(url: string): Promise<Page>;
  close(): Promise<void>;
}

/** Chromium with one extension, driven by puppeteer-core to open its toolbar popup. */
export async function launchPopupBench(extensionDir: string, timeoutMs: number): Promise<PopupBench> {
  const browser: Browser = await puppeteer.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    enableExtensions: [extensionDir],
    // Puppeteer loads an extension by path only over a pipe.
    pipe: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  const workerTarget = await browser.waitForTarget((target) => target.type() === 'service_worker', {
    timeout: timeoutMs,
  });
  const worker = (await workerTarget.worker()) as WebWorker;
  return {
    async newTab(url) {
      const tab = await browser.newPage();
      await tab.goto(url, { timeout: timeoutMs });
      return tab;
    },
    async open(tab, ready, contentMark) {
      await tab.bringToFront();
      const opened = browser.waitForTarget((target) => target.url().endsWith('/popup.html'), { timeout: timeoutMs });
      await worker.evaluate(() => (globalThis as unknown as { chrome: ChromeAction }).chrome.action.openPopup());
      const popup = (await (await opened).asPage()) as Page;
      await popup.waitForFunction(ready, { timeout: timeoutMs, polling: 'raf' });
      // A first paint comes after the content in a popup that renders at once: wait for it.
      await popup.waitForFunction(() => performance.getEntriesByName('first-paint').length > 0, {
        timeout: timeoutMs,
        polling: 'raf',
      });
      const opening = await popup.evaluate((mark) => {
        const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
        const firstPaint = performance.getEntriesByName('first-paint')[0].startTime;
        const committed = mark ? performance.getEntriesByName(mark)[0]?.startTime : undefined;
        return {
          domContentLoaded: navigation.domContentLoadedEventEnd,
          firstPaint,
          contentCommitted: committed ?? navigation.domContentLoadedEventEnd,
        };
      }, contentMark);
      await popup.close();
      return opening;
    },
    close: () => browser.close(),
  };
}

/** The one call of the extension API the bench makes in a service worker. */
interface ChromeAction {
  action: { openPopup(): Promise<void> };
}
