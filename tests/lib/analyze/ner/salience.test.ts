import { describe, expect, it } from 'vitest';
import { salienceOf } from '../../../../lib/analyze/ner/salience';

const at = (...starts: number[]) => starts.map((start) => ({ start, end: start + 3, text: 'abc' }));

describe('salienceOf', () => {
  it.each([
    // the most mentioned entity, first in the text, scores 1
    [at(0, 50, 90), 3, 1],
    // fewer mentions score less; a later first mention scores less
    [at(0), 3, 0.533],
    [at(50), 3, 0.383],
  ])('%j of at most %i mentions → %f', (mentions, most, expected) => {
    expect(salienceOf(mentions, most, 100)).toBeCloseTo(expected, 3);
  });
});
