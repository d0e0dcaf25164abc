import { describe, expect, it } from 'vitest';
import { CARD_GAP_PX, VIEWPORT_MARGIN_PX, placeCard, type Box } from '../../../lib/paint/hover-card-position';

const VIEWPORT = { width: 1000, height: 800 };
const CARD = { width: 300, height: 200 };

function overlaps(word: Box, card: { top: number; left: number; width: number; height: number }): boolean {
  return (
    card.left < word.left + word.width &&
    card.left + card.width > word.left &&
    card.top < word.top + word.height &&
    card.top + card.height > word.top
  );
}

describe('placeCard', () => {
  it.each([
    // Room below: below, starting at the word.
    ['mid-page', { top: 100, left: 200, width: 60, height: 20 }, 'below', 200],
    // Too near the bottom: above.
    ['near the bottom', { top: 700, left: 200, width: 60, height: 20 }, 'above', 200],
    // Near the right edge: pushed back inside the viewport.
    [
      'at the right edge',
      { top: 100, left: 950, width: 40, height: 20 },
      'below',
      VIEWPORT.width - CARD.width - VIEWPORT_MARGIN_PX,
    ],
    // Left of the margin: kept at the margin.
    ['at the left edge', { top: 100, left: 2, width: 40, height: 20 }, 'below', VIEWPORT_MARGIN_PX],
  ] as const)('%s: %s', (_label, word, side, left) => {
    const placed = placeCard(word, CARD, VIEWPORT);
    expect(placed.side).toBe(side);
    expect(placed.left).toBe(left);
    expect(overlaps(word, { ...placed, ...CARD, height: Math.min(CARD.height, placed.maxHeight) })).toBe(false);
  });

  it('sits one gap away from the word', () => {
    const word = { top: 100, left: 200, width: 60, height: 20 };
    expect(placeCard(word, CARD, VIEWPORT).top).toBe(word.top + word.height + CARD_GAP_PX);
  });

  it.each([
    // Room on the right of the word.
    ['right of the word', { top: 300, left: 200, width: 60, height: 20 }, 200 + 60 + CARD_GAP_PX],
    // No room on the right: left of the word.
    ['left of the word', { top: 300, left: 800, width: 60, height: 20 }, 800 - CARD_GAP_PX - 300],
  ] as const)('fits on neither side above or below, but beside: %s, whole', (_label, word, left) => {
    const card = { width: 300, height: 500 };
    const placed = placeCard(word, card, VIEWPORT);
    expect(placed).toMatchObject({ side: 'beside', left });
    expect(placed.maxHeight).toBeGreaterThanOrEqual(card.height);
    expect(placed.top).toBeGreaterThanOrEqual(VIEWPORT_MARGIN_PX);
    expect(placed.top + card.height).toBeLessThanOrEqual(VIEWPORT.height - VIEWPORT_MARGIN_PX);
    expect(overlaps(word, { ...placed, ...card })).toBe(false);
  });

  it('takes the roomier side and shrinks to it when the card fits nowhere whole', () => {
    const word = { top: 300, left: 200, width: 60, height: 20 };
    const placed = placeCard(word, { width: 300, height: 790 }, VIEWPORT);
    expect(placed.side).toBe('below');
    expect(placed.maxHeight).toBe(VIEWPORT.height - 320 - CARD_GAP_PX - VIEWPORT_MARGIN_PX);
    expect(overlaps(word, { ...placed, width: 300, height: placed.maxHeight })).toBe(false);
  });

  it('shrinks above or below when a word as wide as the window leaves no room beside it', () => {
    const word = { top: 300, left: 10, width: 980, height: 40 };
    const placed = placeCard(word, { width: 300, height: 500 }, VIEWPORT);
    expect(placed.side).toBe('below');
    expect(overlaps(word, { ...placed, width: 300, height: placed.maxHeight })).toBe(false);
  });
});
