/**
 * The speaker ranker: a linear model over the candidates' features (quotes/candidates.ts), trained
 * on PolNeAR train by scripts/train-speakers.ts (a softmax over each quote's candidates) and shipped
 * as data (speaker-model.json: one weight per feature). The candidate with the highest score speaks.
 */
import type { Candidate } from './candidates';
import shipped from './speaker-model.json';

export interface SpeakerModel {
  /** Weight of each feature; features absent here weigh nothing. */
  weights: Record<string, number>;
}

export const SPEAKER_MODEL: SpeakerModel = shipped;

/** What the ranker scores: a candidate, or in training its features alone. */
type Scored = Pick<Candidate, 'features'>;

function candidateScore(candidate: Scored, model: SpeakerModel): number {
  let score = 0;
  for (const feature of candidate.features) score += model.weights[feature] ?? 0;
  return score;
}

/** The best candidate; the first listed wins a tie (nobody, then the rules' choice). */
export function bestCandidate<T extends Scored>(candidates: T[], model: SpeakerModel): T | null {
  let best: T | null = null;
  let bestScore = -Infinity;
  for (const candidate of candidates) {
    const score = candidateScore(candidate, model);
    if (score > bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}
