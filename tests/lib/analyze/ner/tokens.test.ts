import { describe, expect, it } from 'vitest';
import { tokenize, tokenizeLines } from '../../../../lib/analyze/ner/tokens';

const words = (text: string): string[] => tokenize(text).map((token) => token.text);

describe('tokenize', () => {
  it.each([
    // news typography: the possessive, curly quotes and dashes are tokens of their own
    ['Ukraine’s President said “no”.', ['Ukraine', '’s', 'President', 'said', '“', 'no', '”', '.']],
    // CoNLL writes the possessive apart already
    ["Russia 's leader", ['Russia', "'s", 'leader']],
    // dotted abbreviations keep their stop; a sentence's stop does not stick to a word
    ['the U.S. and Mr. Smith left.', ['the', 'U.S.', 'and', 'Mr.', 'Smith', 'left', '.']],
    // hyphens, inner apostrophes and digit groups keep a word whole; a slash does not
    ['US-led O’Neill paid 1,000 (AFP/APP)', ['US-led', 'O’Neill', 'paid', '1,000', '(', 'AFP', '/', 'APP', ')']],
    // an em dash and an ellipsis
    ['China… – US', ['China', '…', '–', 'US']],
  ])('splits %j', (text, expected) => {
    expect(words(text)).toEqual(expected);
  });

  it('gives offsets that slice back to each token', () => {
    const text = 'Xi’s visit to “Moscow” – G7, U.S. Open…\nNext line';
    for (const token of tokenize(text)) expect(text.slice(token.start, token.end)).toBe(token.text);
  });
});

describe('tokenizeLines', () => {
  it('groups tokens by line and flags ALL-CAPS lines', () => {
    const lines = tokenizeLines('SOCCER - LEEDS WIN AT HOME\n\nLeeds beat Arsenal 2-1 .');
    expect(lines.map((line) => line.tokens.length)).toEqual([6, 5]);
    expect(lines.map((line) => line.isAllCaps)).toEqual([true, false]);
  });
});
