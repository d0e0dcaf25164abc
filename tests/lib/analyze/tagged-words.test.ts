import { describe, expect, it } from 'vitest';
import { FINITE_VERB_TAGS as FINITE, hasWordTagged } from '../../../lib/analyze/tagged-words';

describe('hasWordTagged', () => {
  it('finds a word with one of the tags', () => {
    expect(hasWordTagged('Putin said he was open to talks.', FINITE, [])).toBe(true);
    expect(hasWordTagged('suggests that China feels no responsibility', FINITE, [])).toBe(true);
  });

  it('finds none in a phrase without such a word', () => {
    expect(hasWordTagged('meaningful and frank', FINITE, [])).toBe(false);
    expect(hasWordTagged('a sign of solidarity and strong cooperation', FINITE, [])).toBe(false);
  });

  it('passes over a word that also has one of the tags it is given to leave out', () => {
    expect(hasWordTagged('entering a new era', ['Verb'], [])).toBe(true);
    expect(hasWordTagged('entering a new era', ['Verb'], ['Gerund'])).toBe(false);
  });
});
