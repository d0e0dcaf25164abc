/**
 * happy-dom has no CSS Custom Highlight API: a stand-in registry (a Map, as HighlightRegistry is
 * maplike) and Highlight (a Set of ranges with a priority) on the window, removable after each test.
 */

export class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
  constructor(...ranges: AbstractRange[]) {
    super(ranges);
  }
}

type PatchableWindow = { CSS?: { highlights?: Map<string, FakeHighlight> }; Highlight?: unknown };

/** Install the stand-ins on `win`; returns the registry and the undo. */
export function installFakeHighlightApi(win: Window): { registry: Map<string, FakeHighlight>; uninstall: () => void } {
  const target = win as unknown as PatchableWindow;
  const registry = new Map<string, FakeHighlight>();
  const hadCss = 'CSS' in target;
  const previousCss = target.CSS;
  const previousHighlight = target.Highlight;
  Object.defineProperty(target, 'CSS', {
    value: { ...(previousCss ?? {}), highlights: registry },
    configurable: true,
    writable: true,
  });
  target.Highlight = FakeHighlight;
  return {
    registry,
    uninstall() {
      if (hadCss) Object.defineProperty(target, 'CSS', { value: previousCss, configurable: true, writable: true });
      else delete target.CSS;
      target.Highlight = previousHighlight;
    },
  };
}

/** A paragraph of one text node, added at the end of the document's body (to paint, then remove). */
export function appendParagraph(doc: Document, text: string): { paragraph: HTMLParagraphElement; textNode: Text } {
  const paragraph = doc.createElement('p');
  const textNode = doc.createTextNode(text);
  paragraph.append(textNode);
  doc.body.append(paragraph);
  return { paragraph, textNode };
}

/** A text map over one paragraph's single text node: text offsets are that node's offsets. */
export function singleNodeMap(doc: Document, node: Text): { rangeFor(start: number, end: number): Range | null } {
  return {
    rangeFor(start, end) {
      if (start < 0 || end > node.length || start >= end) return null;
      const range = doc.createRange();
      range.setStart(node, start);
      range.setEnd(node, end);
      return range;
    },
  };
}

/** The pixels of one character in `boxEachSpan`'s layout. */
const CHARACTER_PX = 10;

/**
 * Give each span's range one box, as on a single line of 20 px with characters 10 px wide (the
 * test DOM lays nothing out): the span from character `start` to `end` covers x 10·start to 10·end.
 */
export function boxEachSpan(spans: readonly { start: number; end: number; range: Range }[]): void {
  for (const { start, end, range } of spans) {
    const box = new DOMRect(start * CHARACTER_PX, 0, (end - start) * CHARACTER_PX, 20);
    range.getClientRects = () => [box] as unknown as DOMRectList;
  }
}
