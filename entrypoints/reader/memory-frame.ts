/**
 * The card's memory frame, made once the painted story is visible and the browser idle (or at the
 * reader's own first input on it, or when a first ticket is granted, if either comes first: see
 * `PageHoverCard.prepareMemoryFrame`) and reused by every card for as long as the page's card
 * lives: a frame of the extension's page (lib/memory/frame-ticket.ts) beside the card in its
 * shadow root, hidden and empty until a card the reader opened shows its memory part. A frame
 * moved in the DOM loads anew, so it is never inside the card (which is drawn afresh for each
 * card): it is laid over the card's memory slot instead.
 *
 * The frame itself sits in a closed shadow root of its own element, made from the extension's
 * world, and only this object holds it: the page's scripts, which can read the card's open root,
 * never see the frame's address (in Firefox the add-on's per-install address is a stable id of
 * the reader; in Chromium it tells that the extension is installed).
 */
import { frameTicket } from '../../lib/memory/frame-ticket';
import type { PageScheme } from '../../lib/paint/page-scheme';

/** The id of the frame's element in the card's shadow root: the card's dialog owns it for assistive technology. */
export const MEMORY_FRAME_ID = 'newslens-memory-frame';

/**
 * The tag of the element whose closed shadow root holds the frame: a built-in one, which a page
 * cannot define. A custom name could be defined by the page first, and its constructor would run
 * as the element is made: it could read the closed root through `attachInternals()` (the frame's
 * address with it) or refuse a shadow root, so that no memory frame is ever made. The element is
 * in the card's shadow root, so no page rule for `div` reaches it.
 */
const MEMORY_FRAME_TAG = 'div';

/** Its styles: out of sight and out of the tab order until shown, sized by the slot it covers. */
const HIDDEN_STYLE = 'position: fixed; top: 0; left: 0; visibility: hidden;';

/** The frame fills its element, which the card's stylesheet sizes and places. */
const FRAME_STYLE =
  'display: block; width: 100%; height: 100%; border: 0; background: transparent; color-scheme: normal;';

export class MemoryFrame {
  /** The element in the card's root; the frame is in its closed shadow root. */
  private readonly element: HTMLElement;
  private readonly frame: HTMLIFrameElement;
  /** The frame's page has loaded: a message posted before then would be lost. */
  private readonly loaded: Promise<void>;
  /** Where tickets may go: the extension's origin, so one never reaches a page a script put in the frame. */
  private readonly origin: string;

  /** `page`: the extension page's address; `origin`: the extension's origin, the page's once loaded. */
  constructor(doc: Document, parent: Node, { page, origin }: { page: string; origin: string }) {
    this.origin = origin;
    this.element = doc.createElement(MEMORY_FRAME_TAG);
    this.element.className = 'memory-frame';
    this.element.id = MEMORY_FRAME_ID;
    this.element.setAttribute('data-testid', 'memory-frame');
    this.element.setAttribute('style', HIDDEN_STYLE);
    this.frame = doc.createElement('iframe');
    this.frame.title = 'Also in your reading';
    this.frame.referrerPolicy = 'no-referrer';
    this.frame.setAttribute('style', FRAME_STYLE);
    this.loaded = new Promise((done) => this.frame.addEventListener('load', () => done(), { once: true }));
    this.frame.src = page;
    this.element.attachShadow({ mode: 'closed' }).append(this.frame);
    parent.appendChild(this.element);
  }

  /** Whether the frame is still where it was put (a page's script may have taken it out). */
  get isConnected(): boolean {
    return this.frame.isConnected;
  }

  /** Hand the frame a ticket to show, or none to go empty. */
  hand(ticket: string | null, scheme: PageScheme): void {
    void this.loaded.then(() => this.frame.contentWindow?.postMessage(frameTicket(ticket, scheme), this.origin));
  }

  /**
   * Lay the frame over `slot`, the card's memory part, cut to what of it the card shows (`card`,
   * the card's box: the slot is inside it, but a card squeezed by a small window may cut it).
   */
  showOver(slot: DOMRect, card: DOMRect): void {
    const top = Math.max(slot.top, card.top);
    const bottom = Math.min(slot.bottom, card.bottom);
    const cut = `inset(${top - slot.top}px 0 ${slot.bottom - bottom}px 0)`;
    this.element.setAttribute(
      'style',
      `position: fixed; top: ${slot.top}px; left: ${slot.left}px; width: ${slot.width}px; height: ${slot.height}px; clip-path: ${cut};`,
    );
  }

  hide(): void {
    this.element.setAttribute('style', HIDDEN_STYLE);
  }

  remove(): void {
    this.element.remove();
  }
}
