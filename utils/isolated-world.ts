/**
 * What the detector, the reader and the background share through the extension's isolated world
 * of a frame: one global object for every extension script in that frame, which the page cannot
 * see. The detector leaves its finding there, the reader its entry point; the background reaches
 * both with `scripting.executeScript`. This module holds only those meeting points, so the
 * detector and the background can import it without pulling in the reader.
 */
import type { ArticleDetection } from '../lib/detect';
import type { Json } from '../lib/extension/messages';
import type { PageState } from '../lib/reading/page-state';

/**
 * The pages NewsLens reads: the detector's matches, and the host permission the background needs
 * to inject the reader into them (the same pages, so no wider access).
 */
export const READ_PAGES = ['http://*/*', 'https://*/*'];

/** Home pages (a site's root): the detector is not run there, since the address rules them out. */
export const HOME_PAGES = ['*://*/'];

/** The files WXT builds from entrypoints/detector, entrypoints/reader and entrypoints/highlights.css. */
export const DETECTOR_SCRIPT = 'detector.js';
/** The first line of the detector as built: V8's magic comment to compile every function at once. */
export const COMPILE_ALL_FUNCTIONS_HINT = '//# allFunctionsCalledOnLoad';
export const READER_SCRIPT = '/reader.js';
export const HIGHLIGHTS_STYLESHEET = 'assets/highlights.css';

/** The reader, once injected: one per frame, reading again when asked. */
export interface PageReaderEntry {
  /** Read the page (set up on the first call); `force` reads a page not taken for an article. */
  read(force: boolean): Promise<PageState>;
}

/** What the detector found on the page at `url`. */
export interface PublishedDetection {
  url: string;
  detection: ArticleDetection;
}

/*
 * The global properties. The functions injected with executeScript (`readInPage` and those after
 * it) are serialised and run on their own, so they spell these names out rather than refer to them.
 */
const READER_KEY = '__newslensReader';
const DETECTION_KEY = '__newslensDetection';
const DETECTOR_STARTED_KEY = '__newslensDetectorStarted';

interface IsolatedWorld {
  [READER_KEY]?: PageReaderEntry;
  [DETECTION_KEY]?: PublishedDetection;
  [DETECTOR_STARTED_KEY]?: true;
}

const world = globalThis as IsolatedWorld;

/** The reader's side: make its entry point reachable. */
export function offerReader(entry: PageReaderEntry): void {
  world[READER_KEY] ??= entry;
}

/** Is a reader injected in this frame (so it, not the detector, follows the page)? */
export function readerInjected(): boolean {
  return world[READER_KEY] !== undefined;
}

/**
 * The detector's side, before it detects: a detector runs in this frame, so the style sheet that
 * comes with it is there, though its finding is not yet (detection in steps) or never will be (a
 * reader injected meanwhile).
 */
export function markDetectorStarted(): void {
  world[DETECTOR_STARTED_KEY] = true;
}

/** The detector's side: leave the latest finding for the popup. */
export function publishDetection(found: PublishedDetection): void {
  world[DETECTION_KEY] = found;
}

/** What the reader's script answers as it is injected (its value, which `executeScript` returns). */
export interface ReaderInjection {
  /** Whether the frame had the highlights' style sheet before the reader came (see `isStyled`). */
  styled: boolean;
}

/**
 * Injected by the background after READER_SCRIPT for the popup: start (or repeat) the reading;
 * the reader's state, as JSON text (see `Json` in lib/extension/messages.ts: an injected function's answer
 * is converted on the page's main thread too).
 */
export function readInPage(force: boolean): Promise<Json<PageState>> | null {
  const entry = (globalThis as { __newslensReader?: PageReaderEntry }).__newslensReader;
  return entry ? entry.read(force).then((state) => JSON.stringify(state) as Json<PageState>) : null;
}

/**
 * The detector's finding in this frame: injected by the background for a popup on a page without
 * a reader, and called by the reader as it is injected: it starts reading where the detector found
 * an article, and its first reading takes the finding rather than detecting again.
 */
export function detectionInPage(): PublishedDetection | null {
  return (globalThis as { __newslensDetection?: PublishedDetection }).__newslensDetection ?? null;
}

/** Who follows the page in a frame, as `followerInPage` finds it. */
export interface PageFollower {
  reader: boolean;
  /** Whether a detector started in this document, finished or not. */
  detector: boolean;
  /** The address the detector last looked at; null where no detector finished. */
  detectedUrl: string | null;
}

/**
 * Has the frame the highlights' style sheet? A detector started there (the manifest gives the
 * sheet with it, and the background inserts it with a detector of its own), or a reader, injected
 * with it. The background asks of a follower it probed; the reader, as it is injected, of its own.
 */
export function isStyled(follower: PageFollower): boolean {
  return follower.reader || follower.detector;
}

/**
 * Injected by the background after the tab's address changed (whether this address was looked
 * at), and called by the reader as it is injected (see `isStyled`).
 */
export function followerInPage(): PageFollower {
  const world = globalThis as {
    __newslensReader?: unknown;
    __newslensDetection?: PublishedDetection;
    __newslensDetectorStarted?: true;
  };
  return {
    reader: world.__newslensReader !== undefined,
    detector: world.__newslensDetectorStarted === true,
    detectedUrl: world.__newslensDetection?.url ?? null,
  };
}
