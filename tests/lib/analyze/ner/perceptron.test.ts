import { describe, expect, it } from 'vitest';
import { readModel, writeModel } from '../../../../lib/analyze/ner/perceptron';

const LABELS = ['O', 'B-PER', 'I-PER'];

function scoresOf(model: ReturnType<typeof readModel>, features: string[]): number[] {
  const scores = new Float32Array(LABELS.length);
  model.addScores(features, scores);
  return [...scores];
}

describe('the model file', () => {
  it('keeps each weight within one step of its row, however different the rows are in size', () => {
    const weights = new Map([
      ['w=smith', [0.5, 40, -3]],
      ['s=Xx', [0.002, -0.001, 0.0005]],
    ]);
    const model = readModel(writeModel(LABELS, weights, 10));
    for (const [feature, row] of weights) {
      // a row is stored as signed bytes scaled to its largest weight: one step is largest / 127
      const step = Math.max(...row.map(Math.abs)) / 127;
      for (const [k, score] of scoresOf(model, [feature]).entries())
        expect(Math.abs(score - row[k])).toBeLessThanOrEqual(step);
    }
  });

  it('keeps only the heaviest features when asked for fewer, and scores unknown ones as nothing', () => {
    const weights = new Map([
      ['light', [0.1, 0, 0]],
      ['heavy', [0, 9, 0]],
    ]);
    const model = readModel(writeModel(LABELS, weights, 1));
    expect(scoresOf(model, ['light', 'unseen'])).toEqual([0, 0, 0]);
    expect(scoresOf(model, ['heavy'])[1]).toBeCloseTo(9, 0);
  });
});
