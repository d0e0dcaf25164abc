// The memory frame's page is about:blank here: happy-dom loads it (empty) rather than log that it would not.
// @vitest-environment-options {"settings":{"enableIframePageLoading":true}}
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { PageHoverCard, type CardMemory } from '../../entrypoints/reader/hover-card';
import { MEMORY_FRAME_ID } from '../../entrypoints/reader/memory-frame';
import { clearHighlights, paintHighlights, type PaintedSpan } from '../../lib/paint/highlight';
import { appendParagraph, installFakeHighlightApi, singleNodeMap } from '../lib/paint/highlight-api-fake';
import { answerLater } from '../support/answer-later';
import { sampleAnalysis } from '../components/sample-analysis';

const TEXT = 'Talks with Putin ended.';

/** The browser's idle time, as the test says when it comes: the callbacks waiting for it. */
class IdleTime {
  private waiting: IdleRequestCallback[] = [];

  request = (callback: IdleRequestCallback): number => this.waiting.push(callback);

  get requested(): number {
    return this.waiting.length;
  }

  /** The browser goes idle: every waiting callback runs. */
  come(): void {
    const due = this.waiting;
    this.waiting = [];
    for (const callback of due) callback({ didTimeout: false, timeRemaining: () => 50 });
  }
}

/** The page's lifetime as the card uses it: listeners on the targets, frames and timers as the window's, idle time as `idle` says. */
function fakeContext(idle: IdleTime): ContentScriptContext {
  return {
    addEventListener: (target: EventTarget, type: string, handler: EventListener, options?: AddEventListenerOptions) =>
      target.addEventListener(type, handler, options),
    requestAnimationFrame: (callback: FrameRequestCallback) => setTimeout(() => callback(0), 0),
    requestIdleCallback: idle.request,
    setTimeout: (handler: () => void, ms: number) => setTimeout(handler, ms),
  } as unknown as ContentScriptContext;
}

/** The tab shown or hidden, as the browser says it to the page. */
function setVisibility(state: DocumentVisibilityState): void {
  Object.defineProperty(document, 'visibilityState', { value: state, configurable: true });
  document.dispatchEvent(new Event('visibilitychange'));
}

/** The reader's own input on `element` (a page's script cannot make one trusted), or, untrusted, a page's script's. */
function input(element: Element, event: Event, trusted = true): void {
  Object.defineProperty(event, 'isTrusted', { value: trusted });
  element.dispatchEvent(event);
}

const pointerMove = () => new MouseEvent('mousemove', { bubbles: true, clientX: 5, clientY: 5 });

const settle = () => new Promise((done) => setTimeout(done, 10));

function memoryFrames(): number {
  return (
    document.querySelector('[data-newslens-card]')?.shadowRoot?.querySelectorAll(`#${MEMORY_FRAME_ID}`).length ?? 0
  );
}

/** The memory frame's element in the card's root, if it was made. */
function memoryFrameElement(): HTMLElement | null {
  return document.querySelector('[data-newslens-card]')?.shadowRoot?.querySelector(`#${MEMORY_FRAME_ID}`) ?? null;
}

