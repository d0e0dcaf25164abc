/**
 * The hover card seen from outside: the pointer reaches a name → the first frame showing its card
 * and, on a story whose person the reader met before, → the first frame showing "Also in your
 * reading" with that earlier story in it (the memory part, an extension page in a frame).
 *
 * Times are taken in the documents themselves and put on one clock: `performance.timeOrigin +
 * performance.now()` is the same wall clock in the story's page and in the extension's frame,
 * whichever process each runs in.
 */
import type { BrowserContext, Frame, Page } from 'playwright-core';
import type { ChromiumRun } from '../../tooling/browser/chromium';
import { waitForReader } from '../../tooling/browser/chromium';
import { personCentre, pointsOnHighlights } from '../../tooling/browser/in-page';
import { STORY_B_GAP_BELOW_PX } from '../../tooling/fixtures';
import type { PageServer } from '../../tooling/browser/page-server';
import { MEMORY_FRAME_PAGE } from '../../lib/memory/frame-ticket';
import { median } from '../median';

/** The fixture stories of the memory's end-to-end test: A is read first, then B names the same person. */
const STORY_A = 'memory-story-a';
const STORY_B = 'memory-story-b';
/** The name hovered in story B: the surname alone, which B's analysis gives to Vladimir Putin. */
const HOVERED_IN_B = 'Putin';
/** What the memory part shows of story A: its quote of Putin, the first thing it lists. */
const STORY_A_MARK = '[data-testid="memory-latest-quote"]';
/** How long one page or one hover may take before the run gives up on it, in ms. */
const TIMEOUT_MS = 90_000;
/** Between two of the pointer's moves on its way to a word, in ms: one frame, as a moving hand's pointer reports. */
const POINTER_STEP_MS = 16;
/** How far the pointer goes between two moves, in px: about 1 px/ms, a quick hand. */
const POINTER_STEP_PX = 16;
/**
 * How long the pointer moves over the story's text before it reaches the word, for the story's
 * first card, in ms: about one pointing movement's time (a few hundred ms for a few hundred px).
 */
export const OVER_TEXT_MS = 240;

/**
 * Main world, once per hover: the next pointer move and the first frame after it that shows the
 * hover card, in wall-clock ms. A string: a function's compiled text may call helpers that exist
 * only in Node.
 */
const CARD_WATCH = `(() => {
  const watch = { moved: null, shown: null };
  window.__newslensCard = watch;
  const wall = (at) => performance.timeOrigin + at;
  addEventListener('mousemove', (event) => { watch.moved = wall(event.timeStamp); }, { capture: true, once: true });
  const frame = () => {
    const card = document.querySelector('[data-newslens-card]')?.shadowRoot?.querySelector('[data-testid="hover-card"]');
    if (watch.moved !== null && card && getComputedStyle(card).visibility !== 'hidden') watch.shown = wall(performance.now());
    else requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
})();`;

export interface CardWatch {
  moved: number;
  shown: number | null;
}

type Point = { x: number; y: number };

/** How the pointer comes to the word. */
export interface Approach {
  /**
   * How long the pointer moves over the story just below the word before it goes up onto the
   * word, as a reader's pointer comes over the story's text, in ms; 0: it comes from the page's
   * corner straight onto the word.
   */
  overTextMs: number;
  /**
   * Whether the move onto the word is the reader's very first input on the page: no move to the
   * corner and no Escape before it (the card cannot be open then).
   */
  firstInput: boolean;
}

/**
 * The pointer moved off and back onto the word, with the card closed before (a move to the page's
 * corner and Escape), or onto it as the page's first input: the card's watch once the card shows
 * (wall-clock times of the move onto the word and of the first frame showing the card).
 */
