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

describe('scores of features given as template and parts', () => {
  it('are those of their texts, added in the order given, met once or again', () => {
    const weights = new Map([
      ['pw=the', [0.5, -2, 0.25]],
      ['bg=the|red', [1, 3, -0.75]],
      ['ow+1', [0, 0.125, 7]],
    ]);
    const model = readModel(writeModel(LABELS, weights, 10));
    const texts = scoresOf(model, ['pw=the', 'bg=the|red', 'pw=a', 'ow+1']);
    for (let round = 0; round < 2; round++) {
      const scores = new Float32Array(LABELS.length);
      model.addFeatureScores((sink) => {
        sink('pw', 'the');
        sink('bg', 'the', 'red');
        sink('pw', 'a');
        sink('ow+1');
      }, scores);
      expect([...scores]).toEqual(texts);
    }
  });
});
