import { describe, expect, it } from 'vitest';
import { DISPLAY_NONE, DISPLAY_NONE_OR_INVISIBLE, isHiddenByMarkup } from '../../../lib/page/hidden';

function elementOf(html: string): Element {
  return new DOMParser().parseFromString(`<html><body>${html}</body></html>`, 'text/html').body.firstElementChild!;
}

describe('isHiddenByMarkup', () => {
  it('reads the hidden attribute and aria-hidden under either reading', () => {
    for (const style of [DISPLAY_NONE, DISPLAY_NONE_OR_INVISIBLE]) {
      expect(isHiddenByMarkup(elementOf('<p hidden>a</p>'), style)).toBe(true);
      expect(isHiddenByMarkup(elementOf('<p aria-hidden="true">a</p>'), style)).toBe(true);
      expect(isHiddenByMarkup(elementOf('<p aria-hidden="false">a</p>'), style)).toBe(false);
      expect(isHiddenByMarkup(elementOf('<p style="DISPLAY: none">a</p>'), style)).toBe(true);
      expect(isHiddenByMarkup(elementOf('<p style="color: red">a</p>'), style)).toBe(false);
    }
  });

  it("counts visibility:hidden only as Readability's byline search does", () => {
    const invisible = elementOf('<p style="visibility:hidden">a</p>');
    expect(isHiddenByMarkup(invisible, DISPLAY_NONE_OR_INVISIBLE)).toBe(true);
    expect(isHiddenByMarkup(invisible, DISPLAY_NONE)).toBe(false);
  });
});
