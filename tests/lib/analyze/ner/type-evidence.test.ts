import { describe, expect, it } from 'vitest';
import { prepareLines } from '../../../../lib/analyze/ner/features';
import { TagHistory } from '../../../../lib/analyze/ner/history';
import { loadLexicons } from '../../../../lib/analyze/ner/lexicons';
import { bestTagSequence, lineStaticScores, type Scorer, spansOfTags } from '../../../../lib/analyze/ner/tagger';
import { tokenizeLines } from '../../../../lib/analyze/ner/tokens';
import { typeScoresOf } from '../../../../lib/analyze/ner/type-evidence';

const LABELS = ['O', 'B-PER', 'I-PER', 'B-LOC', 'I-LOC', 'B-ORG', 'I-ORG', 'B-MISC', 'I-MISC'];

/** A scorer that knows only the features given, each with a score per label of LABELS. */
function scorerOf(weights: Record<string, number[]>): Scorer {
  const addScores = (features: string[], scores: Float32Array): void => {
    for (const feature of features) {
      weights[feature]?.forEach((weight, k) => {
        scores[k] += weight;
      });
    }
  };
  return { addScores, addWordScores: (_, features, scores) => addScores(features(), scores) };
}

/** The type scores of the first name the scorer finds in `text`. */
function scoresOfFirstName(text: string, weights: Record<string, number[]>) {
  const [prepared] = prepareLines(tokenizeLines(text), loadLexicons(new Map()));
  const scorer = scorerOf(weights);
  const staticScores = lineStaticScores(prepared, LABELS, scorer, new TagHistory().featuresOf(prepared));
  const tags = bestTagSequence(prepared, LABELS, scorer, staticScores);
  const [span] = spansOfTags(prepared.line.tokens, tags, 0);
  return { label: span.label, scores: typeScoresOf(prepared, tags, span, LABELS, scorer, staticScores) };
}

describe('typeScoresOf', () => {
  it('gives the decoded type 0 and each other type what the line loses with it', () => {
    // "delta" scores 3 as a place, 2 as an organization and 0 as a person, as a one-word name
    const weights = { 'w=delta': [0, 0, 0, 3, 0, 2, 0, 0, 0] };
    expect(scoresOfFirstName('Delta said', weights)).toEqual({
      label: 'LOC',
      scores: { person: -3, place: 0, organization: -1 },
    });
  });

  it('counts every word of the name and what the next words read of its tags', () => {
    // each word leans to a place by 1; the word after the name reads an organization before it as worth 5
    const weights = {
      'w=delta': [0, 0, 0, 1, 0, 0, 0, 0, 0],
      'w=air': [0, 0, 0, 0, 1, 0, 0, 0, 0],
      't1w=I-LOC|shares': [2, 0, 0, 0, 0, 0, 0, 0, 0],
      't1w=I-ORG|shares': [5, 0, 0, 0, 0, 0, 0, 0, 0],
    };
    const { label, scores } = scoresOfFirstName('Delta Air shares', weights);
    expect(label).toBe('ORG');
    // as a place: +1 ("Delta"), +1 ("Air"), +2 ("shares" after a place) against the organization's +5
    expect(scores).toEqual({ person: -5, place: -1, organization: 0 });
  });

  it('gives a type the words cannot have no score at all: "of" is in no person’s name', () => {
    // "Bank of Canada" is an organization (3.5); as a person, were it allowed, it would score 19
    const weights = {
      'w=bank': [0, 1, 0, 0, 0, 1.5, 0, 0, 0],
      'w=of': [0, 0, 9, 0, 0, 0, 1, 0, 0],
      'w=canada': [0, 0, 9, 0, 0, 0, 1, 0, 0],
    };
    const { label, scores } = scoresOfFirstName('Bank of Canada', weights);
    expect(label).toBe('ORG');
    expect(scores.person).toBe(Number.NEGATIVE_INFINITY);
  });
});
