/**
 * An element the page hides by its own markup, read from its attributes alone: no layout is asked,
 * since detection runs on every page. Detection and the byline each read it as the Readability
 * function they stand beside does, so each keeps its own idea of a hiding style. (Two constants, not
 * one table: the detector's bundle then carries only its own.)
 */

/** `isProbablyReaderable`'s `isNodeVisible`, which detection stands beside: display none alone. */
export const DISPLAY_NONE = /display:\s*none/i;

/** Readability's `_isProbablyVisible`, where it looks for a byline: display none or visibility hidden. */
export const DISPLAY_NONE_OR_INVISIBLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

/** The `hidden` attribute, aria-hidden="true", or a style attribute that `hidingStyle` reads as hiding. */
export function isHiddenByMarkup(element: Element, hidingStyle: RegExp): boolean {
  return (
    element.hasAttribute('hidden') ||
    element.getAttribute('aria-hidden') === 'true' ||
    hidingStyle.test(element.getAttribute('style') ?? '')
  );
}
