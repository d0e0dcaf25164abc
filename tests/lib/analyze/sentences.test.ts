import { describe, expect, it } from 'vitest';
import { splitParagraphs, splitSentences } from '../../../lib/analyze/sentences';

describe('splitSentences', () => {
  it.each([
    // Titles and initials end with a full stop without ending the sentence.
    ['Mr. Smith met Dr. Jones. They talked.', ['Mr. Smith met Dr. Jones.', 'They talked.']],
    ['George W. Bush spoke. Then he left.', ['George W. Bush spoke.', 'Then he left.']],
    // A closing quotation mark belongs to the sentence it closes.
    ['He said “It is over.” She agreed.', ['He said “It is over.”', 'She agreed.']],
    // An ellipsis before a lower-case word continues the sentence.
    [
      'The plan put forward by China… can be taken as a basis.',
      ['The plan put forward by China… can be taken as a basis.'],
    ],
    // Abbreviated places inside a sentence.
    [
      'Talks in Washington D.C. on Monday ended. Nothing was agreed.',
      ['Talks in Washington D.C. on Monday ended.', 'Nothing was agreed.'],
    ],
    ['Is it true? Yes! It is.', ['Is it true?', 'Yes!', 'It is.']],
  ])('splits %j', (text, expected) => {
    expect(splitSentences(text).map((s) => s.text)).toEqual(expected);
  });

  it('never crosses a paragraph break and keeps offsets into the text', () => {
    const text = 'First paragraph without a stop\n  Second one. Third.';
    const spans = splitSentences(text);
    expect(spans.map((s) => s.text)).toEqual(['First paragraph without a stop', 'Second one.', 'Third.']);
    for (const span of spans) expect(text.slice(span.start, span.end)).toBe(span.text);
  });
});

describe('splitParagraphs', () => {
  it('skips blank lines and trims', () => {
    expect(splitParagraphs('\n one \n\n two\n').map((p) => p.text)).toEqual(['one', 'two']);
  });
});
