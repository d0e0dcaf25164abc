import { describe, expect, it } from 'vitest';
import { prepareLines } from '../../../../lib/analyze/ner/features';
import { TagHistory } from '../../../../lib/analyze/ner/history';
import { loadLexicons } from '../../../../lib/analyze/ner/lexicons';
import { bestTagSequence, lineStaticScores, type Scorer, spansOfTags } from '../../../../lib/analyze/ner/tagger';
import { tokenize, tokenizeLines } from '../../../../lib/analyze/ner/tokens';

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

describe('bestTagSequence', () => {
  const labels = ['O', 'B-PER', 'I-PER'];
  /** A scorer that knows only the features given, each with a score per label. */
  const scorerOf = (weights: Record<string, number[]>): Scorer => {
    const addScores = (features: string[], scores: Float32Array): void => {
      for (const feature of features) {
        weights[feature]?.forEach((weight, k) => {
          scores[k] += weight;
        });
      }
    };
    return { addScores, addWordScores: (_, features, scores) => addScores(features(), scores) };
  };
  const tagsOf = (text: string, weights: Record<string, number[]>): string[] => {
    const [prepared] = prepareLines(tokenizeLines(text), loadLexicons(new Map()));
    const scorer = scorerOf(weights);
    const staticScores = lineStaticScores(prepared, labels, scorer, new TagHistory().featuresOf(prepared));
    return bestTagSequence(prepared, labels, scorer, staticScores);
  };

  it('finds the best sequence as a whole, where the best first tag alone leads astray', () => {
    // "anna" leans to O by 0.1, but "berg" right after a person's first word is worth 5 as I-PER
    const weights = { 'w=anna': [1.1, 1, 0], 't1w=B-PER|berg': [0, 0, 5] };
    expect(tagsOf('Anna Berg sang', weights)).toEqual(['B-PER', 'I-PER', 'O']);
  });

  it('never continues a name that did not begin, nor puts punctuation in one', () => {
    const weights = { 'w=berg': [0, 0, 9], 'w=,': [0, 9, 9] };
    expect(tagsOf('Berg , sang', weights)).toEqual(['O', 'O', 'O']);
  });

  it.each([
    // numbers and common words are never in a person's name ("Dale 69", "Woods shot")…
    ['Dale 69', ['B-PER', 'O']],
    ['Woods shot', ['B-PER', 'O']],
    // …but name particles are ("de Silva")
    ['Ana de Silva', ['B-PER', 'I-PER', 'I-PER']],
  ])("keeps a person's name to name words: %s", (text, expected) => {
    // each first word scores as a person's first word, and each second word as going on with it
    const weights = {
      'w=dale': [0, 9, 0],
      'w=woods': [0, 9, 0],
      'w=ana': [0, 9, 0],
      't1w=B-PER|69': [0, 0, 9],
      't1w=B-PER|shot': [0, 0, 9],
      't1w=B-PER|de': [0, 0, 9],
      't1w=I-PER|silva': [0, 0, 9],
    };
    expect(tagsOf(text, weights)).toEqual(expected);
  });

  it('reads a one-word line', () => {
    expect(tagsOf('Anna', { 'w=anna': [0, 1, 0] })).toEqual(['B-PER']);
  });
});