export async function hoverAndWatchCard(
  page: Page,
  word: Point,
  timeoutMs: number,
  { overTextMs, firstInput }: Approach = { overTextMs: 0, firstInput: false },
): Promise<CardWatch> {
  if (!firstInput) {
    await page.mouse.move(0, 0);
    await page.keyboard.press('Escape');
  }
  const path = alongTheStoryBelow(word, overTextMs);
  const onHighlights = path.length > 0 ? await page.evaluate(pointsOnHighlights, path) : [];
  if (onHighlights.length > 0)
    throw new Error(`the pointer's way to the word crosses a highlight at ${JSON.stringify(onHighlights)}`);
  for (const point of path) {
    await page.mouse.move(point.x, point.y);
    await page.waitForTimeout(POINTER_STEP_MS);
  }
  await page.evaluate(CARD_WATCH);
  await page.mouse.move(word.x, word.y);
  await page.waitForFunction(
    () => (window as unknown as { __newslensCard: CardWatch }).__newslensCard.shown !== null,
    undefined,
    { timeout: timeoutMs },
  );
  return page.evaluate(() => (window as unknown as { __newslensCard: CardWatch }).__newslensCard);
}

/**
 * The pointer's moves along the story below `word` (in the gap below its paragraph), towards it,
 * for `ms`: one every POINTER_STEP_MS.
 */
function alongTheStoryBelow(word: Point, ms: number): Point[] {
  const moves = Math.round(ms / POINTER_STEP_MS);
  return Array.from({ length: moves }, (_, i) => ({
    x: word.x + (moves - i) * POINTER_STEP_PX,
    y: word.y + STORY_B_GAP_BELOW_PX,
  }));
}

/**
 * Every document, from its start; it acts only in the memory frame's page: the wall-clock time of
 * the last frame where the earlier story's mark went from absent to shown. Absence is seen by a
 * mutation observer, not by animation frames: a hidden frame's frames may not run at all.
 */
const MEMORY_WATCH = `(() => {
  if (!location.pathname.endsWith('${MEMORY_FRAME_PAGE}')) return;
  const watch = { painted: null, present: false };
  window.__newslensMemory = watch;
  const present = () => document.querySelector('${STORY_A_MARK}') !== null;
  new MutationObserver(() => { if (!present()) watch.present = false; })
    .observe(document, { subtree: true, childList: true });
  const frame = () => {
    if (!watch.present && present()) {
      watch.present = true;
      watch.painted = performance.timeOrigin + performance.now();
    }
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
})();`;

interface MemoryWatch {
  painted: number | null;
}

export interface MemoryCardTimes {
  /** Pointer move → the card shown, per hover after the story's first card, in ms. */
  card: number[];
  /** Pointer move → the memory part showing the earlier story, per hover after the story's first card, in ms. */
  memory: number[];
  /**
   * The story's first card, the pointer coming from the page's corner straight onto the word (a
   * move to the corner and Escape before, no move over the story's text): → memory part, in ms,
   * one per run (story B opened anew each time).
   */
  firstFromOutside: number[];
  /**
   * The story's first card, the move onto the word the reader's very first input on the page, as
   * soon as the reader settled: → memory part, in ms, one per run.
   */
  firstInput: number[];
  /** The story's first card, the pointer moving over the story's text for OVER_TEXT_MS first: → memory part, in ms. */
  firstOverText: number;
}

/** In an extension page: how many stories the memory keeps. */
async function storiesKept(extensionPage: Page): Promise<number> {
  return extensionPage.evaluate(async () => {
    const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<unknown> } } })
      .chrome.runtime;
    return ((await runtime.sendMessage({ type: 'memory-status' })) as { stories: number }).stories;
  });
}

async function openRead(run: ChromiumRun, url: string): Promise<Page> {
  const page = await run.context.newPage();
  await page.goto(url, { timeout: TIMEOUT_MS });
  if (!(await waitForReader(run.worker!, TIMEOUT_MS))) throw new Error(`${url}: the reader did not settle`);
  return page;
}

/** The memory frame's page in `page`, once the card (or the reader, ahead) made it. */
async function memoryFrameOf(page: Page): Promise<Frame> {
  for (const deadline = Date.now() + TIMEOUT_MS; Date.now() < deadline; await page.waitForTimeout(20)) {
    const frame = page.frames().find((f) => f.url().includes(MEMORY_FRAME_PAGE));
    if (frame && (await frame.evaluate(() => '__newslensMemory' in window).catch(() => false))) return frame;
  }
  throw new Error('no memory frame in the card');
}

