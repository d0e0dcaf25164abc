import { describe, expect, it } from 'vitest';
import { joinFirmNames } from '../../../../lib/analyze/ner/firm-names';
import { describeSpan, handTag } from './spans';

describe('joinFirmNames', () => {
  it('joins the names on either side of an "&" into one organization', () => {
    const hand = handTag('Douglas & Lomason and Smith & Wesson said');
    const douglas = hand.span('Douglas', 'person');
    const lomason = hand.span('Lomason', 'organization');
    const smith = hand.span('Smith', 'person');
    // The tagger's MISC name, "& Wesson", starts at the "&".
    const { start, end, line, first, last } = hand.span('& Wesson', 'organization');
    const wesson = { label: 'MISC', line, first, last, start, end };
    const { spans, otherNames } = joinFirmNames([douglas, lomason, smith], [wesson], hand.lines);
    expect(spans.map((span) => describeSpan(hand.text, span))).toEqual(['Douglas & Lomason (organization)', 'Smith & Wesson (organization)']);
    expect(otherNames).toEqual([]);
  });

  it('takes the capitalised words after an "&" that no name covers', () => {
    const hand = handTag('Edward D. Jones & Co analysts said');
    const { spans } = joinFirmNames([hand.span('Edward D. Jones', 'person')], [], hand.lines);
    expect(spans.map((span) => describeSpan(hand.text, span))).toEqual(['Edward D. Jones & Co (organization)']);
  });

  it('types a name holding an "&" as an organization', () => {
    const hand = handTag('AT&T fell');
    const { spans } = joinFirmNames([hand.span('AT&T', 'person')], [], hand.lines);
    expect(spans.map((span) => describeSpan(hand.text, span))).toEqual(['AT&T (organization)']);
  });

  it('leaves names without an "&", and the tail of one the tagger did not find whole', () => {
    const hand = handTag('Anna Berg met Rock & Roll Hall of Fame staff');
    const anna = hand.span('Anna Berg', 'person');
    const { start, end, line, first, last } = hand.span('& Roll Hall of Fame', 'organization');
    const tail = { label: 'MISC', line, first, last, start, end };
    expect(joinFirmNames([anna], [tail], hand.lines)).toEqual({ spans: [anna], otherNames: [tail] });
  });
});