describe('PageHoverCard: the memory frame made ahead of the first card', () => {
  let uninstall: () => void;
  let paragraph: HTMLParagraphElement;
  let painted: () => PaintedSpan[];
  let idle: IdleTime;
  let ticketFor: ReturnType<typeof vi.fn<CardMemory['ticketFor']>>;

  beforeEach(() => {
    idle = new IdleTime();
    ticketFor = vi.fn(async () => 'a-ticket');
    setVisibility('visible');
    ({ uninstall } = installFakeHighlightApi(window));
    let textNode: Text;
    ({ paragraph, textNode } = appendParagraph(document, TEXT));
    const start = TEXT.indexOf('Putin');
    painted = () =>
      paintHighlights(document, singleNodeMap(document, textNode), [
        { kind: 'person', start, end: start + 5, entityId: 'e1', mentionIndex: 0 },
      ]).spans;
  });

  afterEach(() => {
    clearHighlights(document);
    document.querySelector('[data-newslens-card]')?.remove();
    paragraph.remove();
    uninstall();
    Reflect.deleteProperty(document, 'visibilityState');
  });

  function cardWith(available: Promise<boolean>): PageHoverCard {
    const memory: CardMemory = {
      // An empty page (loaded by happy-dom, see the file's head): the frame's element is what counts here.
      page: 'about:blank',
      origin: 'null',
      ticketFor,
      isAvailable: () => available,
    };
    return new PageHoverCard(fakeContext(idle), document, memory);
  }

  it('makes it, hidden, at the first idle time after the story is painted, with no input and no ticket asked', async () => {
    const card = cardWith(Promise.resolve(true));
    card.update(painted(), null);
    await settle();
    expect(memoryFrames()).toBe(0);
    idle.come();
    // The card's root at the idle time, the frame in the task after (a task each on a slow machine).
    expect(document.querySelector('[data-newslens-card]')).not.toBeNull();
    expect(memoryFrames()).toBe(0);
    await settle();
    expect(memoryFrames()).toBe(1);
    expect(memoryFrameElement()?.getAttribute('style')).toContain('visibility: hidden');
    // Empty: no ticket was asked for, so none was handed (a card a page's script opens asks none: the e2e).
    expect(ticketFor).not.toHaveBeenCalled();
  });

  it('makes none in a tab in the background until it is shown, then at its idle time', async () => {
    setVisibility('hidden');
    const card = cardWith(Promise.resolve(true));
    card.update(painted(), null);
    await settle();
    expect(idle.requested).toBe(0);
    expect(memoryFrames()).toBe(0);
    setVisibility('visible');
    expect(memoryFrames()).toBe(0);
    idle.come();
    await settle();
    expect(memoryFrames()).toBe(1);
  });

  it('makes none at idle time while the memory cannot show here', async () => {
    const card = cardWith(Promise.resolve(false));
    card.update(painted(), null);
    await settle();
    idle.come();
    expect(memoryFrames()).toBe(0);
  });

  it('makes none at an idle time asked for by a reading since gone', async () => {
    const card = cardWith(Promise.resolve(true));
    card.update(painted(), null);
    card.destroy();
    await settle();
    idle.come();
    expect(memoryFrames()).toBe(0);
  });

  it('makes it at the reader’s first input before idle time, once the background says the memory can show here', async () => {
    const available = answerLater<boolean>();
    const card = cardWith(available.promise);
    card.update(painted(), null);
    input(document.body, pointerMove());
    await settle();
    available.answer(true);
    await settle();
    expect(memoryFrames()).toBe(1);
  });

  it('makes it at a key the reader presses too, and never at input a page script makes up', async () => {
    const card = cardWith(Promise.resolve(true));
    card.update(painted(), null);
    for (const made of [pointerMove(), new KeyboardEvent('keydown', { bubbles: true, key: 'j' })])
      input(paragraph, made, false);
    input(document.body, new WheelEvent('wheel', { bubbles: true }), false);
    await settle();
    expect(memoryFrames()).toBe(0);
    input(document.body, new KeyboardEvent('keydown', { bubbles: true, key: 'j' }));
    await settle();
    expect(memoryFrames()).toBe(1);
  });

  it('makes none while the memory cannot show here', async () => {
    const card = cardWith(Promise.resolve(false));
    card.update(painted(), null);
    input(paragraph, pointerMove());
    await settle();
    expect(memoryFrames()).toBe(0);
  });

  it('drops an answer that comes after the reading it was asked for is gone', async () => {
    const available = answerLater<boolean>();
    const card = cardWith(available.promise);
    card.update(painted(), null);
    input(paragraph, pointerMove());
    await settle();
    // The reading is cleared, and a new story painted: no pointer has come near it.
    card.destroy();
    card.update(painted(), null);
    available.answer(true);
    await settle();
    expect(memoryFrames()).toBe(0);
  });
});

describe('PageHoverCard: a repaint under an open card', () => {
  let uninstall: () => void;
  let paragraph: HTMLParagraphElement;
  let textNode: Text;

  beforeEach(() => {
    ({ uninstall } = installFakeHighlightApi(window));
    ({ paragraph, textNode } = appendParagraph(document, TEXT));
  });

  afterEach(() => {
    document.getSelection()?.removeAllRanges();
    clearHighlights(document);
    document.querySelector('[data-newslens-card]')?.remove();
    paragraph.remove();
    uninstall();
  });

  const start = TEXT.indexOf('Putin');
  /** The page painted anew: new spans (and ranges) over the same words. */
  const paint = () =>
    paintHighlights(document, singleNodeMap(document, textNode), [
      { kind: 'person', start, end: start + 5, entityId: 'e1', mentionIndex: 0 },
    ]).spans;
  const cardName = () =>
    document.querySelector('[data-newslens-card]')?.shadowRoot?.querySelector('[data-testid="card-name"]')
      ?.textContent ?? null;

  it('keeps the card open on its mention when the mention is painted anew (the whole story after its first screen)', () => {
    const analysis = sampleAnalysis();
    const card = new PageHoverCard(fakeContext(new IdleTime()), document, null);
    card.update(paint(), analysis);
    // Opened from the keyboard, not by the pointer: no pointer says where to reopen it.
    document.getSelection()!.collapse(textNode, start + 2);
    document.dispatchEvent(new Event('selectionchange'));
    expect(cardName()).toBe('Vladimir Putin');
    clearHighlights(document);
    card.update(paint(), analysis);
    expect(cardName()).toBe('Vladimir Putin');
  });
});
