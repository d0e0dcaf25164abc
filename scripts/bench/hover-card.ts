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
import { personCentre } from '../../tooling/browser/in-page';
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
    const card = document.querySelector('newslens-card')?.shadowRoot?.querySelector('[data-testid="hover-card"]');
    if (watch.moved !== null && card && getComputedStyle(card).visibility !== 'hidden') watch.shown = wall(performance.now());
    else requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
})();`;

export interface CardWatch {
  moved: number;
  shown: number | null;
}

/**
 * The pointer moved off and back onto the word, with the card closed before: the card's watch once
 * the card shows (wall-clock times of the move and of the first frame showing the card).
 */
export async function hoverAndWatchCard(
  page: Page,
  word: { x: number; y: number },
  timeoutMs: number,
): Promise<CardWatch> {
  await page.mouse.move(0, 0);
  await page.keyboard.press('Escape');
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
  /** The story's first card (the memory frame's page loads with it): pointer move → memory part, in ms. */
  firstMemory: number;
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
 * Read story A, then story B, and hover Putin in B: the story's first card (which makes the memory
 * frame), then `runs` more, each time the card's time and the memory part's time from the
 * pointer's move. The run's context gets the memory watch for every document it opens from now on.
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
  const storyB = await openRead(run, server.urlOf(STORY_B));
  await storyB.bringToFront();
  const word = await storyB.evaluate(personCentre, HOVERED_IN_B);
  if (!word) throw new Error(`story B has no person highlight reading "${HOVERED_IN_B}"`);
  const times: MemoryCardTimes = { card: [], memory: [], firstMemory: Number.NaN };
  for (let i = 0; i <= runs; i++) {
    const card = await hoverAndWatchCard(storyB, word, TIMEOUT_MS);
    const frame = await memoryFrameOf(storyB);
    const painted = await frame.waitForFunction(
      (moved) => {
        const at = (window as unknown as { __newslensMemory: MemoryWatch }).__newslensMemory.painted;
        return at !== null && at >= moved ? at : null;
      },
      card.moved,
      { timeout: TIMEOUT_MS },
    );
    const memory = ((await painted.jsonValue()) as number) - card.moved;
    // Hover 0 is the story's first card: it mounts the card's shadow root and makes the memory frame.
    if (i === 0) {
      times.firstMemory = memory;
      continue;
    }
    times.card.push(card.shown! - card.moved);
    times.memory.push(memory);
  }
  await storyB.keyboard.press('Escape');
  await Promise.all([status.close(), storyA.close(), storyB.close()]);
  return times;
}

/** The times' medians and their slowest, for the bench's table. */
export function describeTimes(times: number[]): { median: number; max: number } {
  return { median: median(times), max: Math.max(...times) };
}
