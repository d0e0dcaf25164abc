/**
 * Paints an Analysis onto the live page with the CSS Custom Highlight API: the page's DOM is not
 * touched (no wrappers, no attributes), so layout, page scripts, selection and copy behave as
 * before, and `clearHighlights` takes everything back by deleting our names from the registry.
 * Takes the document as an argument; it never reaches for a global one.
 */
import type { Analysis, HighlightKind } from '../analysis';
import { elementAt } from '../page/dom-nodes';
import type { PageScheme } from './page-scheme';
import type { TextMap } from '../reading/text-map';

/** One thing to paint: a span of `Analysis.text` and what it stands for. */
/** Which kinds of highlight are painted (the reader's setting). */
export type HighlightKinds = Record<HighlightKind, boolean>;

export interface HighlightSpan {
  kind: HighlightKind;
  start: number;
  end: number;
  /** The entity this mention belongs to (entity kinds only). */
  entityId?: string;
  /** Which of the entity's mentions this is, in text order (entity kinds only). */
  mentionIndex?: number;
  /** The quote this span is (kind `quote` only). */
  quoteId?: string;
}

/** A span placed on the page. */
export interface PaintedSpan extends HighlightSpan {
  range: Range;
}

export interface PaintedHighlights {
  spans: PaintedSpan[];
  /** Spans the text map could not place on the page. */
  missed: number;
}

/** Highlight names in the page's registry; the stylesheet styles `::highlight(<name>)`. */
export const HIGHLIGHT_NAMES = {
  person: 'newslens-person',
  place: 'newslens-place',
  organization: 'newslens-organization',
  quote: 'newslens-quote',
  /** The mention the hover card is open for. */
  active: 'newslens-active',
  /** A short flash on the item the popup asked to reveal. */
  flash: 'newslens-flash',
} as const satisfies Record<HighlightKind | 'active' | 'flash', string>;

/** The suffix of the kinds' names on a dark page, whose stylesheet rules use dark tints. */
const DARK_SUFFIX = '-on-dark';

/** Every name NewsLens may register, light and dark. */
const ALL_NAMES: readonly string[] = [
  ...Object.values(HIGHLIGHT_NAMES),
  ...(['person', 'place', 'organization', 'quote'] as const).map((kind) => HIGHLIGHT_NAMES[kind] + DARK_SUFFIX),
];

/** The registered name of a kind on a page of that scheme (the flash and the active mark have one). */
export function highlightName(kind: keyof typeof HIGHLIGHT_NAMES, scheme: PageScheme = 'light'): string {
  return scheme === 'dark' && kind !== 'active' && kind !== 'flash'
    ? HIGHLIGHT_NAMES[kind] + DARK_SUFFIX
    : HIGHLIGHT_NAMES[kind];
}

/**
 * Overlaps are painted by priority: a name inside a quote shows its entity colour, the hovered
 * mention shows over both, and a flash over everything.
 */
const PRIORITIES: Record<keyof typeof HIGHLIGHT_NAMES, number> = {
  quote: 0,
  person: 1,
  place: 1,
  organization: 1,
  active: 2,
  flash: 3,
};

/** How near (CSS px) a pointer must be to a mention's box to count as on it: sub-pixel rounding. */
const HIT_TOLERANCE_PX = 1;

/**
 * Where the page's text is the reader's own (a notes editor, a comment box, a form control): never
 * painted, whatever the extraction took in, so typing and the caret behave as the page made them.
 */
const EDITABLE_SELECTOR = '[contenteditable]:not([contenteditable="false"]), textarea, input, select';

