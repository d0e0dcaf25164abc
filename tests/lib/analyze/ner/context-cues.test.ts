import { describe, expect, it } from 'vitest';
import { applyContextCues } from '../../../../lib/analyze/ner/context-cues';
import type { TypedSpan } from '../../../../lib/analyze/ner/recognizer';
import { describeSpan, handTag, type HandTagged } from './spans';

/** compromise's classes for the words these cases need. */
const WORD_CLASSES = new Map([['facebook', ['Organization']]]);

function cue(hand: HandTagged, spans: TypedSpan[], otherNames: TypedSpan[] = []): string[] {
  return applyContextCues(spans, otherNames, hand.lines, WORD_CLASSES)
    .filter((span) => !span.excluded)
    .map((span) => describeSpan(hand.text, span));
}

describe('applyContextCues', () => {
  it('reads wire credits in a dateline as organizations', () => {
    const hand = handTag('Oslo, May 2 (AFP/NTB): Talks began.');
    expect(cue(hand, [hand.span('Oslo', 'place'), hand.span('AFP/NTB', 'place')])).toEqual([
      'Oslo (place)',
      'AFP (organization)',
      'NTB (organization)',
    ]);
  });

  it('reads a seat of government as an organization', () => {
    const hand = handTag('The Kremlin denied it.');
    expect(cue(hand, [hand.span('Kremlin', 'place')])).toEqual(['Kremlin (organization)']);
  });

  it('types a name by its apposition, even one the tagger called MISC', () => {
    const hand = handTag('They reached Irpin, a town near the front, and Acme, a company.');
    const [irpin, acme] = [hand.span('Irpin', 'person'), hand.span('Acme', 'person')];
    expect(cue(hand, [acme], [irpin])).toEqual(['Irpin (place)', 'Acme (organization)']);
  });

  it('types a name by the business noun right before it', () => {
    const hand = handTag('Italian tyre and cables giant Pirelli and the airline Ryanair said');
    expect(cue(hand, [hand.span('Pirelli', 'person'), hand.span('Ryanair', 'place')])).toEqual([
      'Pirelli (organization)',
      'Ryanair (organization)',
    ]);
  });

  it('takes no type from a noun that owns the apposition’s head', () => {
    const hand = handTag('instructed Milton Velez, the agency’s district supervisor for Queens.');
    expect(cue(hand, [hand.span('Milton Velez', 'person')])).toEqual(['Milton Velez (person)']);
  });

  it('types a name by a "known as" phrase, tagged or not', () => {
    const hand = handTag('an alliance known informally as the Quad; a group known as the Ring.');
    expect(cue(hand, [hand.span('Quad', 'place')])).toEqual(['Quad (organization)', 'Ring (organization)']);
  });

  it('drops a product name with a model number, but keeps its words out of later rules', () => {
    const hand = handTag('the Power of Siberia 2 gas pipeline reaches Siberia');
    const spans = applyContextCues(
      [hand.span('Power of Siberia', 'organization'), hand.span('Siberia', 'place', 30)],
      [],
      hand.lines,
      WORD_CLASSES,
    );
    expect(spans.map((span) => [describeSpan(hand.text, span), !!span.excluded])).toEqual([
      ['Power of Siberia (organization)', true],
      ['Siberia (place)', false],
    ]);
  });

  it('joins a nationality the tagger called MISC to the organization it starts', () => {
    const hand = handTag('The European Central Bank and the Ontario-based Magna Corp met.');
    const spans = [hand.span('Central Bank', 'organization'), hand.span('Magna Corp', 'organization')];
    const otherNames = [hand.span('European', 'place'), hand.span('Ontario-based', 'place')];
    expect(cue(hand, spans, otherNames)).toEqual(['European Central Bank (organization)', 'Magna Corp (organization)']);
  });

  it('splits an acronym from a known company', () => {
    const hand = handTag('Follow the PNI Facebook page.');
    expect(cue(hand, [hand.span('PNI Facebook', 'organization')])).toEqual([
      'PNI (organization)',
      'Facebook (organization)',
    ]);
  });
});
