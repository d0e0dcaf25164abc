import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PaintedSpan } from '../../../lib/paint/highlight';
import { HighlightNeighbourhood } from '../../../lib/paint/highlight-neighbourhood';

/** A person's painted span over the whole of `text`. */
function spanOver(text: Text): PaintedSpan {
  const range = document.createRange();
  range.selectNodeContents(text);
  return { kind: 'person', start: 0, end: text.length, entityId: 'e1', mentionIndex: 0, range };
}

describe('HighlightNeighbourhood', () => {
  let story: HTMLElement;
  let paragraph: HTMLElement;
  let link: HTMLElement;
  let name: Text;
  let menu: HTMLElement;

  beforeEach(() => {
    // body > main > article > p > a > "Putin", and a menu beside the story.
    document.body.innerHTML =
      '<nav>Home</nav><main><article><p>Talks with <a href="#">Putin</a> ended.</p></article></main>';
    story = document.querySelector('article')!;
    paragraph = document.querySelector('p')!;
    link = document.querySelector('a')!;
    name = link.firstChild as Text;
    menu = document.querySelector('nav')!;
  });

  afterEach(() => {
    document.body.innerHTML = '';
  });

  it.each([
    // The word's own element, its paragraph and the paragraph's container are near it.
    ['the link holding the word', () => link, true],
    ['its paragraph', () => paragraph, true],
    ['the story around the paragraph', () => story, true],
    // Further up, and the page's own body and root, hold everything: not near.
    ['the element above the story', () => document.querySelector('main'), false],
    ['the body', () => document.body, false],
    ['the root', () => document.documentElement, false],
    ['the menu beside the story', () => menu, false],
    ['no element', () => null, false],
  ])('%s → %s', (_label, element, near) => {
    expect(new HighlightNeighbourhood([spanOver(name)]).holds(element())).toBe(near);
  });

  it('holds each paragraph a quote over several paragraphs crosses, and no other', () => {
    document.body.innerHTML =
      '<main><article><p>“We are ready,</p><p>and waiting,</p><p>for a signature,” she said.</p><p>Talks go on.</p></article></main>';
    const [first, middle, last, after] = document.querySelectorAll('p');
    const range = document.createRange();
    range.setStart(first!.firstChild!, 0);
    range.setEnd(last!.firstChild!, 'for a signature,”'.length);
    const quote: PaintedSpan = { kind: 'quote', start: 0, end: 40, quoteId: 'q1', range };
    const neighbourhood = new HighlightNeighbourhood([quote]);
    expect([first, middle, last].map((paragraph) => neighbourhood.holds(paragraph!))).toEqual([true, true, true]);
    expect(neighbourhood.holds(after!)).toBe(false);
  });

  it('takes in the spans painted after it was made, in the same painting', () => {
    const painted: PaintedSpan[] = [];
    const neighbourhood = new HighlightNeighbourhood(painted);
    expect(neighbourhood.holds(link)).toBe(false);
    painted.push(spanOver(name));
    expect(neighbourhood.holds(link)).toBe(true);
    expect(neighbourhood.isOf(painted)).toBe(true);
    expect(neighbourhood.isOf([...painted])).toBe(false);
  });
});
