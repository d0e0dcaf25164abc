/**
 * The hover card: pointer hit-testing over the painted ranges (highlights are not elements, so
 * there is nothing to attach `mouseover` to), a keyboard path through the caret or selection,
 * and the card itself in an open shadow root that page CSS cannot touch. Everything it adds is
 * removed by `destroy`: the host element and, through `ctx`, every listener and timer.
 */
import { h, render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import cardCss from '../../assets/card.css?inline';
import { HoverCard, type CardSubject } from '../../components/HoverCard';
import type { Analysis } from '../../lib/analysis';
import { setActiveRange, spanAtCaret, spanAtPoint, type PaintedSpan } from '../../lib/highlight';
import { placeCard, type Box } from '../../lib/hover-card-position';
import { pageColorScheme } from '../../lib/page-scheme';
import { runFeature } from '../../lib/run-feature';
import { quotesBy } from '../../lib/summary-view';
import { scrollRangeIntoView } from './page-reader';

/** The host element's tag: a custom name, so page rules for `div` or `span` do not match it. */
export const CARD_HOST_TAG = 'newslens-card';

/** How long the card stays after the pointer leaves the word, in ms: time to reach the card. */
const CLOSE_DELAY_MS = 300;

/** Host styles: out of the page's flow and above it, whatever the page's CSS says. */
const HOST_STYLE = 'all: initial; position: fixed; top: 0; left: 0; width: 0; height: 0; z-index: 2147483647;';

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
}

export function createHoverCard(ctx: ContentScriptContext, doc: Document): HoverCardController {
  const win = doc.defaultView;
  let painted: readonly PaintedSpan[] = [];
  let analysis: Analysis | null = null;
  let open: OpenCard | null = null;
  let host: HTMLElement | null = null;
  let mount: HTMLElement | null = null;
  let closeTimer: number | null = null;
  let frame: number | null = null;
  let lastPoint: { x: number; y: number; overCard: boolean } | null = null;

  function ensureMount(): HTMLElement {
    if (mount && host?.isConnected) return mount;
    host = doc.createElement(CARD_HOST_TAG);
    host.setAttribute('style', HOST_STYLE);
    const shadow = host.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = cardCss;
    mount = doc.createElement('div');
    shadow.append(style, mount);
    doc.documentElement.append(host);
    return mount;
  }

  function subjectFor(span: PaintedSpan): CardSubject | null {
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

  function show(span: PaintedSpan): void {
    const subject = subjectFor(span);
    if (!subject) return;
    cancelClose();
    open = { span, subject };
    setActiveRange(doc, span.range);
    draw();
  }

  /** Render hidden, measure, place next to the word, render again: both renders are synchronous. */
  function draw(): void {
    if (!open || !win) return;
    const target = ensureMount();
    const scheme = runFeature('page colours', () => pageColorScheme(doc), 'light');
    const props = { subject: open.subject, scheme, onStep: step, onClose: close };
    render(h(HoverCard, { ...props, position: null }), target);
    const card = target.firstElementChild?.getBoundingClientRect();
    const word = wordBox(open.span.range);
    if (!card || !word) return;
    const position = placeCard(word, card, { width: win.innerWidth, height: win.innerHeight });
    render(h(HoverCard, { ...props, position }), target);
  }

  /** Step to the previous or next painted mention of the open card's entity. */
  function step(direction: -1 | 1): void {
    if (open?.subject.kind !== 'entity') return;
    const { entity, mentionIndex } = open.subject;
    const mentions = painted
      .filter((span) => span.entityId === entity.id)
      .sort((a, b) => (a.mentionIndex ?? 0) - (b.mentionIndex ?? 0));
    const next =
      direction > 0
        ? mentions.find((span) => (span.mentionIndex ?? 0) > mentionIndex)
        : mentions.reverse().find((span) => (span.mentionIndex ?? 0) < mentionIndex);
    if (!next) return;
    scrollRangeIntoView(next.range);
    show(next);
  }

  function close(): void {
    cancelClose();
    open = null;
    setActiveRange(doc, null);
    if (mount) render(null, mount);
  }

  function scheduleClose(): void {
    if (closeTimer !== null || !open) return;
    closeTimer = ctx.setTimeout(() => {
      closeTimer = null;
      close();
    }, CLOSE_DELAY_MS);
  }

  function cancelClose(): void {
    if (closeTimer !== null) clearTimeout(closeTimer);
    closeTimer = null;
  }

  /** One hit test per animation frame, however fast the pointer moves. */
  function onPointerMove(event: MouseEvent): void {
    lastPoint = { x: event.clientX, y: event.clientY, overCard: host !== null && event.composedPath().includes(host) };
    if (frame !== null) return;
    frame = ctx.requestAnimationFrame(() => {
      frame = null;
      const point = lastPoint;
      if (point) runFeature('hover card', () => hitTest(point), undefined, close);
    });
  }

  function hitTest(point: { x: number; y: number; overCard: boolean }): void {
    if (point.overCard) {
      cancelClose();
      return;
    }
    const span = painted.length > 0 ? spanAtPoint(doc, painted, point.x, point.y) : null;
    if (span && span !== open?.span) show(span);
    else if (span) cancelClose();
    else scheduleClose();
  }

  /** Keyboard path: caret browsing or a keyboard selection landing in a mention opens its card. */
  function onSelectionChange(): void {
    const selection = doc.getSelection();
    if (!selection?.focusNode || painted.length === 0) return;
    if (host && selection.focusNode === host) return;
    const span = spanAtCaret(painted, selection.focusNode, selection.focusOffset);
    if (span && span !== open?.span) show(span);
  }

  function onKeyDown(event: KeyboardEvent): void {
    if (event.key === 'Escape' && open) close();
  }

  /** Each handler runs in the hover card's guard: a failure closes the card and leaves the page be. */
  const guarded =
    <E>(handler: (event: E) => void) =>
    (event: E) =>
      runFeature('hover card', () => handler(event), undefined, close);
  const redraw = () => {
    if (open) draw();
  };
  ctx.addEventListener(doc, 'mousemove', guarded(onPointerMove), { passive: true });
  ctx.addEventListener(doc, 'selectionchange', guarded(onSelectionChange));
  ctx.addEventListener(doc, 'keydown', guarded(onKeyDown), { capture: true });
  if (win) {
    ctx.addEventListener(win, 'scroll', guarded(redraw), { passive: true, capture: true });
    ctx.addEventListener(win, 'resize', guarded(redraw), { passive: true });
  }

  return {
    update(nextPainted, nextAnalysis) {
      painted = nextPainted;
      analysis = nextAnalysis;
      if (open && !painted.includes(open.span)) close();
      // Nothing painted, nothing to hover: take the host off the page too, so it is as it was.
      if (painted.length === 0) removeHost();
    },
    close,
    destroy: removeHost,
  };

  function removeHost(): void {
    close();
    if (mount) render(null, mount);
    host?.remove();
    host = null;
    mount = null;
  }
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
