import { describe, expect, it } from 'vitest';
import { parseDetachedDocument } from '../../../lib/extract/detached-document';
import { ELEMENT_NODE, TEXT_NODE, elementAt } from '../../../lib/page/dom-nodes';

describe('dom-nodes', () => {
  it("holds the DOM's own numbers, in the browser's DOM and in linkedom's", () => {
    for (const doc of [document, parseDetachedDocument('<html><body></body></html>')]) {
      expect(doc.createElement('p').nodeType).toBe(ELEMENT_NODE);
      expect(doc.createTextNode('a').nodeType).toBe(TEXT_NODE);
    }
  });

  it('gives an element itself, a Text node its parent, and a Text node outside any element nothing', () => {
    const paragraph = document.createElement('p');
    paragraph.innerHTML = 'one <b>two</b>';
    const bold = paragraph.querySelector('b')!;
    expect(elementAt(paragraph)).toBe(paragraph);
    expect(elementAt(paragraph.firstChild!)).toBe(paragraph);
    expect(elementAt(bold.firstChild!)).toBe(bold);
    expect(elementAt(document.createTextNode('alone'))).toBeNull();
  });
});
