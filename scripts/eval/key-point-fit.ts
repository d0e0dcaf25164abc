/**
 * Learning the key points' weights against human summaries (GUM, scripts/eval/summaries.ts): every
 * document is analysed once, its candidate sentences kept with their features; a choice of weights is
 * then judged by the ROUGE of the short points it picks. Every combination of a small grid of values
 * per feature is tried; the one with the best objective on the training documents is kept. Shared by `npm run eval -- --only keypoints` (held-out figures) and
 * scripts/train-key-points.ts (the shipped weights).
 */
import { readDateline } from '../../lib/analyze/dateline';
import {
  FEATURES,
  type Feature,
  type KeyPointCandidate,
  type KeyPointWeights,
  keyPointCandidates,
  MAX_SHORT_POINTS,
  type PointOf,
  pickPoints,
} from '../../lib/analyze/key-points';
import { CUTS, type Cut, sentenceCore } from '../../lib/analyze/sentence-core';
import { remembered } from '../../lib/memo';
import { analyzePlainText } from '../../lib/pipeline';
import { meanScore, type RougeScore, rougeN } from './rouge';
import { bodyText, type SummarisedDocument } from './summaries';

export interface PreparedDocument {
  document: SummarisedDocument;
  /** The Analysis of the body, as `npm run annotate` gives it. */
  keyPoints: string[];
  shortPoints: string[];
  candidates: KeyPointCandidate[];
  /** Each sentence's core, made once (compromise's tagger is slow) for the many picks of a search. */
  core: PointOf;
  /** The ROUGE of each text the search has picked for this document. */
  scores: Map<string, SystemScore>;
}

export interface SystemScore {
  rouge1: RougeScore;
  rouge2: RougeScore;
}

/**
 * The values each weight may take: none negative, few and coarse. (A finer grid with negative
 * weights, 12 values a feature, learned the training documents better and held-out ones worse.)
 */
const GRID = [0, 0.25, 0.5, 1, 1.5];

/**
 * Position's weight stays 1 and sets the scale of the others: news leads with the news, as lead-3
 * does.
 */
const FIXED: Partial<KeyPointWeights> = { position: 1 };

export function prepare(document: SummarisedDocument): PreparedDocument {
  const text = bodyText(document);
  const analysis = analyzePlainText(text);
  const context = { entities: analysis.entities, quotes: analysis.quotes, bodyStart: readDateline(text).bodyStart };
  return {
    document,
    keyPoints: analysis.keyPoints,
    shortPoints: analysis.shortPoints ?? [],
    candidates: keyPointCandidates(analysis.text, context),
    core: coresWith(CUTS),
    scores: new Map(),
  };
}

/** A sentence's core made with these cuts, remembered for each sentence. */
export function coresWith(cuts: Cut[]): PointOf {
  const cores = new Map<KeyPointCandidate, string | null>();
  return (candidate) => remembered(cores, candidate, () => sentenceCore(candidate.span.text, cuts));
}

/** ROUGE-1 and -2 of a text against each human summary of the document, averaged over summaries. */
export function scoreText(text: string, document: SummarisedDocument): SystemScore {
  return {
    rouge1: meanScore(document.summaries.map((summary) => rougeN(text, summary, 1))),
    rouge2: meanScore(document.summaries.map((summary) => rougeN(text, summary, 2))),
  };
}

/** The short points these weights would pick, joined as one text. */
export function shortPointsWith(prepared: PreparedDocument, weights: KeyPointWeights): string {
  return pickPoints(prepared.candidates, weights, MAX_SHORT_POINTS, prepared.core).join(' ');
}

export function meanOf(scores: SystemScore[]): SystemScore {
  return { rouge1: meanScore(scores.map((s) => s.rouge1)), rouge2: meanScore(scores.map((s) => s.rouge2)) };
}

/** A document's score for a text, remembered: most weights of the grid pick the same points. */
function scoreOnce(prepared: PreparedDocument, text: string): SystemScore {
  return remembered(prepared.scores, text, () => scoreText(text, prepared.document));
}

/**
 * What the search maximises: ROUGE-2 F1 plus recall, so shorter points do not win by precision
 * alone (the bar asks for lead-3's recall too).
 */
function objective(documents: PreparedDocument[], weights: KeyPointWeights): number {
  const { rouge2 } = meanOf(documents.map((d) => scoreOnce(d, shortPointsWith(d, weights))));
  return rouge2.f1 + rouge2.recall;
}

/**
 * Every combination of the grid's values, the best kept (the first found on a tie). A coordinate
 * ascent from position alone, tried before, stopped at weights the full grid beats on the training
 * documents themselves, and at different ones from fold to fold.
 */
export function fitWeights(documents: PreparedDocument[]): KeyPointWeights {
  let best = { weights: { ...FIXED } as KeyPointWeights, score: Number.NEGATIVE_INFINITY };
  for (const weights of gridWeights(FEATURES.filter((feature) => !(feature in FIXED)))) {
    const score = objective(documents, weights);
    if (score > best.score + 1e-9) best = { weights, score };
  }
  return best.weights;
}

/** Each combination of the grid's values for these features, the fixed weights beside them. */
function* gridWeights(free: readonly Feature[]): Generator<KeyPointWeights> {
  const choice = free.map(() => 0);
  while (true) {
    yield { ...FIXED, ...Object.fromEntries(free.map((feature, i) => [feature, GRID[choice[i]]])) } as KeyPointWeights;
    let i = 0;
    while (i < free.length && choice[i] === GRID.length - 1) choice[i++] = 0;
    if (i === free.length) return;
    choice[i]++;
  }
}
