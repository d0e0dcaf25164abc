import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { PageHoverCard, type CardMemory } from '../../entrypoints/reader/hover-card';
import { MEMORY_FRAME_ID } from '../../entrypoints/reader/memory-frame';
import { clearHighlights, paintHighlights, type PaintedSpan } from '../../lib/paint/highlight';
import { appendParagraph, installFakeHighlightApi, singleNodeMap } from '../lib/paint/highlight-api-fake';
import { answerLater } from '../support/answer-later';

const TEXT = 'Talks with Putin ended.';

/** The page's lifetime as the card uses it: listeners on the targets, frames and timers as the window's. */
function fakeContext(): ContentScriptContext {
  return {
    addEventListener: (target: EventTarget, type: string, handler: EventListener, options?: AddEventListenerOptions) =>
      target.addEventListener(type, handler, options),
    requestAnimationFrame: (callback: FrameRequestCallback) => setTimeout(() => callback(0), 0),
    setTimeout: (handler: () => void, ms: number) => setTimeout(handler, ms),
  } as unknown as ContentScriptContext;
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

describe("PageHoverCard: the memory frame made at the reader's first input", () => {
  let uninstall: () => void;
  let paragraph: HTMLParagraphElement;
  let painted: () => PaintedSpan[];

  beforeEach(() => {
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
  });

  function cardWith(available: Promise<boolean>): PageHoverCard {
    const memory: CardMemory = {
      // happy-dom loads no frame's page (it logs that it would not): the frame's element is what counts here.
      page: 'about:blank',
      origin: 'null',
      ticketFor: vi.fn(async () => null),
      isAvailable: () => available,
    };
    return new PageHoverCard(fakeContext(), document, memory);
  }

  it('makes it once the background says the memory can show here', async () => {
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
