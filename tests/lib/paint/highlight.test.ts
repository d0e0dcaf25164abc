import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  HIGHLIGHT_NAMES,
  clearHighlights,
  paintHighlights,
  registeredHighlightNames,
  setActiveRange,
  setFlashRange,
  spanAtCaret,
  spanAtTextPoint,
  spansToHighlight,
  supportsHighlights,
  textPointAt,
} from '../../../lib/paint/highlight';
import { ALL_KINDS_ON } from '../../../lib/extension/settings';
import { sampleAnalysis } from '../../components/sample-analysis';
import {
  appendParagraph,
  boxEachSpan,
  installFakeHighlightApi,
  singleNodeMap,
  type FakeHighlight,
} from './highlight-api-fake';

describe('spansToHighlight', () => {
  const analysis = sampleAnalysis();

  it.each([
    // Everything on: every mention and every quote.
    [ALL_KINDS_ON, { person: 3, place: 1, organization: 1, quote: 4 }],
    // Quotes off: mentions only.
    [
      { ...ALL_KINDS_ON, quote: false },
      { person: 3, place: 1, organization: 1 },
    ],
    // Only places.
    [{ person: false, place: true, organization: false, quote: false }, { place: 1 }],
  ])('with kinds %j paints %j', (kinds, expected) => {
    const counts: Record<string, number> = {};
    for (const span of spansToHighlight(analysis, kinds)) counts[span.kind] = (counts[span.kind] ?? 0) + 1;
    expect(counts).toEqual(expected);
  });

  it('keeps text order and numbers each entity’s mentions', () => {
    const spans = spansToHighlight(analysis, ALL_KINDS_ON);
    expect(spans.map((s) => s.start)).toEqual([...spans.map((s) => s.start)].sort((a, b) => a - b));
    const putin = spans.filter((s) => s.entityId === 'e1');
    expect(putin.map((s) => s.mentionIndex)).toEqual([0, 1]);
  });
});

