import { describe, expect, it } from 'vitest';
import { findQuotedSpans } from '../../../../lib/analyze/quotes/marks';

const wordsOf = (text: string) => findQuotedSpans(text).map((s) => text.slice(s.start, s.end));

describe('findQuotedSpans', () => {
  it.each([
    // a closing-style mark that opens a paragraph still opens the quote (typed text mixes glyphs up)
    ['”Mr. Trump is clueless,” she wrote.', ['Mr. Trump is clueless,']],
    // doubled apostrophes stand for a double mark in some newspaper archives
    ["''I want to propose things,'' Mrs. Clinton said.", ['I want to propose things,']],
    // and curly ones close a quote in the Associated Press's feed: the narration after them is no quote
    [
      '“It was an attempt to mislead voters,’’ Will Moy told the BBC. “And it is wrong.”',
      ['It was an attempt to mislead voters,', 'And it is wrong.'],
    ],
    // an elided year is no opening mark
    ['He grew up in the ’90s and said “times change.”', ['times change.']],
    // a missing closing mark ends the quote with its paragraph
    ['He said: “We will win\nThe vote is on Sunday.', ['We will win']],
    // a mark that opens a sentence inside a quote of its own family: the first quote lost its close
    [
      'She said: "It is not unusual. It happens. Jane Roe also saw it. "But she is young." The end.',
      ['It is not unusual. It happens. Jane Roe also saw it.', 'But she is young.'],
    ],
    // a quote inside a quote that opens no sentence stays inside it
    ['"He told me "no" twice," she said.', ['He told me "no" twice,']],
  ])('%s', (text, expected) => {
    expect(wordsOf(text)).toEqual(expected);
  });

  it('marks a quote that runs on into the next paragraph', () => {
    const spans = findQuotedSpans('“We are ready.\n“The West is not.”');
    expect(spans.map((s) => s.runsOn)).toEqual([true, false]);
  });
});
