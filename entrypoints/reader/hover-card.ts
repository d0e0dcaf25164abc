/**
 * The hover card: pointer hit-testing over the painted ranges (highlights are not elements, so
 * there is nothing to attach `mouseover` to), a keyboard path through the caret or selection,
 * and the card itself in an open shadow root that page CSS cannot touch. Everything it adds is
 * removed by `destroy`: the host element and, through `ctx`, every listener and timer.
 *
 * What the reader's memory holds about an entity ("Also in your reading") is never in this root,
 * which the page's scripts can read: it is an extension page in a frame, a document of another
 * origin, in a closed shadow root of its own that hides its address from the page, laid over the
 * memory slot of every card (`MemoryFrame`, made ahead of the first card: see
 * `prepareMemoryFrame`); the page it shows gets the history from the background with a one-time
 * ticket asked for only on the reader's own (trusted) pointer or keys.
 */
import { h, render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import cardCss from '../../assets/card.css?inline';
import { HoverCard, type CardSubject } from '../../components/HoverCard';
import type { Analysis } from '../../lib/analysis';
import type { EntityRef } from '../../lib/memory/types';
import { setActiveRange, spanAtCaret, spanAtPoint, textPointAt, type PaintedSpan } from '../../lib/paint/highlight';
import { ReopenAfterRepaint } from '../../lib/paint/reopen-after-repaint';
import { placeCard, type Box } from '../../lib/paint/hover-card-position';
import { pageColorScheme, type PageScheme } from '../../lib/paint/page-scheme';
import { runFeature } from '../../lib/extension/run-feature';
import { quotesBy } from '../../lib/summary/view';
import { MEMORY_FRAME_ID, MemoryFrame } from './memory-frame';
import { scrollRangeIntoView } from './page-reader';

/**
 * The host element is a built-in `div` marked by this attribute (`[data-newslens-card]`). Not a
 * custom tag: a page may define a custom name first, and its constructor, run as the host is made,
 * could take the element's shadow root for itself, so that no card would ever open. No page can
 * define `div`, and its rules for `div` do not reach the host past its inline styles, each
 * `!important`.
 */
export const CARD_HOST_ATTRIBUTE = 'data-newslens-card';

/** How long the card stays after the pointer leaves the word, in ms: time to reach the card. */
const CLOSE_DELAY_MS = 300;

/**
 * How long the memory frame waits for the browser to be idle after the story is painted, in ms,
 * before it is made anyway: a page that keeps the main thread busy still gets it well before the
 * reader reaches a name.
 */
const MEMORY_FRAME_IDLE_TIMEOUT_MS = 500;

/** Host styles: out of the page's flow and above it, whatever the page's CSS says (an inline `!important` outranks it). */
const HOST_STYLE = [
  'all: initial',
  'position: fixed',
  'top: 0',
  'left: 0',
  'width: 0',
  'height: 0',
  'z-index: 2147483647',
]
  .map((declaration) => `${declaration} !important;`)
  .join(' ');

export interface HoverCardController {
  /** The analysis and painted spans changed (a new reading, new settings, or cleared). */
  update(painted: readonly PaintedSpan[], analysis: Analysis | null): void;
  close(): void;
  /** Remove the card's host from the page. */
  destroy(): void;
}

interface OpenCard {
  span: PaintedSpan;
  subject: CardSubject;
  /** Whether the reader's own input opened it. */
  trusted: boolean;
  /** The page's colour scheme under the card, read once when it opens. */
  scheme: PageScheme;
  /** Whether the memory frame holds this card's ticket and shows over the card's slot. */
  memoryShown: boolean;
  /** Whether a ticket was asked for (the reader's own input opened or reached the card). */
  memoryAsked: boolean;
}

/** Where the pointer last was, whether it was over the card, and whether the reader moved it. */
interface PointerAt {
  x: number;
  y: number;
  overCard: boolean;
  trusted: boolean;
}

/** Where "Also in your reading" comes from. */
export interface CardMemory {
  /** The address of the memory frame's page, which shows nothing until it is handed a ticket. */
  page: string;
  /** The origin of the page once loaded, where tickets may go (its address may be another, Chromium's dynamic one). */
  origin: string;
  /** A one-time ticket for the frame to ask about `entity` of this story; null when the memory is off or the window private. */
  ticketFor(entity: EntityRef): Promise<string | null>;
  /** Whether the memory's history can be shown here: whether its frame is worth making before a ticket is asked for. */
  isAvailable(): Promise<boolean>;
}

/**
 * The card of one page. It listens from its construction for the page's lifetime (`ctx`), and
 * adds its host element when a card first opens or, with the memory on, once the painted story is
 * visible and the browser idle, or at the reader's own first input if that comes first (the
 * memory frame is made then, in that host).
 */
export class PageHoverCard implements HoverCardController {
  private readonly win: Window | null;
  private painted: readonly PaintedSpan[] = [];
  private analysis: Analysis | null = null;
  private open: OpenCard | null = null;
  private host: HTMLElement | null = null;
  private mount: HTMLElement | null = null;
  /** The story's memory frame, beside the card in its shadow root; made ahead of the first card. */
  private memoryFrame: MemoryFrame | null = null;
  /** Whether the memory's history can be shown here: asked once a reading is painted; null until answered. */
  private memoryShows: boolean | null = null;
  /** Whether that was asked for this reading. */
  private memoryAsked = false;
  /**
   * Whether the memory frame may be made for this reading: the page was visible and the browser
   * idle since it was painted, or the reader's own input (trusted) came.
   */
  private frameDue = false;
  /** Whether this reading waits for its tab to be visible before the idle time that makes the frame. */
  private idleAwaitsVisible = false;
  /** Counts `destroy` calls: an answer asked for before the last one is of a reading gone. */
  private generation = 0;
  private closeTimer: number | null = null;
  /** The animation frame of the pending hit test, if one is pending. */
  private frame: number | null = null;
  private lastPointer: PointerAt | null = null;
  /** Whether the last key the card saw was the reader's own (the keyboard path opens cards too). */
  private lastKeyTrusted = false;
  /**
   * Where the pointer stood when a repaint took away the open card's span (the whole story
   * painted after its first screen, new settings): the card comes back once the span under it is
   * painted again, until the pointer moves.
   */
  private reopenAt: ReopenAfterRepaint<PointerAt> | null = null;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly doc: Document,
    /** Where "Also in your reading" comes from; without it, the card has no memory part. */
    private readonly memory: CardMemory | null = null,
  ) {
    this.win = doc.defaultView;
    this.listen();
  }

  update(painted: readonly PaintedSpan[], analysis: Analysis | null): void {
    this.painted = painted;
    this.analysis = analysis;
    // Nothing painted, nothing to hover: take the host off the page too, so it is as it was.
    if (painted.length === 0) {
      this.destroy();
      return;
    }
    this.askWhetherMemoryShows();
    this.followRepaint(painted);
    if (this.open && !painted.includes(this.open.span)) {
      const pointer = this.lastPointer;
      this.close();
      if (pointer && !pointer.overCard)
        this.reopenAt = new ReopenAfterRepaint(pointer, textPointAt(this.doc, pointer.x, pointer.y));
    }
    this.reopenOncePainted();
  }

  /**
   * A repaint (the whole story after its first screen, new settings) painted the open card's
   * mention anew: the card stays open on it, whatever opened it. A card the reader stepped to
   * had been closed, and reopened at the pointer on another word or none, when the whole story's
   * paint came after the step (the e2e test "steps to the next mention from the card" under load).
   */
  private followRepaint(painted: readonly PaintedSpan[]): void {
    const open = this.open;
    if (!open || painted.includes(open.span)) return;
    const same = painted.find((span) => span.kind === open.span.kind && sameRange(span.range, open.span.range));
    if (same) this.show(same, open.trusted);
  }

  /** Open the card a repaint closed once a span under its pointer is painted: this slice's spans only. */
  private reopenOncePainted(): void {
    const { reopenAt } = this;
    const span = reopenAt?.spanIn(this.painted);
    if (!reopenAt || !span) return;
    this.reopenAt = null;
    this.show(span, reopenAt.pointer.trusted);
  }

  close(): void {
    this.reopenAt = null;
    this.cancelClose();
    if (this.open?.memoryShown) this.hideMemory(this.open.scheme);
    this.open = null;
    setActiveRange(this.doc, null);
    if (this.mount) render(null, this.mount);
  }

  destroy(): void {
    this.close();
    this.host?.remove();
    this.host = null;
    this.mount = null;
    this.memoryFrame = null;
    this.memoryShows = null;
    this.memoryAsked = false;
    this.frameDue = false;
    this.idleAwaitsVisible = false;
    this.generation += 1;
  }

  private listen(): void {
    const { ctx, doc, win } = this;
    ctx.addEventListener(
      doc,
      'mousemove',
      this.guarded((event) => this.onPointerMove(event)),
      { passive: true },
    );
    ctx.addEventListener(
      doc,
      'selectionchange',
      this.guarded(() => this.onSelectionChange()),
    );
    ctx.addEventListener(
      doc,
      'keydown',
      this.guarded((event) => this.onKeyDown(event)),
      { capture: true },
    );
    // The reader's first input of any kind makes the memory frame if the idle time has not yet
    // (mousemove and keydown above too). Not `scroll`: a page's script scrolling fires one the
    // browser marks trusted.
    const prepare = this.guarded((event: Event) => this.onReaderInput(event.isTrusted));
    for (const type of ['pointerdown', 'wheel'] as const)
      ctx.addEventListener(doc, type, prepare, { passive: true, capture: true });
    ctx.addEventListener(
      doc,
      'visibilitychange',
      this.guarded(() => this.onVisibilityChange()),
    );
    if (win) {
      const redraw = this.guarded(() => this.redraw());
      ctx.addEventListener(win, 'scroll', redraw, { passive: true, capture: true });
      ctx.addEventListener(win, 'resize', redraw, { passive: true });
    }
  }

  /** Each handler runs in the hover card's guard: a failure closes the card and leaves the page be. */
  private guarded<E>(handler: (event: E) => void): (event: E) => void {
    return (event) =>
      runFeature(
        'hover card',
        () => handler(event),
        undefined,
        () => this.close(),
      );
  }

  /** The card's root is made and still in the page (a page script may have removed it). */
  private get isMounted(): boolean {
    return Boolean(this.mount && this.host?.isConnected);
  }

  private ensureMount(): HTMLElement {
    if (this.mount && this.isMounted) return this.mount;
    const { doc } = this;
    this.host = doc.createElement('div');
    this.host.setAttribute(CARD_HOST_ATTRIBUTE, '');
    this.host.setAttribute('style', HOST_STYLE);
    const shadow = this.host.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = cardCss;
    this.mount = doc.createElement('div');
    shadow.append(style, this.mount);
    doc.documentElement.append(this.host);
    return this.mount;
  }

  /**
   * The memory frame, beside the card's mount in its shadow root: made now if there is none. Made
   * only with the memory on (`prepareMemoryFrame` says when): where the memory is off or the window
   * private, the page sees no frame (nor its files) added.
   */
  private ensureMemoryFrame(): MemoryFrame | null {
    if (!this.memory || this.painted.length === 0) return null;
    const mount = this.ensureMount();
    if (!this.memoryFrame?.isConnected) {
      this.memoryFrame?.remove();
      this.memoryFrame = new MemoryFrame(this.doc, mount.parentNode ?? mount, this.memory);
    }
    return this.memoryFrame;
  }

  /**
   * Ask, once a reading is painted, whether the memory's history can be shown here (a message,
   * which the page does not see), and wait for the browser's idle time to make its frame; an
   * answer that comes after `destroy` (the reading gone) is dropped.
   */
  private askWhetherMemoryShows(): void {
    const { memory, generation } = this;
    if (!memory || this.memoryAsked) return;
    this.memoryAsked = true;
    this.makeMemoryFrameWhenIdle();
    void memory.isAvailable().then(
      (shows) => {
        if (generation !== this.generation) return;
        this.memoryShows = shows;
        this.prepareMemoryFrame();
      },
      () => undefined,
    );
  }

  /**
   * The frame is due at the browser's first idle time once the tab is visible: a tab opened in
   * the background makes none (nor loads its page) until the reader looks at it.
   */
  private makeMemoryFrameWhenIdle(): void {
    const { generation } = this;
    if (this.doc.visibilityState !== 'visible') {
      this.idleAwaitsVisible = true;
      return;
    }
    this.ctx.requestIdleCallback(
      this.guarded(() => this.onIdleAfterPaint(generation)),
      { timeout: MEMORY_FRAME_IDLE_TIMEOUT_MS },
    );
  }

  /** The idle time asked for by the reading of `generation` (dropped if that reading is gone). */
  private onIdleAfterPaint(generation: number): void {
    if (generation !== this.generation) return;
    this.frameDue = true;
    this.prepareMemoryFrame();
  }

  private onVisibilityChange(): void {
    if (!this.idleAwaitsVisible || this.doc.visibilityState !== 'visible') return;
    this.idleAwaitsVisible = false;
    this.makeMemoryFrameWhenIdle();
  }

  /** The reader's own input of any kind (a pointer move anywhere, a press, a wheel, a key), or a page script's. */
  private onReaderInput(trusted: boolean): void {
    if (!trusted || this.frameDue || this.painted.length === 0) return;
    this.frameDue = true;
    this.prepareMemoryFrame();
  }

  /**
   * Make the memory frame, empty and hidden, with the memory on, at the browser's first idle time
   * once the painted story is visible, or at the reader's own first input on it if that comes
   * first: its page (a document of another process) takes more than the 100 ms a card has to
   * load, so it is loaded before the reader reaches a name. It holds nothing of the reader's
   * history until a ticket is handed, which only the reader's own input gets; the page sees an
   * element with a closed shadow root, nothing in it.
   */
  private prepareMemoryFrame(): void {
    if (!this.frameDue || !this.memoryShows || this.memoryFrame) return;
    if (this.isMounted) {
      runFeature('hover card', () => this.ensureMemoryFrame(), null);
      return;
    }
    // The card's root (its style sheet parsed) and the frame (its document made as it is
    // inserted) took 5–10 ms and 25–35 ms of one task at CPU throttling 4, with the page's own
    // work around them over 50 ms: where the root is still to be made, the frame follows in a task
    // of its own (docs/quality.md, issue 17).
    if (!runFeature('hover card', () => this.ensureMount(), null)) return;
    const { generation } = this;
    this.ctx.setTimeout(() => {
      if (generation === this.generation && !this.memoryFrame)
        runFeature('hover card', () => this.ensureMemoryFrame(), null);
    }, 0);
  }

  /** Hide the memory frame and empty it: the next card shows nothing of this one's answer. */
  private hideMemory(scheme: PageScheme): void {
    this.memoryFrame?.hide();
    this.memoryFrame?.hand(null, scheme);
  }

  private subjectFor(span: PaintedSpan): CardSubject | null {
    const { analysis } = this;
    if (!analysis) return null;
    if (span.kind === 'quote') {
      const quote = analysis.quotes.find((q) => q.id === span.quoteId);
      if (!quote) return null;
      const speaker = analysis.entities.find((e) => e.id === quote.speakerId) ?? null;
      return { kind: 'quote', quote, speaker };
    }
    const entity = analysis.entities.find((e) => e.id === span.entityId);
    if (!entity) return null;
    return { kind: 'entity', entity, mentionIndex: span.mentionIndex ?? 0, quotes: quotesBy(analysis, entity.id) };
  }

  /** Open the card of `span`; `trusted`: the reader's own input opened it, so it may show their memory. */
  private show(span: PaintedSpan, trusted: boolean): void {
    const subject = this.subjectFor(span);
    if (!subject) return;
    this.cancelClose();
    if (this.open?.memoryShown) this.hideMemory(this.open.scheme);
    const scheme = runFeature('page colours', () => pageColorScheme(this.doc), 'light');
    const open: OpenCard = { span, subject, trusted, scheme, memoryShown: false, memoryAsked: false };
    this.open = open;
    // The ticket is asked for first: its round trip to the background runs while the card is drawn.
    if (trusted) this.addMemory(open);
    setActiveRange(this.doc, span.range);
    this.draw();
  }

  /**
   * Ask for a ticket, hand it to the memory frame and show the frame over the card if the same
   * card is still open. Once per card: a card a page's script opened gets it when the reader's
   * own pointer reaches its word.
   */
  private addMemory(open: OpenCard): void {
    const { memory } = this;
    if (!memory || open.memoryAsked || open.subject.kind !== 'entity') return;
    open.memoryAsked = true;
    const entity: EntityRef = { name: open.subject.entity.name, type: open.subject.entity.type };
    void memory.ticketFor(entity).then(
      (ticket) => {
        if (!ticket || this.open !== open) return;
        const frame = runFeature('hover card', () => this.ensureMemoryFrame(), null);
        if (!frame) return;
        frame.hand(ticket, open.scheme);
        open.memoryShown = true;
        this.draw();
      },
      () => undefined,
    );
  }

  private redraw(): void {
    if (this.open) this.draw();
  }

  /**
   * Render hidden, measure, place next to the word, render again (both renders are synchronous),
   * then lay the memory frame over the card's slot.
   */
  private draw(): void {
    const { open, win } = this;
    if (!open || !win) return;
    const target = this.ensureMount();
    const props = {
      subject: open.subject,
      memoryFrame: open.memoryShown ? MEMORY_FRAME_ID : null,
      scheme: open.scheme,
      onStep: (direction: -1 | 1, trusted: boolean) => this.step(direction, trusted),
      onClose: () => this.close(),
    };
    render(h(HoverCard, { ...props, position: null }), target);
    const card = target.firstElementChild?.getBoundingClientRect();
    const word = wordBox(open.span.range);
    if (!card || !word) return;
    const position = placeCard(word, card, { width: win.innerWidth, height: win.innerHeight });
    render(h(HoverCard, { ...props, position }), target);
    if (open.memoryShown) this.showMemoryOver(target);
  }

  private showMemoryOver(target: HTMLElement): void {
    const card = target.firstElementChild;
    const slot = card?.querySelector('.card__memory');
    if (card && slot) this.memoryFrame?.showOver(slot.getBoundingClientRect(), card.getBoundingClientRect());
  }

  /** Step to the previous or next painted mention of the open card's entity (`trusted`: the reader clicked). */
  private step(direction: -1 | 1, trusted: boolean): void {
    if (this.open?.subject.kind !== 'entity') return;
    const { entity, mentionIndex } = this.open.subject;
    const mentions = this.painted
      .filter((span) => span.entityId === entity.id)
      .sort((a, b) => (a.mentionIndex ?? 0) - (b.mentionIndex ?? 0));
    const next =
      direction > 0
        ? mentions.find((span) => (span.mentionIndex ?? 0) > mentionIndex)
        : mentions.reverse().find((span) => (span.mentionIndex ?? 0) < mentionIndex);
    if (!next) return;
    scrollRangeIntoView(next.range);
    this.show(next, trusted);
  }

  private scheduleClose(): void {
    if (this.closeTimer !== null || !this.open) return;
    this.closeTimer = this.ctx.setTimeout(() => {
      this.closeTimer = null;
      this.close();
    }, CLOSE_DELAY_MS);
  }

  private cancelClose(): void {
    if (this.closeTimer !== null) clearTimeout(this.closeTimer);
    this.closeTimer = null;
  }

  /** One hit test per animation frame, however fast the pointer moves. */
  private onPointerMove(event: MouseEvent): void {
    this.reopenAt = null;
    this.onReaderInput(event.isTrusted);
    const { host } = this;
    this.lastPointer = {
      x: event.clientX,
      y: event.clientY,
      overCard: host !== null && event.composedPath().includes(host),
      trusted: event.isTrusted,
    };
    if (this.frame !== null) return;
    this.frame = this.ctx.requestAnimationFrame(() => {
      this.frame = null;
      const pointer = this.lastPointer;
      if (pointer)
        runFeature(
          'hover card',
          () => this.hitTest(pointer),
          undefined,
          () => this.close(),
        );
    });
  }

  private hitTest(pointer: PointerAt): void {
    if (pointer.overCard) {
      this.cancelClose();
      return;
    }
    const { painted, open } = this;
    const span = painted.length > 0 ? spanAtPoint(this.doc, painted, pointer.x, pointer.y) : null;
    if (span && span !== open?.span) this.show(span, pointer.trusted);
    else if (span) {
      this.cancelClose();
      if (open && pointer.trusted) this.addMemory(open);
    } else this.scheduleClose();
  }

  /** Keyboard path: caret browsing or a keyboard selection landing in a mention opens its card. */
  private onSelectionChange(): void {
    const selection = this.doc.getSelection();
    if (!selection?.focusNode || this.painted.length === 0) return;
    if (this.host && selection.focusNode === this.host) return;
    const span = spanAtCaret(this.painted, selection.focusNode, selection.focusOffset);
    if (span && span !== this.open?.span) this.show(span, this.lastKeyTrusted);
  }

  private onKeyDown(event: KeyboardEvent): void {
    this.lastKeyTrusted = event.isTrusted;
    this.onReaderInput(event.isTrusted);
    if (event.key === 'Escape' && this.open) this.close();
  }
}

/** Whether two ranges start and end at the same points. */
function sameRange(a: Range, b: Range): boolean {
  return (
    a.startContainer === b.startContainer &&
    a.startOffset === b.startOffset &&
    a.endContainer === b.endContainer &&
    a.endOffset === b.endOffset
  );
}

/**
 * The box the card must not cover: the whole span's bounding box, so a quote (or a name) that
 * wraps onto several lines keeps every line visible.
 */
function wordBox(range: Range): Box | null {
  const rect = range.getBoundingClientRect();
  if (rect.width === 0 && rect.height === 0) return null;
  return { top: rect.top, left: rect.left, width: rect.width, height: rect.height };
}