/** The spans to paint for `analysis`, in text order, keeping only the kinds switched on. */
export function spansToHighlight(analysis: Analysis, kinds: HighlightKinds): HighlightSpan[] {
  const spans: HighlightSpan[] = [];
  for (const entity of analysis.entities) {
    if (!kinds[entity.type]) continue;
    entity.mentions.forEach((mention, mentionIndex) => {
      spans.push({ kind: entity.type, start: mention.start, end: mention.end, entityId: entity.id, mentionIndex });
    });
  }
  if (kinds.quote) {
    for (const quote of analysis.quotes) {
      spans.push({ kind: 'quote', start: quote.start, end: quote.end, quoteId: quote.id });
    }
  }
  return spans.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** The page's highlight registry and constructor, or null where the browser lacks the API. */
function highlightApi(doc: Document): { registry: HighlightRegistry; Highlight: typeof Highlight } | null {
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  const registry = win?.CSS?.highlights;
  if (!win || !registry || typeof win.Highlight !== 'function') return null;
  return { registry, Highlight: win.Highlight };
}

export function supportsHighlights(doc: Document): boolean {
  return highlightApi(doc) !== null;
}

/**
 * Place `spans` through `map` and add them to the highlight of their kind (registered on first
 * use). What was painted before stays, so a long story can be painted in parts, and entities
 * and quotes by separate features; `clearHighlights` first to start over.
 */
export function paintHighlights(
  doc: Document,
  map: Pick<TextMap, 'rangeFor'>,
  spans: readonly HighlightSpan[],
  scheme: PageScheme = 'light',
): PaintedHighlights {
  const api = highlightApi(doc);
  const painted: PaintedSpan[] = [];
  let missed = 0;
  for (const span of spans) {
    const range = map.rangeFor(span.start, span.end);
    if (range && !range.collapsed && !isEditable(range)) painted.push({ ...span, range });
    else missed += 1;
  }
  if (api) {
    for (const kind of Object.keys(PRIORITIES) as Array<keyof typeof HIGHLIGHT_NAMES>) {
      const ranges = painted.filter((span) => span.kind === kind).map((span) => span.range);
      if (ranges.length > 0) addToHighlight(api, kind, ranges, scheme);
    }
  }
  return { spans: painted, missed };
}

/** Does the range start or end in editable content (or a document in design mode)? */
function isEditable(range: Range): boolean {
  if (range.startContainer.ownerDocument?.designMode === 'on') return true;
  return [range.startContainer, range.endContainer].some((node) => elementAt(node)?.closest(EDITABLE_SELECTOR) != null);
}

function registerHighlight(
  api: NonNullable<ReturnType<typeof highlightApi>>,
  kind: keyof typeof HIGHLIGHT_NAMES,
  ranges: AbstractRange[],
  scheme: PageScheme = 'light',
): void {
  const highlight = new api.Highlight(...ranges);
  highlight.priority = PRIORITIES[kind];
  api.registry.set(highlightName(kind, scheme), highlight);
}

/** Add ranges to the kind's registered highlight, or register it with them. */
function addToHighlight(
  api: NonNullable<ReturnType<typeof highlightApi>>,
  kind: keyof typeof HIGHLIGHT_NAMES,
  ranges: AbstractRange[],
  scheme: PageScheme,
): void {
  const existing = api.registry.get(highlightName(kind, scheme));
  if (existing) for (const range of ranges) existing.add(range);
  else registerHighlight(api, kind, ranges, scheme);
}

/** Mark one range as the active mention (the hover card's), or none. */
export function setActiveRange(doc: Document, range: Range | null): void {
  setSingleRange(doc, 'active', range);
}

/** Flash `range` until `clearFlash` is called (the caller owns the timer). */
export function setFlashRange(doc: Document, range: Range | null): void {
  setSingleRange(doc, 'flash', range);
}

function setSingleRange(doc: Document, kind: 'active' | 'flash', range: Range | null): void {
  const api = highlightApi(doc);
  if (!api) return;
  if (range) registerHighlight(api, kind, [range]);
  else api.registry.delete(HIGHLIGHT_NAMES[kind]);
}

/** Remove every highlight NewsLens registered; the page is as it was before painting. */
export function clearHighlights(doc: Document): void {
  const api = highlightApi(doc);
  if (!api) return;
  for (const name of ALL_NAMES) api.registry.delete(name);
}

/** The names NewsLens has registered right now (for tests and the popup's diagnostics). */
export function registeredHighlightNames(doc: Document): string[] {
  const api = highlightApi(doc);
  if (!api) return [];
  return ALL_NAMES.filter((name) => api.registry.has(name));
}

/**
 * The painted span under the viewport point (x, y): the caret position under the pointer says
 * which text it is over, and the span's boxes confirm it (a caret snaps to the nearest text even
 * from a margin). Entities win over the quote around them, the shortest span over longer ones.
 */
export function spanAtPoint(doc: Document, painted: readonly PaintedSpan[], x: number, y: number): PaintedSpan | null {
  return spanAtTextPoint(painted, textPointAt(doc, x, y));
}

/** A viewport point and the text position under it: what `spanAtTextPoint` looks for, read once. */
export interface TextPoint {
  x: number;
  y: number;
  caret: { node: Node; offset: number } | null;
}

/** The viewport point (x, y) and the text under it, for looking it up among spans painted later. */
export function textPointAt(doc: Document, x: number, y: number): TextPoint {
  return { x, y, caret: caretAtPoint(doc, x, y) };
}

/** The painted span under `point`, as `spanAtPoint`; no hit test of the page, only the spans' boxes. */
export function spanAtTextPoint(painted: readonly PaintedSpan[], point: TextPoint): PaintedSpan | null {
  const { caret, x, y } = point;
  const candidates = caret ? painted.filter((span) => isPointInRange(span.range, caret.node, caret.offset)) : painted;
  const hits = candidates.filter((span) => rangeContainsPoint(span.range, x, y));
  return preferredSpan(hits);
}

/** The painted span that holds the caret or selection focus (the keyboard path to a card). */
export function spanAtCaret(painted: readonly PaintedSpan[], node: Node, offset: number): PaintedSpan | null {
  return preferredSpan(painted.filter((span) => isPointInRange(span.range, node, offset)));
}

function preferredSpan(spans: PaintedSpan[]): PaintedSpan | null {
  const byPreference = [...spans].sort(
    (a, b) => Number(a.kind === 'quote') - Number(b.kind === 'quote') || a.end - a.start - (b.end - b.start),
  );
  return byPreference[0] ?? null;
}

function caretAtPoint(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  // caretPositionFromPoint is the standard (Firefox, Chromium 128+); caretRangeFromPoint is older WebKit/Blink.
  if (typeof doc.caretPositionFromPoint === 'function') {
    const position = doc.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  if (typeof doc.caretRangeFromPoint === 'function') {
    const range = doc.caretRangeFromPoint(x, y);
    return range ? { node: range.startContainer, offset: range.startOffset } : null;
  }
  return null;
}

function isPointInRange(range: Range, node: Node, offset: number): boolean {
  try {
    return range.isPointInRange(node, offset);
  } catch {
    // A node in another document or shadow tree throws WrongDocumentError: not in this range.
    return false;
  }
}

function rangeContainsPoint(range: Range, x: number, y: number): boolean {
  return [...range.getClientRects()].some(
    (rect) =>
      x >= rect.left - HIT_TOLERANCE_PX &&
      x <= rect.right + HIT_TOLERANCE_PX &&
      y >= rect.top - HIT_TOLERANCE_PX &&
      y <= rect.bottom + HIT_TOLERANCE_PX,
  );
}
