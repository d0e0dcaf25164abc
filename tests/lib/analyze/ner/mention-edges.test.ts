import { describe, expect, it } from 'vitest';
import { trimMentionEdges } from '../../../../lib/analyze/ner/mention-edges';

const trimmed = (mention: string): string => {
  const [start, end] = trimMentionEdges(mention, 0, mention.length);
  return mention.slice(start, end);
};

describe('trimMentionEdges', () => {
  it.each([
    ['Acme Inc.,', 'Acme Inc.'],
    ['Acme Income.', 'Acme Income'],
    ["McDonald 's", 'McDonald'],
    ['Russia’s', 'Russia'],
    ['“Putin', 'Putin'],
    ['Putin”.', 'Putin'],
    // kept: dotted abbreviations and legal forms, inner possessives and punctuation
    ['U.S.', 'U.S.'],
    ['Acme Inc.', 'Acme Inc.'],
    ['Douglas & Lomason Co.', 'Douglas & Lomason Co.'],
    ["People 's Party", "People 's Party"],
    ['AT & T', 'AT & T'],
    // nothing left
    ['”', ''],
  ])('%s → %s', (mention, expected) => {
    expect(trimmed(mention)).toBe(expected);
  });
});
