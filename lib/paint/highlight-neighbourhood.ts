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

  private gather(range: Range): void {
    const doc = range.startContainer.ownerDocument;
    let element = range.startContainer.parentElement;
    for (let level = 0; element && level < NEAR_LEVELS; level += 1) {
      if (element === doc?.body || element === doc?.documentElement) return;
      this.elements.add(element);
      element = element.parentElement;
    }
  }
}
