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
  /** Below or above the word, or beside it (left or right) when it fits on neither. */
  side: 'below' | 'above' | 'beside';
  /** The most the card may grow to stay in the viewport on that side without covering the word. */
  maxHeight: number;
}

/** Space between the word and the card, in CSS px: close enough to read as attached to it. */
export const CARD_GAP_PX = 6;
/** Distance kept from the viewport's edges, in CSS px. */
export const VIEWPORT_MARGIN_PX = 8;

/**
 * Below the word when the whole card fits there, else above when it fits there, else beside the
 * word (right, or left) when the window is tall enough for the whole card, so every part of it
 * (its memory part at its foot too) is seen without scrolling; else on the side with more room
 * above or below, where the card scrolls inside its `maxHeight`. Below or above, it starts at the
 * word and is pushed back inside the viewport.
 */
export function placeCard(word: Box, card: Size, viewport: Size): CardPlacement {
  const roomBelow = viewport.height - (word.top + word.height) - CARD_GAP_PX - VIEWPORT_MARGIN_PX;
  const roomAbove = word.top - CARD_GAP_PX - VIEWPORT_MARGIN_PX;
  if (card.height <= roomBelow) return aboveOrBelow('below', word, card, viewport, roomBelow);
  if (card.height <= roomAbove) return aboveOrBelow('above', word, card, viewport, roomAbove);
  const beside = besideWord(word, card, viewport);
  if (beside) return beside;
  return roomBelow >= roomAbove
    ? aboveOrBelow('below', word, card, viewport, roomBelow)
    : aboveOrBelow('above', word, card, viewport, roomAbove);
}

function aboveOrBelow(side: 'below' | 'above', word: Box, card: Size, viewport: Size, room: number): CardPlacement {
  const maxHeight = Math.max(0, room);
  const height = Math.min(card.height, maxHeight);
  const top = side === 'below' ? word.top + word.height + CARD_GAP_PX : word.top - CARD_GAP_PX - height;
  const maxLeft = viewport.width - card.width - VIEWPORT_MARGIN_PX;
  const left = Math.max(VIEWPORT_MARGIN_PX, Math.min(word.left, maxLeft));
  return { top, left, side, maxHeight };
}

/**
 * Right of the word, else left of it, centred on the word's line and pushed inside the viewport;
 * null when the card is too wide for either side or too tall for the window.
 */
function besideWord(word: Box, card: Size, viewport: Size): CardPlacement | null {
  const maxHeight = viewport.height - 2 * VIEWPORT_MARGIN_PX;
  if (card.height > maxHeight) return null;
  const right = word.left + word.width + CARD_GAP_PX;
  const leftOfWord = word.left - CARD_GAP_PX - card.width;
  const left =
    right + card.width <= viewport.width - VIEWPORT_MARGIN_PX
      ? right
      : leftOfWord >= VIEWPORT_MARGIN_PX
        ? leftOfWord
        : null;
  if (left === null) return null;
  const centred = word.top + word.height / 2 - card.height / 2;
  const top = Math.max(VIEWPORT_MARGIN_PX, Math.min(centred, viewport.height - VIEWPORT_MARGIN_PX - card.height));
  return { top, left, side: 'beside', maxHeight };
}
