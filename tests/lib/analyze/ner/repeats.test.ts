import { describe, expect, it } from 'vitest';
import { findRepeats } from '../../../../lib/analyze/ner/repeats';
import { describeSpan, handTag } from './spans';

/** compromise's classes: "will" is only a common word, "may" is also a name. */
const WORD_CLASSES = new Map([
  ['will', ['Modal']],
  ['may', ['Modal', 'FemaleName']],
]);

describe('findRepeats', () => {
  it('adds untagged repeats of found names, a person’s single names and news short forms', () => {
    const hand = handTag(
      'Olga Berg met Nordbank staff.\nBerg said Nordbank and the G7 agreed, as did the US and the Group of Seven.',
    );
    const spans = [hand.span('Olga Berg', 'person'), hand.span('Nordbank', 'organization')];
    expect(findRepeats(spans, hand.lines, WORD_CLASSES).map((span) => describeSpan(hand.text, span))).toEqual([
      'Olga Berg (person)',
      'Nordbank (organization)',
      'Berg (person)',
      'Nordbank (organization)',
      'G7 (organization)',
      'US (place)',
      'Group of Seven (organization)',
    ]);
  });

  it('takes no lone letter of a name for a name of its own', () => {
    const hand = handTag('Anna X Berg spoke.\nPlan X failed.');
    const spans = [hand.span('Anna X Berg', 'person')];
    expect(findRepeats(spans, hand.lines, WORD_CLASSES).map((span) => describeSpan(hand.text, span))).toEqual([
      'Anna X Berg (person)',
    ]);
  });

  it('leaves common words, longer names and ALL-CAPS lines alone', () => {
    const hand = handTag('Ben Will spoke.\nWill it rain? The US Open starts.\nUS WINS');
    const spans = [hand.span('Ben Will', 'person')];
    expect(findRepeats(spans, hand.lines, WORD_CLASSES).map((span) => describeSpan(hand.text, span))).toEqual([
      'Ben Will (person)',
    ]);
  });
});
