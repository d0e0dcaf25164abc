/**
 * Where a pointer is near a highlighted word: over the word's own element or one of the elements
 * just above it (its paragraph, the paragraph's container), never over the page's body or root,
 * which hold everything. The hover card takes a pointer there as on its way to a word, and gets
 * ready for its card (entrypoints/reader/hover-card.ts).
 */
import type { PaintedSpan } from './highlight';

/**
 * How many elements up from a highlighted word still count as near it: the word's own element (a
 * link, an emphasis, or the paragraph itself), the one holding it, and the one above that.
 */
const NEAR_LEVELS = 3;

/** The elements near the words of one painting, gathered as its spans are painted. */
export class HighlightNeighbourhood {
  private readonly elements = new Set<Element>();
  /** How many of `spans` were gathered: the reader's painting grows slice by slice in one array. */
  private gathered = 0;

  constructor(private readonly spans: readonly PaintedSpan[]) {}

  /** Whether this neighbourhood is that of `spans` (a new painting starts a new array). */
  isOf(spans: readonly PaintedSpan[]): boolean {
    return this.spans === spans;
  }

  /** Whether `element` (the one under the pointer) is near a highlighted word. */
  holds(element: Element | null): boolean {
    for (; this.gathered < this.spans.length; this.gathered += 1) this.gather(this.spans[this.gathered].range);
    return element !== null && this.elements.has(element);
  }

  /** The elements near each element the span is in: a quote over several paragraphs is near in each. */
  private gather(range: Range): void {
    for (const element of elementsOf(range)) this.gatherAbove(element);
  }

  private gatherAbove(from: Element): void {
    const doc = from.ownerDocument;
    let element: Element | null = from;
    for (let level = 0; element && level < NEAR_LEVELS; level += 1) {
      if (element === doc.body || element === doc.documentElement) return;
      this.elements.add(element);
      element = element.parentElement;
    }
  }
}

/**
 * The innermost elements `range` is in: where it starts and ends, and, when it crosses elements
 * (a quote over several paragraphs), each child of their common ancestor that it crosses.
 */
function elementsOf(range: Range): Element[] {
  const ends = [elementOf(range.startContainer), elementOf(range.endContainer)];
  const common = range.commonAncestorContainer;
  const crossed =
    common.nodeType === Node.ELEMENT_NODE && ends[0] !== ends[1]
      ? [...(common as Element).children].filter((child) => range.intersectsNode(child))
      : [];
  return [...ends, ...crossed].filter((element): element is Element => element !== null);
}

/** A text node's element, or the element itself. */
function elementOf(node: Node): Element | null {
  return node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
}
