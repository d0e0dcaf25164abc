/**
 * The card a repaint closed, waiting to open again: where the pointer stood when a repaint took
 * away the open card's span (the whole story painted after its first screen, new settings), and
 * the text under it, read then. Each paint slice after looks only at the spans it added for one
 * holding that text, so a long story's slices are not searched again and again.
 */
import { spanAtTextPoint, type PaintedSpan, type TextPoint } from './highlight';

export class ReopenAfterRepaint<Pointer> {
  /** The painting looked at, and how many of its spans were looked at. */
  private spans: readonly PaintedSpan[] = [];
  private looked = 0;

  constructor(
    /** The pointer the card reopens for (whether it was the reader's own, say). */
    readonly pointer: Pointer,
    private readonly point: TextPoint,
  ) {}

  /** The span under the pointer among those of `painted` not looked at yet; null when none is. */
  spanIn(painted: readonly PaintedSpan[]): PaintedSpan | null {
    const from = this.spans === painted ? this.looked : 0;
    this.spans = painted;
    this.looked = painted.length;
    return spanAtTextPoint(painted.slice(from), this.point);
  }
}
