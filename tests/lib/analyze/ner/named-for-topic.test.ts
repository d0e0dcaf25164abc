import { describe, expect, it } from 'vitest';
import { joinTopicsOfBodies } from '../../../../lib/analyze/ner/named-for-topic';
import { describeSpan, handTag } from './spans';

const ORG_WORDS = new Set(['council', 'committee']);

describe('joinTopicsOfBodies', () => {
  it('joins a body and the capitalised topic after its "on", tagged or not', () => {
    const hand = handTag('a fellow at the Council on Foreign Relations and the Committee on Energy said');
    const spans = [hand.span('Council', 'organization'), hand.span('Foreign Relations', 'organization'), hand.span('Committee', 'organization')];
    expect(joinTopicsOfBodies(spans, hand.lines, ORG_WORDS).map((span) => describeSpan(hand.text, span))).toEqual([
      'Council on Foreign Relations (organization)', 'Committee on Energy (organization)',
    ]);
  });

  it.each([
    // a day after "on" is when, not what
    ['the Security Council on Monday said', 'Security Council', 'organization'],
    // a name that ends in no body's head word
    ['Acme Corp on Friday Street', 'Acme Corp', 'organization'],
    // a person is no body
    ['Ana Council on Foreign Relations', 'Ana Council', 'person'],
  ] as const)('leaves %j alone', (text, name, type) => {
    const hand = handTag(text);
    const spans = [hand.span(name, type)];
    expect(joinTopicsOfBodies(spans, hand.lines, ORG_WORDS)).toEqual(spans);
  });
});
