import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clearHighlights, paintHighlights, type PaintedSpan } from '../../../lib/paint/highlight';
import { ReopenAfterRepaint } from '../../../lib/paint/reopen-after-repaint';
import { appendParagraph, boxEachSpan, installFakeHighlightApi, singleNodeMap } from './highlight-api-fake';

const TEXT = 'Vladimir Putin met NATO envoys in Moscow.';

describe('ReopenAfterRepaint', () => {
  let uninstall: () => void;
  let paragraph: HTMLParagraphElement;
  let spans: PaintedSpan[];

  beforeEach(() => {
    ({ uninstall } = installFakeHighlightApi(window));
    let textNode: Text;
    ({ paragraph, textNode } = appendParagraph(document, TEXT));
    const at = (text: string) => ({ start: TEXT.indexOf(text), end: TEXT.indexOf(text) + text.length });
    spans = paintHighlights(document, singleNodeMap(document, textNode), [
      { kind: 'person', ...at('Vladimir Putin'), entityId: 'p', mentionIndex: 0 },
      { kind: 'organization', ...at('NATO'), entityId: 'o', mentionIndex: 0 },
      { kind: 'place', ...at('Moscow'), entityId: 'm', mentionIndex: 0 },
    ]).spans;
    boxEachSpan(spans);
  });

  afterEach(() => {
    clearHighlights(document);
    paragraph.remove();
    uninstall();
  });

  /** Waiting for the card of the word under x = 10 · (the index of `text` + 1). */
  const waitingOver = (text: string) =>
    new ReopenAfterRepaint('pointer', { x: (TEXT.indexOf(text) + 1) * 10, y: 10, caret: null });

  it('finds the span under the pointer once a slice paints it, looking only at the spans each slice added', () => {
    const reopen = waitingOver('NATO');
    const painted = [spans[0]!];
    expect(reopen.spanIn(painted)).toBeNull();
    painted.push(spans[1]!, spans[2]!);
    expect(reopen.spanIn(painted)?.entityId).toBe('o');
    // The same painting, nothing added since: nothing more to look at.
    expect(reopen.spanIn(painted)).toBeNull();
    expect(reopen.pointer).toBe('pointer');
  });

  it('looks at every span of a new painting (new settings paint the story afresh)', () => {
    const reopen = waitingOver('Moscow');
    expect(reopen.spanIn(spans)?.entityId).toBe('m');
    expect(reopen.spanIn([...spans])?.entityId).toBe('m');
  });

  it('finds nothing where no span is under the pointer', () => {
    expect(waitingOver('envoys').spanIn(spans)).toBeNull();
  });
});
