/**
 * The two browsers the end-to-end tests drive, behind one small interface, so the scenario in
 * scenario.ts is written once: Chromium through playwright-core (extension loaded with command
 * line switches) and Firefox ESR through puppeteer-core (the build installed as a temporary add-on).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page as PlaywrightPage } from 'playwright-core';
import puppeteer, { type Browser as PuppeteerBrowser, type Page as PuppeteerPage } from 'puppeteer-core';
import { GECKO_ID } from '../../../wxt.config';
import { CHROMIUM_PATH, QUIET_CHROMIUM_ARGS } from '../../../tooling/browser/chromium';
import { WAIT_WATCHDOG_MS } from '../../../tooling/browser/watchdog';

export const FIREFOX_PATH = '/usr/bin/firefox-esr';
export const INSTALL_HINT = 'apt-get install -y chromium firefox-esr';

/** The viewport of article pages: a common laptop size. */
const PAGE_VIEWPORT = { width: 1280, height: 800 };
/** The popup's viewport: its fixed width, and its maximum height. */
export const POPUP_VIEWPORT = { width: 380, height: 600 };
/** The internal UUID Firefox gives the add-on, fixed through a pref so the popup URL is known. */
const FIREFOX_ADDON_UUID = 'd4b3c2a1-5e6f-4a7b-8c9d-0e1f2a3b4c5d';

/** One tab, whichever browser drives it. */
export interface E2EPage {
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** Wait until `fn(arg)` is truthy in the page (failing only past the watchdog, when it hangs). */
  waitFor<A>(fn: (arg: A) => unknown, arg: A): Promise<void>;
  mouseMove(x: number, y: number): Promise<void>;
  /** A click of the mouse at a point of the viewport (into a frame, if one is there). */
  clickAt(x: number, y: number): Promise<void>;
  press(key: string): Promise<void>;
  click(selector: string): Promise<void>;
  /** `fullPage`: the whole scrollable page, not only the viewport. */
  screenshot(path: string, fullPage?: boolean): Promise<void>;
  bringToFront(): Promise<void>;
  /**
   * The text of the first frame whose address contains `addressPart`, read by the test driver
   * (which reaches frames of every origin, as the page's own scripts cannot); null when none is.
   */
  frameText(addressPart: string): Promise<string | null>;
  reload(): Promise<void>;
}

/** How the browser is started: the reader's system colour scheme, light unless said. */
export interface LaunchOptions {
  colorScheme?: 'light' | 'dark';
  /**
   * A profile folder to start in and keep after closing (a restart with the same profile); a fresh
   * one, removed on close, when not given.
   */
  profile?: string;
}

export interface E2EBrowser {
  name: 'chromium' | 'firefox';
  open(url: string): Promise<E2EPage>;
  /** Open the popup's page in a tab of its own; it reports on the most recently used other tab. */
  openPopup(): Promise<E2EPage>;
  /** Open the options page in a tab of its own. */
  openOptions(): Promise<E2EPage>;
  /** The addresses of the open tabs. */
  tabUrls(): Promise<string[]>;
  close(): Promise<void>;
}

/** What playwright's and puppeteer's pages both offer, under the same names and arguments. */
interface DrivenPage {
  mouse: { move(x: number, y: number): Promise<unknown>; click(x: number, y: number): Promise<unknown> };
  click(selector: string): Promise<unknown>;
  bringToFront(): Promise<unknown>;
  frames(): Array<{ url(): string; evaluate(fn: () => string): Promise<string> }>;
  reload(): Promise<unknown>;
}

/** The part of an E2EPage written the same way for both drivers. */
function sameInBothDrivers(
  page: DrivenPage,
): Pick<E2EPage, 'mouseMove' | 'clickAt' | 'click' | 'bringToFront' | 'frameText' | 'reload'> {
  return {
    mouseMove: async (x, y) => {
      await page.mouse.move(x, y);
    },
    clickAt: async (x, y) => {
      await page.mouse.click(x, y);
    },
    click: async (selector) => {
      await page.click(selector);
    },
    bringToFront: async () => {
      await page.bringToFront();
    },
    frameText: async (addressPart) => {
      const frame = page.frames().find((candidate) => candidate.url().includes(addressPart));
      return frame ? frame.evaluate(() => document.body?.textContent ?? '').catch(() => null) : null;
    },
    reload: async () => {
      await page.reload();
    },
  };
}

/** A missing browser fails the run with the command that installs it: never a silent skip. */
export function requireExecutable(path: string): void {
  if (!existsSync(path)) throw new Error(`${path} is missing: install the browsers with \`${INSTALL_HINT}\``);
}

/** A missing build fails with the command that makes it. */
export function requireBuild(dir: string): string {
  const full = resolve(dir);
  if (!existsSync(join(full, 'manifest.json'))) throw new Error(`${dir} is missing: run \`npm run build\` first`);
  return full;
}

