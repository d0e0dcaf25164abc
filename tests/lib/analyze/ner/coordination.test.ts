import { describe, expect, it } from 'vitest';
import { splitCoordinatedNames } from '../../../../lib/analyze/ner/coordination';
import { describeSpan, handLexicons, handTag } from './spans';

const LEXICONS = handLexicons({ 'bosnia and herzegovina': 'LOC' }, { nasa: ['Organization'], bosnia: ['Country'], herzegovina: ['Region'] });

describe('splitCoordinatedNames', () => {
  it('splits two names run together over "and" or "or" when each stands alone', () => {
    const hand = handTag('Roscosmos and NASA agreed. Roscosmos said so, as did Google or Facebook. Google spoke. Facebook did not.');
    const spans = [
      hand.span('Roscosmos and NASA', 'organization'), hand.span('Roscosmos', 'organization', 20),
      hand.span('Google or Facebook', 'organization'), hand.span('Google', 'organization', 70), hand.span('Facebook', 'organization', 80),
    ];
    expect(splitCoordinatedNames(spans, hand.lines, LEXICONS).map((span) => describeSpan(hand.text, span))).toEqual([
      'Roscosmos (organization)', 'NASA (organization)', 'Roscosmos (organization)',
      'Google (organization)', 'Facebook (organization)', 'Google (organization)', 'Facebook (organization)',
    ]);
  });

  it('splits two people run together, the title going to the first', () => {
    const hand = handTag('Prince Norodom Ranariddh and Hun Sen agreed.');
    const pair = { ...hand.span('Norodom Ranariddh and Hun Sen', 'person'), role: 'Prince' };
    expect(splitCoordinatedNames([pair], hand.lines, LEXICONS).map((span) => describeSpan(hand.text, span))).toEqual([
      'Norodom Ranariddh (person, Prince)', 'Hun Sen (person)',
    ]);
  });

  it('keeps a name that holds "and" whole', () => {
    const hand = handTag('Bosnia and Herzegovina voted. Procter and Gamble paid. The Department of Health and Human Services said no.');
    const spans = [
      hand.span('Bosnia and Herzegovina', 'place'), hand.span('Procter and Gamble', 'organization'),
      hand.span('Department of Health and Human Services', 'organization'),
    ];
    expect(splitCoordinatedNames(spans, hand.lines, LEXICONS)).toEqual(spans);
  });
});
