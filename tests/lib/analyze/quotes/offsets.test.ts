import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstAtOrAfter, itemsWithin } from '../../../../lib/analyze/quotes/offsets';

const identity = (offset: number) => offset;
/** Sorted offsets with repeats, as cue starts and quote ends can be. */
const sortedOffsets = fc.array(fc.integer({ min: 0, max: 50 })).map((offsets) => offsets.sort((a, b) => a - b));

describe('firstAtOrAfter', () => {
  it.each([
    [[2, 4, 4, 9], 4, 1],
    [[2, 4, 4, 9], 5, 3],
    [[2, 4, 4, 9], 0, 0],
    [[2, 4, 4, 9], 10, 4],
    [[], 3, 0],
  ])('finds in %j the first offset at or after %i at %i', (sorted, at, index) => {
    expect(firstAtOrAfter(sorted, at, identity)).toBe(index);
  });

  it('agrees with a scan from the start', () => {
    fc.assert(
      fc.property(sortedOffsets, fc.integer({ min: -1, max: 52 }), (sorted, at) => {
        const scanned = sorted.findIndex((offset) => offset >= at);
        expect(firstAtOrAfter(sorted, at, identity)).toBe(scanned < 0 ? sorted.length : scanned);
      }),
    );
  });
});

describe('itemsWithin', () => {
  it('keeps what a filter of the whole list keeps, in order', () => {
    fc.assert(
      fc.property(sortedOffsets, fc.integer({ min: 0, max: 50 }), fc.integer({ min: 0, max: 50 }), (sorted, a, b) => {
        const window = { start: Math.min(a, b), end: Math.max(a, b) };
        const items = sorted.map((offset, id) => ({ offset, id }));
        expect(itemsWithin(items, window, (item) => item.offset)).toEqual(
          items.filter((item) => item.offset >= window.start && item.offset < window.end),
        );
      }),
    );
  });
});
