/**
 * Where the hover card goes: next to the word it describes, never over it. Pure geometry in
 * viewport coordinates, so it is tested without a browser.
 */

export interface Box {
  top: number;
  left: number;
  width: number;
  height: number;
}

export interface Size {
  width: number;
  height: number;
}

export interface CardPlacement {
  top: number;
  left: number;
  /** Below or above the word. */
  side: 'below' | 'above';
  /** The most the card may grow to stay in the viewport on that side without covering the word. */
  maxHeight: number;
}

/** Space between the word and the card, in CSS px: close enough to read as attached to it. */
export const CARD_GAP_PX = 6;
/** Distance kept from the viewport's edges, in CSS px. */
export const VIEWPORT_MARGIN_PX = 8;

/**
 * Below the word when the card fits there, else above when it fits there, else on the side with
 * more room (the card then scrolls inside its `maxHeight`). Horizontally it starts at the word
 * and is pushed back inside the viewport.
 */
export function placeCard(word: Box, card: Size, viewport: Size): CardPlacement {
  const roomBelow = viewport.height - (word.top + word.height) - CARD_GAP_PX - VIEWPORT_MARGIN_PX;
  const roomAbove = word.top - CARD_GAP_PX - VIEWPORT_MARGIN_PX;
  const side = card.height <= roomBelow || (card.height > roomAbove && roomBelow >= roomAbove) ? 'below' : 'above';
  const maxHeight = Math.max(0, side === 'below' ? roomBelow : roomAbove);
  const height = Math.min(card.height, maxHeight);
  const top = side === 'below' ? word.top + word.height + CARD_GAP_PX : word.top - CARD_GAP_PX - height;
  const maxLeft = viewport.width - card.width - VIEWPORT_MARGIN_PX;
  const left = Math.max(VIEWPORT_MARGIN_PX, Math.min(word.left, maxLeft));
  return { top, left, side, maxHeight };
}
