import { describe, expect, it } from 'vitest';
import { CUTS, MAX_CORE_WORDS, sentenceCore, wordCount } from '../../../lib/analyze/sentence-core';

/** A sentence longer than a line has `core` as its core. */
function expectCoreOfLong(long: string, core: string): void {
  expect(wordCount(long)).toBeGreaterThan(MAX_CORE_WORDS);
  expect(sentenceCore(long)).toBe(core);
}

describe('sentenceCore', () => {
  it('leaves out a parenthesis', () => {
    expect(sentenceCore('Athens (Greek: Αθήνα) is the capital city of Greece with 3.7 million inhabitants.')).toBe(
      'Athens is the capital city of Greece with 3.7 million inhabitants.',
    );
  });

  it('leaves out a leading subordinate clause, and starts the main clause with a capital', () => {
    expect(
      sentenceCore('When the talks ended on Tuesday, Russia said it would withdraw its troops from the border.'),
    ).toBe('Russia said it would withdraw its troops from the border.');
  });

  it('keeps a cut only when a sentence with a verb in a tense remains', () => {
    // Without its leading clause, "After the vote," would leave six words and no verb.
    expect(sentenceCore('After the vote, a new era for the two nations.')).toBe(
      'After the vote, a new era for the two nations.',
    );
  });

  it('ends a long sentence at a clause break, keeping a main clause, within one line', () => {
    const long =
      'The nations expressed concerns about NATO expansion in Asia and agreed to deepen their partnership, which has only grown closer since Putin launched an offensive in Ukraine more than a year ago, officials in both capitals said on Tuesday.';
    expectCoreOfLong(
      long,
      'The nations expressed concerns about NATO expansion in Asia and agreed to deepen their partnership.',
    );
  });

  it('ends a head that ends on an abbreviation with its stop alone, not a second one', () => {
    const long =
      'The merged company will have national heft, creating the largest newspaper chain in the U.S., encompassing 263 daily news organizations and hundreds of weekly papers in small towns across the country.';
    expectCoreOfLong(
      long,
      'The merged company will have national heft, creating the largest newspaper chain in the U.S.',
    );
  });

  it('gives no core to a long sentence with no clause break that keeps a verb', () => {
    const list = `Guests may bring ${Array.from({ length: 40 }, (_, i) => `item${i}`).join(' ')} to the hall.`;
    expect(sentenceCore(list)).toBeNull();
  });

  it('never ends a long sentence in the middle of a list, where the comma is the list’s', () => {
    const listed =
      'On Monday the council agreed to spend the money from the new harbour tax on the repair of the old bridge, the town hall, the library and the harbour walls before the storms of the coming winter.';
    expect(wordCount(listed)).toBeGreaterThan(MAX_CORE_WORDS);
    expect(sentenceCore(listed)).not.toBe(
      'On Monday the council agreed to spend the money from the new harbour tax on the repair of the old bridge.',
    );
    const clauses =
      'In the interview, the mayor explains what the plan is, why she decided to make it, how she paid for it, and why she chose to keep the old bridge open to cyclists during the repairs.';
    expect(sentenceCore(clauses)).not.toBe(
      'In the interview, the mayor explains what the plan is, why she decided to make it, how she paid for it.',
    );
  });

  it('counts a word with an apostrophe as one word', () => {
    expect(wordCount("Savage's column isn't new.")).toBe(4);
  });

  it('starts a long sentence at its main clause when no ending of it keeps a verb', () => {
    const long =
      'On Thursday, with 110 days until the start of the Winter Paralympics in Sochi, Russia, Wikinews interviewed Simon Ličen of Washington State University about attitudes in the United States towards the Paralympics.';
    expectCoreOfLong(
      long,
      'Wikinews interviewed Simon Ličen of Washington State University about attitudes in the United States towards the Paralympics.',
    );
  });

  it('gives every cut a name and a reason', () => {
    for (const cut of CUTS) expect(cut.name && cut.reason).toBeTruthy();
  });
});
