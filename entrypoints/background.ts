/**
 * The background: injects the page's reader where the detector found an article (or where the
 * popup asks to read anyway), finds the story in the copy the reader sends (Readability lives only
 * here, off the page's thread), runs the NLP half of the pipeline (compromise lives only here),
 * caches each analysis by URL and text, sets the toolbar badge, tells the popup what the detector
 * found on a page without a reader, and carries out the keyboard command. It owns the reading
 * memory (lib/memory/): each analysis is recorded off the page's path, and only the extension's
 * own pages (the popup, the options, the card's memory frame) are answered what it holds.
 */
import { browser, type Browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import type { Analysis } from '../lib/analysis';
import { AnalysisCache, cacheKey } from '../lib/extension/analysis-cache';
import { MemoryService } from '../lib/extension/memory-service';
import { openMemory } from '../lib/memory/store';
import {
  fromJson,
  isExtensionMessage,
  toJson,
  unhandledMessage,
  type ContentToBackground,
  type MemoryFrameToBackground,
  type MemoryPageToBackground,
  type PopupToBackground,
  type ResponseTo,
  type ToBackground,
} from '../lib/extension/messages';
import { detectByAddress } from '../lib/detect';
import type { PageState, ReadingDecision } from '../lib/reading/page-state';
import { extractedPageText, leadOf, stateOfUnreadPage, type PageText } from '../lib/reading/page-text';
import { extractCopiedPage, warmUpExtraction } from '../lib/extract';
import { analyzePageText } from '../lib/pipeline';
import { WARM_UP_STEPS } from '../lib/analyze';
import { WarmUp } from '../lib/extension/warm-up';
import { DecisionsAhead } from '../lib/extension/decisions-ahead';
import { PartsInTransit } from '../lib/extension/message-parts';
import type { PageCopy } from '../lib/reading/page-copy';
import { memoryKeepDays, readingDecision, toggleSiteHighlights } from '../lib/extension/settings';
import {
  DETECTOR_SCRIPT,
  HIGHLIGHTS_STYLESHEET,
  READER_SCRIPT,
  detectionInPage,
  followerInPage,
  isStyled,
  readInPage,
  type PublishedDetection,
  type ReaderInjection,
} from '../utils/isolated-world';
import { SPA_SETTLE_MS } from '../utils/navigation';

/** The manifest's command (see wxt.config.ts) that turns highlights on or off for the site. */
export const TOGGLE_COMMAND = 'toggle-highlights';

/** The badge's colour: the person colour's ink, quiet next to most toolbars. */
const BADGE_COLOR = '#1d4ed8';

/** The frames of a tab NewsLens reads in: the detector runs in top frames only. */
const TOP_FRAME = 0;

type InjectionTarget = { tabId: number; frameIds: number[] };

export default defineBackground(() => {
  const cache = new AnalysisCache();
  const memory = new MemoryService(() => openMemory());
  const copyParts = new PartsInTransit();
  const decisions = new DecisionsAhead();
  // The extraction first: the reader's copy asks for it before the analysis is needed.
  const warmUp = new WarmUp([warmUpExtraction, ...WARM_UP_STEPS]);
  memoryKeepDays.watch((days) => void memory.forgetOlderThan(days));
  browser.runtime.onMessage.addListener((message: unknown, sender: Browser.runtime.MessageSender) => {
    if (!isExtensionMessage(message)) return undefined;
    switch (message.type) {
      case 'extract-page':
      case 'extract-page-part':
      case 'analyze-page':
      case 'page-cleared':
      case 'article-found':
      case 'memory-ticket':
      case 'memory-available':
        return answerContent(message, sender, { cache, copyParts, decisions, memory, warmUp });
      case 'inspect-page':
      case 'read-anyway':
        return answerPopup(message);
      case 'memory-for-ticket':
      case 'memory-status':
      case 'memory-overview':
      case 'memory-forget-site':
      case 'memory-forget-all':
      case 'memory-export':
        return answerMemoryPage(message, sender, memory);
      default:
        return undefined;
    }
  });
  browser.tabs.onUpdated.addListener((tabId: number, change: { url?: string }) => {
    if (!change.url || !isReadableAddress(change.url)) return;
    void warmUpWhereRead(warmUp, decisions.readAhead(tabId, hostOf(change.url)));
    void detectAfterNavigation({ tabId, frameIds: [TOP_FRAME] }, change.url);
  });
  browser.commands?.onCommand.addListener((command: string) => {
    if (command === TOGGLE_COMMAND) void toggleHighlightsInActiveTab();
  });
});

/** What the background keeps for as long as its worker runs. */
interface WorkerState {
  cache: AnalysisCache;
  /** The parts of the pages' copies on their way, by the frame that sends them. */
  copyParts: PartsInTransit;
  decisions: DecisionsAhead;
  memory: MemoryService;
  warmUp: WarmUp;
}

async function answerContent(
  message: ContentToBackground,
  sender: Browser.runtime.MessageSender,
  { cache, copyParts, decisions, memory, warmUp }: WorkerState,
): Promise<ResponseTo<ToBackground>> {
  const tabId = sender.tab?.id;
  switch (message.type) {
    case 'extract-page-part':
      copyParts.add(senderFrame(sender), message.index, message.part);
      return undefined;
    case 'extract-page': {
      const copy = fromJson<PageCopy>(copyParts.finish(senderFrame(sender), message.parts, message.copy));
      const extraction = extractCopiedPage(copy);
      if (extraction) analyzeAhead(copy.url, extractedPageText(message.detection, extraction), cache);
      return toJson(extraction);
    }
    case 'analyze-page': {
      const analysis = cachedAnalysis(message.url, message.page, cache, message.lead);
      // Neither awaited: the page has its answer whatever the memory and the toolbar do with it
      // (the badge's two calls held the first paint back by 3–10 ms). A long story's first
      // screens are not recorded: its whole text follows, and would replace them.
      if (!message.lead)
        void memory.record({ url: message.url, site: hostOf(message.url), analysis, incognito: isPrivate(sender) });
      if (tabId !== undefined) void showBadge(tabId, badgeTextFor(analysis));
      return toJson(analysis);
    }
    // A private window records nothing, and its cards show nothing of the history either.
    case 'memory-ticket':
      if (tabId === undefined || isExtensionPage(sender)) throw new Error('a ticket is for a reader in a tab');
      return isPrivate(sender) ? null : memory.ticketFor(message.entity, message.url);
    case 'memory-available':
      return isPrivate(sender) ? false : memory.isAvailable();
    case 'page-cleared':
      if (tabId !== undefined) await showBadge(tabId, '');
      return undefined;
    case 'article-found':
      if (tabId === undefined) throw new Error('the message came from outside a tab');
      if ((await decisions.take(tabId, hostOf(sender.url))) === 'read') {
        // Injected where the detector found an article, the reader reads at once. The style sheet
        // is there already: the manifest adds it with the detector, and the background with a
        // detector of its own.
        await injectReader({ tabId, frameIds: [sender.frameId ?? TOP_FRAME] });
        // A worker the detector's message woke: it gets ready while the page copies itself.
        warmUp.start();
      }
      return undefined;
    default:
      return unhandledMessage(message);
  }
}

/** The frame a message came from, as a key: a reader reads in one frame of one tab. */
function senderFrame(sender: Browser.runtime.MessageSender): string {
  return `${sender.tab?.id ?? 'no tab'}:${sender.frameId ?? TOP_FRAME}`;
}

/** Whether the message came from a tab of a private window. */
function isPrivate(sender: Browser.runtime.MessageSender): boolean {
  return sender.tab?.incognito ?? false;
}

/**
 * The page whose reading `decision` is being read has yet to load: where it will be read, the
 * analysis gets ready meanwhile, before the story asks for it. A skipped site, or on-click
 * reading, does not pay for it.
 */
async function warmUpWhereRead(warmUp: WarmUp, decision: Promise<ReadingDecision>): Promise<void> {
  if ((await decision) === 'read') warmUp.start();
}

/**
 * The analysis of a page's text, from the cache when this URL's same text was analysed for the
 * same use. A story's lead is analysed to be painted only: without key points (see `AnalysisScope`).
 */
function cachedAnalysis(url: string, page: PageText, cache: AnalysisCache, lead: boolean): Analysis {
  const key = cacheKey(url, page.text, lead);
  const analysis = cache.get(key) ?? analyzePageText(page, { keyPoints: !lead });
  cache.set(key, analysis);
  return analysis;
}

/**
 * Analyse what the page will ask for first as soon as the story is extracted, in the task after
 * the extraction's answer has left: the page maps that answer back and asks meanwhile, and finds
 * the analysis in the cache (or waiting behind this task) instead of one more round trip later.
 * That is the story's lead where it has one (see `leadOf`), else the whole; the whole of a story
 * read in two passes is asked for once its lead is painted.
 */
function analyzeAhead(url: string, page: PageText, cache: AnalysisCache): void {
  const lead = leadOf(page.text);
  const first = { ...page, text: lead ?? page.text };
  setTimeout(() => {
    try {
      cachedAnalysis(url, first, cache, lead !== null);
    } catch {
      // The page's own request meets the same error, and reports it.
    }
  }, 0);
}

async function answerPopup(message: PopupToBackground): Promise<ResponseTo<ToBackground>> {
  const target = { tabId: message.tabId, frameIds: [TOP_FRAME] };
  switch (message.type) {
    case 'inspect-page':
      return inspectPage(target);
    case 'read-anyway':
      return readWithReader(target, true);
    default:
      return unhandledMessage(message);
  }
}

/**
 * What the memory holds goes only to the extension's own pages: a page's scripts cannot send to
 * the background, and a content script is no extension page, so neither is ever answered.
 */
async function answerMemoryPage(
  message: MemoryFrameToBackground | MemoryPageToBackground,
  sender: Browser.runtime.MessageSender,
  memory: MemoryService,
): Promise<ResponseTo<ToBackground>> {
  if (!isExtensionPage(sender)) throw new Error('the reading memory answers only the extension’s own pages');
  switch (message.type) {
    case 'memory-for-ticket':
      return memory.redeem(message.ticket);
    case 'memory-status':
      return memory.status();
    case 'memory-overview':
      return memory.overview();
    case 'memory-forget-site':
      return memory.forgetSite(message.site);
    case 'memory-forget-all':
      await memory.forgetEverything();
      return undefined;
    case 'memory-export': {
      const exported = await memory.export();
      return exported ? toJson(exported) : null;
    }
    default:
      return unhandledMessage(message);
  }
}

/** Did the message come from one of the extension's own pages (not a content script in a web page)? */
function isExtensionPage(sender: Browser.runtime.MessageSender): boolean {
  return sender.url?.startsWith(browser.runtime.getURL('/')) ?? false;
}

/**
 * The highlights' style sheet, for a document the manifest did not give it to (see wxt.config.ts):
 * one loaded at a site's home page or before NewsLens was installed. The same rules twice change
 * nothing, but each insertion restyles the whole page (a second on a page of 100,000 nodes).
 */
function insertStyleSheet(target: InjectionTarget): Promise<void> {
  return browser.scripting.insertCSS({ target, files: [HIGHLIGHTS_STYLESHEET] });
}

/**
 * Inject the reader into the frame (the script keeps its first copy): where the detector found an
 * article, it starts reading as it is injected (see entrypoints/reader/index.ts).
 */
async function injectReader(target: InjectionTarget): Promise<ReaderInjection> {
  const [injection] = await browser.scripting.executeScript({ target, files: [READER_SCRIPT] });
  const injected = injection?.result as ReaderInjection | undefined;
  if (!injected) throw new Error('the reader did not start in the page');
  return injected;
}

/**
 * Inject the reader and have it read, for the popup: the reader's state once read (`force`:
 * whatever detection says; the reader joins its reading under way of the article at this address
 * rather than start anew, see `PageReader.read`). The style sheet goes in unless the reader found
 * it in the frame, where inserting it again would restyle the whole page. The popup may ask where
 * no detector ran.
 */
async function readWithReader(target: InjectionTarget, force: boolean): Promise<PageState> {
  const { styled } = await injectReader(target);
  const [[injection]] = await Promise.all([
    browser.scripting.executeScript({ target, func: readInPage, args: [force] }),
    !styled && insertStyleSheet(target),
  ]);
  if (!injection?.result) throw new Error('the reader did not start in the page');
  return fromJson(injection.result);
}

/**
 * The state of a page the popup found without a reader: not an article, a skipped site, on-click
 * reading. An article that should have been read gets its reader now. Null where no detector ran.
 */
async function inspectPage(target: InjectionTarget): Promise<PageState | null> {
  const [injection] = await browser.scripting.executeScript({ target, func: detectionInPage });
  const found = injection?.result ?? (await addressFinding(target.tabId));
  if (!found) return null;
  const host = hostOf(found.url);
  const decision = await readingDecision(host);
  if (found.detection.isArticle && decision === 'read') return readWithReader(target, false);
  return stateOfUnreadPage(found.detection, decision, host);
}

/** What the tab's address alone says, for a page where no detector ran (a site's home page). */
async function addressFinding(tabId: number): Promise<PublishedDetection | null> {
  const { url } = await browser.tabs.get(tabId);
  const detection = detectByAddress(url);
  return url && detection ? { url, detection } : null;
}

/**
 * A tab's address changed to one the detector reads: a page load, or a single-page app's
 * navigation, which the detector's finding no longer describes (or which leaves a home page,
 * where no detector ran). Once the new page had time to render, the detector looks at it, unless
 * it already looked at this address or a reader follows the page.
 */
async function detectAfterNavigation(target: InjectionTarget, url: string): Promise<void> {
  await new Promise((resume) => setTimeout(resume, SPA_SETTLE_MS));
  try {
    const [probe] = await browser.scripting.executeScript({ target, func: followerInPage });
    const follower = probe?.result;
    if (!follower || follower.reader || follower.detectedUrl === url) return;
    // No detector ran in this document yet, so neither did the manifest's style sheet.
    await Promise.all([
      !isStyled(follower) && insertStyleSheet(target),
      browser.scripting.executeScript({ target, files: [`/${DETECTOR_SCRIPT}` as const] }),
    ]);
  } catch {
    // A page NewsLens may not script (the browser's own, a store's), or a tab closed meanwhile.
  }
}

/**
 * The number of quotes once a text was analysed (an article, or a page the reader asked to read
 * anyway); nothing where nothing was analysed.
 */
export function badgeTextFor(analysis: Analysis): string {
  if (analysis.skipped || analysis.text === '') return '';
  return String(analysis.quotes.length);
}

async function showBadge(tabId: number, text: string): Promise<void> {
  // The action API is `browserAction` in MV2 builds; badges are cosmetic, so a failure is only logged.
  const action = browser.action ?? browser.browserAction;
  try {
    await action.setBadgeText({ tabId, text });
    if (text) await action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR });
  } catch (error) {
    console.warn('NewsLens: badge not set:', error);
  }
}

/** The command works on any page of a site, read or not: it flips the site's switch in the settings. */
async function toggleHighlightsInActiveTab(): Promise<void> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  const host = hostOf(tab?.url);
  if (host) await toggleSiteHighlights(host);
}

/**
 * A page the detector reads: a web page whose address alone does not rule it out (a browser
 * page, a file or an extension's page has no detector; a site's home page is no story).
 */
function isReadableAddress(url: string): boolean {
  return hostOf(url) !== '' && !detectByAddress(url);
}

/** The site of a web page; empty for anything else (a browser page, a file, no address). */
function hostOf(url: string | undefined): string {
  try {
    const parsed = new URL(url ?? '');
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.hostname : '';
  } catch {
    return '';
  }
}