export async function launchChromium(extensionDir: string, options: LaunchOptions = {}): Promise<E2EBrowser> {
  requireExecutable(CHROMIUM_PATH);
  const dir = requireBuild(extensionDir);
  const profile = options.profile ?? mkdtempSync(join(tmpdir(), 'newslens-chromium-'));
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    viewport: PAGE_VIEWPORT,
    colorScheme: options.colorScheme ?? 'light',
    args: [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`, ...QUIET_CHROMIUM_ARGS],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const wrap = (page: PlaywrightPage): E2EPage => ({
    // playwright's overloads cannot infer the generic argument type through this wrapper.
    evaluate: (fn, arg) => page.evaluate(fn as (arg: unknown) => never, arg),
    waitFor: async (fn, arg) => {
      await page.waitForFunction(fn as (arg: unknown) => unknown, arg, { timeout: WAIT_WATCHDOG_MS });
    },
    press: (key) => page.keyboard.press(key),
    screenshot: async (path, fullPage = false) => {
      await page.screenshot({ path, fullPage });
    },
    ...sameInBothDrivers(page),
  });
  const openExtensionPage = async (file: string, viewport = PAGE_VIEWPORT) => {
    const page = await context.newPage();
    await page.setViewportSize(viewport);
    await page.goto(`chrome-extension://${extensionId}/${file}`);
    return wrap(page);
  };
  return {
    name: 'chromium',
    async open(url) {
      const page = await context.newPage();
      await page.goto(url);
      return wrap(page);
    },
    openPopup: () => openExtensionPage('popup.html', POPUP_VIEWPORT),
    openOptions: () => openExtensionPage('options.html'),
    tabUrls: async () => context.pages().map((page) => page.url()),
    async close() {
      await context.close();
      if (!options.profile) rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Between two looks at a page that is still navigating, in ms. */
const POLL_MS = 100;

/**
 * Poll `check` until it holds, failing only past the watchdog (a hang, not a slow machine). A look
 * taken while the page is between documents can fail with a protocol error (Firefox's BiDi
 * evaluates in the old document): that counts as "not yet".
 */
export async function pollUntil(check: () => Promise<boolean>, timeoutMs = WAIT_WATCHDOG_MS): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check().catch(() => false)) return;
    if (Date.now() > deadline) throw new Error(`still waiting after ${timeoutMs} ms`);
    await new Promise((done) => setTimeout(done, POLL_MS));
  }
}

export async function launchFirefox(extensionDir: string, options: LaunchOptions = {}): Promise<E2EBrowser> {
  requireExecutable(FIREFOX_PATH);
  const dir = requireBuild(extensionDir);
  const browser: PuppeteerBrowser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    args: ['--remote-allow-system-access'],
    defaultViewport: PAGE_VIEWPORT,
    ...(options.profile ? { userDataDir: options.profile } : {}),
    extraPrefsFirefox: {
      // The add-on is installed as a temporary one, uninstalled when the browser closes; a
      // restart with the same profile keeps its data, as an add-on installed for good keeps it.
      'extensions.webextensions.keepStorageOnUninstall': true,
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_ADDON_UUID }),
      // The system's colour scheme as pages (the popup included) see it: puppeteer cannot emulate
      // prefers-color-scheme over WebDriver BiDi, so the browser starts with it.
      'ui.systemUsesDarkTheme': options.colorScheme === 'dark' ? 1 : 0,
    },
  });
  await browser.installExtension(dir);
  const wrap = (page: PuppeteerPage): E2EPage => ({
    evaluate: (fn, arg) => page.evaluate(fn as (arg: unknown) => unknown, arg) as never,
    waitFor: async (fn, arg) => {
      await page.waitForFunction(fn as (arg: unknown) => unknown, { timeout: WAIT_WATCHDOG_MS, polling: 100 }, arg);
    },
    press: (key) => page.keyboard.press(key as never),
    screenshot: async (path, fullPage = false) => {
      await page.screenshot({ path: path as `${string}.png`, fullPage });
    },
    ...sameInBothDrivers(page),
  });
  /** `ready`: a selector the page shows once it has rendered. */
  const openExtensionPage = async (file: string, ready: string, viewport = PAGE_VIEWPORT) => {
    const page = await browser.newPage();
    await page.setViewport(viewport);
    // Firefox never resolves a navigation to an extension page: do not await it, wait for the page instead.
    void page.goto(`moz-extension://${FIREFOX_ADDON_UUID}/${file}`).catch(() => undefined);
    await pollUntil(async () => (await page.$(ready)) !== null, WAIT_WATCHDOG_MS);
    return wrap(page);
  };
  return {
    name: 'firefox',
    async open(url) {
      const page = await browser.newPage();
      await page.goto(url);
      return wrap(page);
    },
    openPopup: () => openExtensionPage('popup.html', '[data-testid="popup"]', POPUP_VIEWPORT),
    openOptions: () => openExtensionPage('options.html', '[data-testid="options"]'),
    tabUrls: async () => (await browser.pages()).map((page) => page.url()),
    close: () => browser.close(),
  };
}