/**
 * Read story A, then open story B anew `runs` times for each of two first cards on Putin (the move
 * onto the word the page's first input; the pointer from the page's corner); then, in story B
 * opened again, its first card with the pointer coming over the story's text, and `runs` more
 * cards; each time the card's time and the memory part's time from the pointer's move onto the word. The run's context gets the memory watch for every
 * document it opens from now on.
 */
export async function measureMemoryCard(run: ChromiumRun, server: PageServer, runs: number): Promise<MemoryCardTimes> {
  const context: BrowserContext = run.context;
  await context.addInitScript(MEMORY_WATCH);
  const status = await context.newPage();
  await status.goto(`chrome-extension://${run.extensionId}/options.html`);
  const before = await storiesKept(status);
  const storyA = await openRead(run, server.urlOf(STORY_A));
  for (const deadline = Date.now() + TIMEOUT_MS; (await storiesKept(status)) <= before; ) {
    if (Date.now() > deadline) throw new Error('story A was not kept in the memory');
    await status.waitForTimeout(50);
  }
  const firstInput: number[] = [];
  const firstFromOutside: number[] = [];
  for (let i = 0; i < runs; i++) {
    firstInput.push(await firstCardOfStoryB(run, server, { overTextMs: 0, firstInput: true }));
    firstFromOutside.push(await firstCardOfStoryB(run, server, { overTextMs: 0, firstInput: false }));
  }
  const { page: storyB, word } = await openStoryB(run, server);
  const firstOverText = (await hoverForMemory(storyB, word, { overTextMs: OVER_TEXT_MS, firstInput: false })).memory;
  const hovers: Array<{ card: number; memory: number }> = [];
  for (let i = 0; i < runs; i++) hovers.push(await hoverForMemory(storyB, word));
  await storyB.keyboard.press('Escape');
  await Promise.all([status.close(), storyA.close(), storyB.close()]);
  return {
    card: hovers.map((hover) => hover.card),
    memory: hovers.map((hover) => hover.memory),
    firstFromOutside,
    firstInput,
    firstOverText,
  };
}

/** Story B opened anew, its first card hovered as `approach` says: → its memory part, in ms. */
async function firstCardOfStoryB(run: ChromiumRun, server: PageServer, approach: Approach): Promise<number> {
  const { page, word } = await openStoryB(run, server);
  const { memory } = await hoverForMemory(page, word, approach);
  await page.close();
  return memory;
}

async function openStoryB(run: ChromiumRun, server: PageServer): Promise<{ page: Page; word: Point }> {
  const page = await openRead(run, server.urlOf(STORY_B));
  await page.bringToFront();
  const word = await page.evaluate(personCentre, HOVERED_IN_B);
  if (!word) throw new Error(`story B has no person highlight reading "${HOVERED_IN_B}"`);
  return { page, word };
}

/** Hover the word (see `hoverAndWatchCard`): the pointer's move onto it → the card shown, and → the memory part shown, in ms. */
async function hoverForMemory(page: Page, word: Point, approach?: Approach): Promise<{ card: number; memory: number }> {
  const card = await hoverAndWatchCard(page, word, TIMEOUT_MS, approach);
  const frame = await memoryFrameOf(page);
  const painted = await frame.waitForFunction(
    (moved) => {
      const at = (window as unknown as { __newslensMemory: MemoryWatch }).__newslensMemory.painted;
      return at !== null && at >= moved ? at : null;
    },
    card.moved,
    { timeout: TIMEOUT_MS },
  );
  return { card: card.shown! - card.moved, memory: ((await painted.jsonValue()) as number) - card.moved };
}

/** The times' medians and their slowest, for the bench's table. */
export function describeTimes(times: number[]): { median: number; max: number } {
  return { median: median(times), max: Math.max(...times) };
}