describe('painting on a page', () => {
  const TEXT = 'Vladimir Putin said “NATO is near” in Moscow.';
  let registry: Map<string, FakeHighlight>;
  let uninstall: () => void;
  let paragraph: HTMLParagraphElement;
  let textNode: Text;

  beforeEach(() => {
    ({ registry, uninstall } = installFakeHighlightApi(window));
    ({ paragraph, textNode } = appendParagraph(document, TEXT));
  });

  afterEach(() => {
    clearHighlights(document);
    paragraph.remove();
    uninstall();
  });

  const at = (text: string) => ({ start: TEXT.indexOf(text), end: TEXT.indexOf(text) + text.length });
  const spans = [
    { kind: 'person' as const, ...at('Vladimir Putin'), entityId: 'p', mentionIndex: 0 },
    { kind: 'organization' as const, ...at('NATO'), entityId: 'o', mentionIndex: 0 },
    { kind: 'place' as const, ...at('Moscow'), entityId: 'm', mentionIndex: 0 },
    { kind: 'quote' as const, ...at('NATO is near'), quoteId: 'q' },
  ];
  const textsOf = (name: string) => [...(registry.get(name) ?? [])].map((range) => (range as Range).toString());

  it('registers one highlight per kind covering exactly the spans’ text, and leaves the DOM alone', () => {
    const before = document.body.innerHTML;
    const painted = paintHighlights(document, singleNodeMap(document, textNode), spans);
    expect(painted.missed).toBe(0);
    expect(textsOf(HIGHLIGHT_NAMES.person)).toEqual(['Vladimir Putin']);
    expect(textsOf(HIGHLIGHT_NAMES.organization)).toEqual(['NATO']);
    expect(textsOf(HIGHLIGHT_NAMES.place)).toEqual(['Moscow']);
    expect(textsOf(HIGHLIGHT_NAMES.quote)).toEqual(['NATO is near']);
    expect(document.body.innerHTML).toBe(before);
  });

  it('paints names over the quote around them', () => {
    paintHighlights(document, singleNodeMap(document, textNode), spans);
    expect(registry.get(HIGHLIGHT_NAMES.organization)!.priority).toBeGreaterThan(
      registry.get(HIGHLIGHT_NAMES.quote)!.priority,
    );
  });

  it('counts what the map cannot place and paints nothing for it (the stub map places nothing)', () => {
    const painted = paintHighlights(document, { rangeFor: () => null }, spans);
    expect(painted).toEqual({ spans: [], missed: spans.length });
    expect(registeredHighlightNames(document)).toEqual([]);
  });

  it('adds kinds without removing the others, so entities and quotes paint separately', () => {
    const map = singleNodeMap(document, textNode);
    paintHighlights(
      document,
      map,
      spans.filter((s) => s.kind !== 'quote'),
    );
    paintHighlights(
      document,
      map,
      spans.filter((s) => s.kind === 'quote'),
    );
    expect(registeredHighlightNames(document)).toEqual([
      HIGHLIGHT_NAMES.person,
      HIGHLIGHT_NAMES.place,
      HIGHLIGHT_NAMES.organization,
      HIGHLIGHT_NAMES.quote,
    ]);
  });

  it('adds a later part of a story to the highlights already painted', () => {
    const map = singleNodeMap(document, textNode);
    paintHighlights(document, map, spans.slice(0, 2));
    paintHighlights(document, map, spans.slice(2));
    expect(textsOf(HIGHLIGHT_NAMES.person)).toEqual(['Vladimir Putin']);
    expect(textsOf(HIGHLIGHT_NAMES.place)).toEqual(['Moscow']);
    expect(textsOf(HIGHLIGHT_NAMES.organization)).toEqual(['NATO']);
  });

  it('flashes one range at a time: a new flash replaces the last', () => {
    const painted = paintHighlights(document, singleNodeMap(document, textNode), spans);
    setFlashRange(document, painted.spans[0]!.range);
    setFlashRange(document, painted.spans[1]!.range);
    expect(textsOf(HIGHLIGHT_NAMES.flash)).toEqual([painted.spans[1]!.range.toString()]);
  });

  it('registers the dark tints on a dark page, and clears them too', () => {
    paintHighlights(document, singleNodeMap(document, textNode), spans, 'dark');
    expect(registeredHighlightNames(document)).toEqual([
      'newslens-person-on-dark',
      'newslens-place-on-dark',
      'newslens-organization-on-dark',
      'newslens-quote-on-dark',
    ]);
    clearHighlights(document);
    expect(registry.size).toBe(0);
  });

  it('clears only its own highlights', () => {
    registry.set('page-own', new (window as unknown as { Highlight: typeof FakeHighlight }).Highlight());
    const painted = paintHighlights(document, singleNodeMap(document, textNode), spans);
    setActiveRange(document, painted.spans[0]!.range);
    setFlashRange(document, painted.spans[1]!.range);
    clearHighlights(document);
    expect([...registry.keys()]).toEqual(['page-own']);
  });

  it('finds the span at a caret, preferring the name over the quote around it', () => {
    const painted = paintHighlights(document, singleNodeMap(document, textNode), spans);
    expect(spanAtCaret(painted.spans, textNode, TEXT.indexOf('NATO') + 1)?.kind).toBe('organization');
    expect(spanAtCaret(painted.spans, textNode, TEXT.indexOf('is near'))?.kind).toBe('quote');
    expect(spanAtCaret(painted.spans, textNode, TEXT.indexOf('said'))).toBeNull();
  });

  it('finds the span at a text point by its boxes, narrowed by the caret when there is one', () => {
    const painted = paintHighlights(document, singleNodeMap(document, textNode), spans);
    boxEachSpan(painted.spans);
    const x = (text: string) => (TEXT.indexOf(text) + 1) * 10;
    const caret = (text: string) => ({ node: textNode, offset: TEXT.indexOf(text) + 1 });
    expect(spanAtTextPoint(painted.spans, { x: x('NATO'), y: 10, caret: caret('NATO') })?.kind).toBe('organization');
    expect(spanAtTextPoint(painted.spans, { x: x('is near'), y: 10, caret: null })?.kind).toBe('quote');
    // The boxes say NATO, the caret says "said": nothing painted holds both.
    expect(spanAtTextPoint(painted.spans, { x: x('NATO'), y: 10, caret: caret('said') })).toBeNull();
    expect(spanAtTextPoint(painted.spans, { x: x('NATO'), y: 200, caret: null })).toBeNull();
  });

  it('reads the caret under a point where the browser offers it, and none where it does not', () => {
    expect(textPointAt(document, 3, 4)).toEqual({ x: 3, y: 4, caret: null });
    const at = vi.fn(() => ({ offsetNode: textNode, offset: 5 }));
    Object.defineProperty(document, 'caretPositionFromPoint', { value: at, configurable: true });
    try {
      expect(textPointAt(document, 3, 4)).toEqual({ x: 3, y: 4, caret: { node: textNode, offset: 5 } });
      expect(at).toHaveBeenCalledWith(3, 4);
    } finally {
      Reflect.deleteProperty(document, 'caretPositionFromPoint');
    }
  });
});

describe('without the Highlight API', () => {
  it('places the spans, paints nothing and throws nothing', () => {
    const paragraph = document.createElement('p');
    const node = document.createTextNode('Moscow');
    paragraph.append(node);
    document.body.append(paragraph);
    expect(supportsHighlights(document)).toBe(false);
    const painted = paintHighlights(document, singleNodeMap(document, node), [{ kind: 'place', start: 0, end: 6 }]);
    expect(painted.spans).toHaveLength(1);
    expect(() => clearHighlights(document)).not.toThrow();
    paragraph.remove();
  });
});
