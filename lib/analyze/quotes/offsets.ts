/**
 * Binary searches over items sorted by a text offset (cue readings by their cue's start, mentions
 * and paragraphs by their start, quoted spans by their marks): each quote asks for the few items
 * near it, and a text of thousands of cues or quotes must not be read through once per quote.
 */

/** The index of the first item of `sorted` whose offset is `at` or later (its length when none is). */
export function firstAtOrAfter<T>(sorted: readonly T[], at: number, offsetOf: (item: T) => number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (offsetOf(sorted[middle]) < at) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The items of `sorted` whose offset lies in [window.start, window.end). */
export function itemsWithin<T>(
  sorted: readonly T[],
  window: { start: number; end: number },
  offsetOf: (item: T) => number,
): T[] {
  return sorted.slice(firstAtOrAfter(sorted, window.start, offsetOf), firstAtOrAfter(sorted, window.end, offsetOf));
}
