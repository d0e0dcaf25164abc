/**
 * Every message between the extension's parts, typed in one place: one union per direction,
 * each member documented, and the answer each one expects in `Responses`. Nothing else calls
 * `browser.runtime.sendMessage` or `browser.tabs.sendMessage`.
 */
import { browser } from 'wxt/browser';
import type { Analysis } from '../analysis';
import type { AlsoInReading, EntityRef, MemoryExport, MemoryStatus, ReadingAnswer } from '../memory/types';
import type { ArticleDetection } from '../detect';
import type { CopiedExtraction } from '../reading/copied-extraction';
import type { PageState } from '../reading/page-state';
import type { PageText } from '../reading/page-text';

/**
 * A value carried as JSON text. Chromium converts a message's answer value by value on the
 * sender's main thread, and again on the receiver's: a long story's state (its analysis, about
 * 1 MB for 50,000 words) took a 128 ms task of the page's thread when the popup asked for it, and
 * the same analysis answered to the reader most of a 57 ms task. One string crosses in one piece;
 * JSON.stringify writes it and JSON.parse reads it in a few milliseconds.
 */
export type Json<T> = string & { readonly jsonOf?: T };

export function toJson<T>(value: T): Json<T> {
  return JSON.stringify(value) as Json<T>;
}

export function fromJson<T>(json: Json<T>): T {
  return JSON.parse(json) as T;
}

/** Content scripts → background. */
export type ContentToBackground =
  /**
   * The reader: find the story in this copy of the page, as JSON text (Readability, off the page's thread);
   * answers a `CopiedExtraction` or null. With the page's detection, the background analyses a
   * story read in one pass at once, while the page maps the answer back, so the `analyze-page`
   * that follows finds its analysis ready.
   */
  | {
      type: 'extract-page';
      /** The copy's JSON text (a `PageCopy` of reading/page-copy.ts), or its last part when `parts` parts came before it. */
      copy: string;
      detection: ArticleDetection;
      /** How many `extract-page-part` messages came before with the start of the copy's text. */
      parts: number;
    }
  /** The reader: part `index` of a large copy's JSON text (message-parts.ts), before its `extract-page`; answers nothing. */
  | { type: 'extract-page-part'; index: number; part: string }
  /** The reader: analyse the page half's reading (cached by URL and text); answers the Analysis and sets the badge. */
  | {
      type: 'analyze-page';
      url: string;
      page: PageText;
      /** The first screens of a long story, painted while the rest is analysed: the memory records only the whole story. */
      lead: boolean;
    }
  /** The reader: the page's highlights were cleared or the page left; take the badge down. */
  | { type: 'page-cleared' }
  /** The detector: this frame holds an article; inject the reader unless the settings say not to read it. */
  | { type: 'article-found' }
  /**
   * The reader, on the reader's own (trusted) hover or keys: a one-time ticket for the card's memory
   * frame to ask about this entity of the story at `url`; null when the memory is off or the tab private.
   */
  | { type: 'memory-ticket'; entity: EntityRef; url: string }
  /**
   * The reader, once its story is painted: whether the memory's history can be shown in this tab
   * (its database open, paused or not, and the tab not private), so the card's memory frame can be
   * made (empty) before the first card opens (entrypoints/reader/hover-card.ts says when).
   */
  | { type: 'memory-available' };

/** The card's memory frame (an extension page inside the card) → background. */
export type MemoryFrameToBackground =
  /** What the reader's memory holds about the ticket's entity, beyond this story; the ticket is used up. */
  { type: 'memory-for-ticket'; ticket: string };

/** The popup and the options page → background, about the reading memory. */
export type MemoryPageToBackground =
  /** Whether the memory is on, paused, and how many stories it keeps. */
  | { type: 'memory-status' }
  /** "Your reading": the entities met most over the last 7 days, or why the memory is off (one round trip for the popup). */
  | { type: 'memory-overview' }
  /** Forget every story of a site (and its subdomains); answers how many were forgotten. */
  | { type: 'memory-forget-site'; site: string }
  /** Forget everything the memory keeps. */
  | { type: 'memory-forget-all' }
  /** Everything kept, as JSON text for the download; null when the memory is off. */
  | { type: 'memory-export' };

/** Popup → background, about the page of one tab. */
export type PopupToBackground =
  /** The tab has no reader (not an article, a skipped site, on-click reading): what its detector found. */
  | { type: 'inspect-page'; tabId: number }
  /** Read and analyse the tab's page even though it was not taken for an article (or waits for a click). */
  | { type: 'read-anyway'; tabId: number };

/** Popup → the reader in the active tab. */
export type PopupToContent =
  /** What the page's reader knows now; answers a `PageState`, as JSON text (see `Json`). */
  | { type: 'get-state' }
  /** Scroll the page to an item of the summary and flash it; answers whether it was found. */
  | { type: 'reveal'; target: RevealTarget };

/** Something on the page the popup can point at. */
export type RevealTarget = { kind: 'entity'; id: string } | { kind: 'quote'; id: string };

/** The answer each message expects, by message type. */
export interface Responses {
  'extract-page': Json<CopiedExtraction | null>;
  'extract-page-part': undefined;
  'analyze-page': Json<Analysis>;
  'page-cleared': undefined;
  'article-found': undefined;
  /** Null when the tab has no detector either (a browser page, or loaded before NewsLens was installed). */
  'inspect-page': PageState | null;
  'read-anyway': PageState;
  'get-state': Json<PageState>;
  reveal: boolean;
  'memory-ticket': string | null;
  'memory-available': boolean;
  'memory-for-ticket': AlsoInReading | null;
  'memory-status': MemoryStatus;
  'memory-overview': ReadingAnswer;
  'memory-forget-site': number;
  'memory-forget-all': undefined;
  'memory-export': Json<MemoryExport> | null;
}

export type ToBackground = ContentToBackground | PopupToBackground | MemoryFrameToBackground | MemoryPageToBackground;
export type AnyMessage = ToBackground | PopupToContent;
export type ResponseTo<M extends AnyMessage> = Responses[M['type']];

/**
 * The `default` of a handler's switch over one direction's messages: it takes `never`, so a message
 * type added to the union and handled nowhere fails the type check instead of going unanswered.
 */
export function unhandledMessage(message: never): never {
  throw new Error(`no handler for the message ${JSON.stringify(message)}`);
}

/** Every message type, for telling ours from other senders'. */
const MESSAGE_TYPES: ReadonlySet<string> = new Set<keyof Responses>([
  'extract-page',
  'extract-page-part',
  'analyze-page',
  'page-cleared',
  'article-found',
  'inspect-page',
  'read-anyway',
  'get-state',
  'reveal',
  'memory-ticket',
  'memory-available',
  'memory-for-ticket',
  'memory-status',
  'memory-overview',
  'memory-forget-site',
  'memory-forget-all',
  'memory-export',
]);

/** Is this something one of our parts sent (and not another extension's or a page's message)? */
export function isExtensionMessage(value: unknown): value is AnyMessage {
  return typeof value === 'object' && value !== null && MESSAGE_TYPES.has(String((value as { type?: unknown }).type));
}

/** From a content script, the popup, the options page or the card's memory frame to the background. */
export function sendToBackground<M extends ToBackground>(message: M): Promise<ResponseTo<M>> {
  return browser.runtime.sendMessage(message) as Promise<ResponseTo<M>>;
}

/** From the popup to the reader of one tab. */
export function sendToTab<M extends PopupToContent>(tabId: number, message: M): Promise<ResponseTo<M>> {
  return browser.tabs.sendMessage(tabId, message) as Promise<ResponseTo<M>>;
}
