import { describe, expect, it } from 'vitest';
import { foldModels, type SpeakerExample, speakerAccuracy, trainSpeakerModel } from '../../scripts/speakers/training';

/** A quote whose right speaker is the candidate with `right`'s feature, among distractors. */
function example(right: string, others: string[], judged = true): SpeakerExample {
  const candidates = [['nobody'], [right], ...others.map((f) => [f])];
  return { candidates, right: candidates.map((_, k) => k === 1), judged };
}

describe('training the speaker ranker', () => {
  const examples = [
    ...Array.from({ length: 20 }, () => example('cue:speech', ['entity:place', 'subject'])),
    ...Array.from({ length: 10 }, () => example('subject', ['entity:place'])),
  ];

  it('learns to rank the right candidate first', () => {
    const model = trainSpeakerModel(examples);
    expect(speakerAccuracy(examples, model)).toEqual({ judged: 30, right: 30 });
    expect(model.weights['cue:speech']).toBeGreaterThan(model.weights.subject);
  });

  it('gives the same weights for the same examples', () => {
    expect(trainSpeakerModel(examples)).toEqual(trainSpeakerModel(examples));
  });

  it('trains each fold’s ranker without that fold’s articles', () => {
    // Two articles: the first teaches only "subject", the second only "cue:speech".
    const [first, second] = foldModels(
      [[example('subject', ['entity:place'])], [example('cue:speech', ['entity:place'])]],
      2,
    );
    expect(first.weights).not.toHaveProperty('subject');
    expect(first.weights['cue:speech']).toBeGreaterThan(0);
    expect(second.weights).not.toHaveProperty('cue:speech');
    expect(second.weights.subject).toBeGreaterThan(0);
  });
});
