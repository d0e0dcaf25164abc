import { describe, expect, it } from 'vitest';
import { meanScore, rougeN } from '../../scripts/eval/rouge';

describe('rougeN', () => {
  it('counts shared lower-cased n-grams over the reference (recall) and over the candidate (precision)', () => {
    const score = rougeN('The cat sat on the mat', 'the cat lay on the mat today', 2);
    // Bigrams shared: "the cat", "on the", "the mat" → 3 of the candidate's 5, of the reference's 6.
    expect(score.precision).toBeCloseTo(3 / 5);
    expect(score.recall).toBeCloseTo(3 / 6);
    expect(score.f1).toBeCloseTo((2 * (3 / 5) * (3 / 6)) / (3 / 5 + 3 / 6));
  });

  it('clips repeated n-grams to the times the reference holds them', () => {
    expect(rougeN('the the the', 'the cat', 1).precision).toBeCloseTo(1 / 3);
  });

  it('scores an empty candidate zero, without dividing by zero', () => {
    expect(rougeN('', 'a reference', 1)).toEqual({ recall: 0, precision: 0, f1: 0 });
  });

  it('averages scores part by part', () => {
    const mean = meanScore([
      { recall: 1, precision: 0.5, f1: 0.6 },
      { recall: 0, precision: 0.5, f1: 0.2 },
    ]);
    expect(mean).toEqual({ recall: 0.5, precision: 0.5, f1: 0.4 });
  });
});
