import { describe, expect, it } from 'vitest';
import { bestAllowed, spansOfTags } from '../../../../lib/analyze/ner/tagger';
import { tokenize } from '../../../../lib/analyze/ner/tokens';

const LABELS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG'];

describe('bestAllowed', () => {
  it.each([
    // the best score wins when it is allowed
    ['Smith', 'O', [0, 5, 0, 1, 0], 'B-PER'],
    // I-ORG cannot follow a person's tag: the next best allowed label wins
    ['Bank', 'B-PER', [0, 0, 1, 0, 9], 'I-PER'],
    // punctuation and quotation marks are never in a name
    ['”', 'B-PER', [0, 0, 9, 0, 0], 'O'],
    // numbers and common words are never in a person's name ("Dale 69", "Woods shot")
    ['69', 'B-PER', [1, 0, 9, 0, 0], 'O'],
    ['shot', 'B-PER', [1, 0, 9, 0, 0], 'O'],
    // but name particles are ("de Silva")
    ['de', 'O', [0, 9, 0, 0, 0], 'B-PER'],
    // and an organization may hold a number ("Schalke 04")
    ['04', 'B-ORG', [0, 0, 0, 0, 9], 'I-ORG'],
  ])('%s after %s', (token, previous, scores, expected) => {
    expect(LABELS[bestAllowed(LABELS, Float32Array.from(scores), previous, token)]).toBe(expected);
  });
});

describe('spansOfTags', () => {
  it('joins B- and I- tags into spans with text offsets', () => {
    const text = 'Anna Berg met Nordbank Nordbank';
    const spans = spansOfTags(tokenize(text), ['B-PER', 'I-PER', 'O', 'B-ORG', 'B-ORG'], 0);
    expect(spans.map(({ label, start, end }) => [label, text.slice(start, end)])).toEqual([
      ['PER', 'Anna Berg'],
      ['ORG', 'Nordbank'],
      ['ORG', 'Nordbank'],
    ]);
  });
});
