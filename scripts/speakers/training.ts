/**
 * The speaker ranker's training (lib/analyze/quotes/ranker.ts), shared by `npm run train:speakers`,
 * `npm run ablate:speakers` and the five-fold evaluation of PolNeAR train (`npm run eval -- --only
 * polnear-train`): each reads train, reads its quotes, and trains a ranker per fold here.
 *
 * Examples, from PolNeAR train only: each quote NewsLens finds, with its candidates
 * (lib/analyze/quotes/candidates.ts) and which of them are right:
 * - a quote matching a gold quote whose Source names someone: the candidates whose speaker the
 *   evaluation would count right (same head word, `speakerHead` against `nameHead`);
 * - a quote matching a gold quote whose Source names no one by name ("the two leaders"): the
 *   candidates the text names with the source's words (not counted by the speaker accuracy);
 * - a quote matching no gold Content span at all (a scare quote, a title): nobody.
 * Quotes matching a gold quote whose Source is a pronoun or none, or only a paraphrase's Content,
 * teach nothing.
 *
 * The model: a softmax over each quote's candidates, the likelihood of the right ones maximised
 * by stochastic gradient steps in a fixed order, the weights averaged over every step. No
 * randomness: the same data give the same weights.
 */
import { join } from 'node:path';
import type { Entity, Quote } from '../../lib/analysis';
import { findEntities } from '../../lib/analyze/ner';
import { chooseSpeakers, type QuoteReading, readQuotes } from '../../lib/analyze/quotes';
import { bestCandidate, type SpeakerModel } from '../../lib/analyze/quotes/ranker';
import { ALL_SPEAKER_RULES, type RuleSet } from '../../lib/analyze/quotes/rules';
import {
  bestMatch,
  foldOf,
  lowercaseWords,
  nameHead,
  type PolnearArticle,
  readPolnearSplit,
  speakerHead,
} from '../eval/quote-attribution';

/** PolNeAR train, where the ranker learns: its articles in name order, each with the recogniser's entities. */
export interface SpeakerTrainSplit {
  articles: PolnearArticle[];
  entities: Entity[][];
}

/** What every fold's ranker is trained and scored by, with the rules switched on for it. */
export interface FoldReading {
  /** Each article's quotes and their candidates (`readQuotes`). */
  readings: QuoteReading[];
  /** Each article's training examples. */
  examples: SpeakerExample[][];
  /** One ranker per fold, trained on the other folds' examples (`foldModels`). */
  models: SpeakerModel[];
}

/** PolNeAR train under `dataDir` (its first `limit` articles when given), entities found once. */
export async function readSpeakerTrain(dataDir: string, limit?: number): Promise<SpeakerTrainSplit> {
  const articles = await readPolnearSplit(join(dataDir, 'polnear', 'data', 'train'), limit);
  return { articles, entities: articles.map((article) => findEntities(article.text)) };
}

/** Train's quotes read with the rules `enabled`, their examples, and a ranker for each of `folds` folds. */
export function readByFolds(
  train: SpeakerTrainSplit,
  folds: number,
  enabled: RuleSet = ALL_SPEAKER_RULES,
): FoldReading {
  const readings = train.articles.map((article, i) => readQuotes(article.text, train.entities[i], enabled));
  const examples = train.articles.map((article, i) => speakerExamples(article, readings[i]));
  return { readings, examples, models: foldModels(examples, folds) };
}

/**
 * What the evaluation scores of article `i` (`scoreSplit`): its quotes, each spoken by the
 * candidate the ranker `modelOf(i)` chooses, and its entities' names.
 */
export function quotesChosenBy(
  train: SpeakerTrainSplit,
  readings: QuoteReading[],
  modelOf: (article: number) => SpeakerModel,
): (i: number) => { quotes: Quote[]; entityNames: Set<string> } {
  return (i) => ({
    quotes: chooseSpeakers(train.articles[i].text, readings[i], modelOf(i)),
    entityNames: new Set(train.entities[i].map((entity) => entity.name)),
  });
}

export interface SpeakerExample {
  /** Each candidate's features. */
  candidates: string[][];
  /** Which candidates are right. */
  right: boolean[];
  /** Counted by the evaluation's speaker accuracy (a gold quote whose Source names someone). */
  judged: boolean;
}

export const SPEAKER_TRAINING = {
  epochs: 12,
  rate: 0.05,
  /**
   * How much a quote that is the writer's own (nobody is right) counts beside one with a named
   * source: below 1, the ranker leaves fewer writer's quotes unattributed but names more speakers.
   */
  nobodyWeight: 0.4,
  /** Weights smaller than this are dropped from the shipped file: they change no choice. */
  negligible: 5e-4,
};

/** The examples of one article, given its quotes as read with the recogniser's entities (`readQuotes`). */
export function speakerExamples(article: PolnearArticle, reading: QuoteReading): SpeakerExample[] {
  const { quoted, candidates } = reading;
  const common = lowercaseWords(article.text);
  const examples: SpeakerExample[] = [];
  quoted.forEach((span, i) => {
    const quote = {
      id: '',
      start: span.start,
      end: span.end,
      text: '',
      kind: 'direct' as const,
      speakerId: null,
      speaker: null,
    };
    const features = candidates[i].map((c) => c.features);
    const gold = bestMatch(quote, article.gold);
    if (gold) {
      if (!gold.source) return;
      const head = nameHead(gold.source.text, common);
      if (!head) {
        const right = candidates[i].map(
          (c) => c.speaker !== null && namesSameDescriptor(c.speaker.mention.text, gold.source!.text),
        );
        if (right.some(Boolean)) examples.push({ candidates: features, right, judged: false });
        return;
      }
      const right = candidates[i].map((c) => c.speaker !== null && speakerHead(c.speaker.name ?? '') === head);
      examples.push({ candidates: features, right, judged: true });
    } else if (!bestMatch(quote, article.contents)) {
      const right = candidates[i].map((c) => c.speaker === null);
      examples.push({ candidates: features, right, judged: false });
    }
  });
  return examples;
}

/**
 * A source that names no one by name ("the two leaders", "Ukraine's foreign ministry"): a
 * candidate is right when the text names it with the same words, or with words inside the source's
 * ("the ministry" in "the country's foreign ministry"). A lone pronoun teaches nothing.
 */
function namesSameDescriptor(mention: string, source: string): boolean {
  const ours = mention.trim().toLowerCase();
  const theirs = source.trim().toLowerCase();
  return !PRONOUN.test(ours) && !PRONOUN.test(theirs) && ours.length > 0 && theirs.includes(ours);
}

const PRONOUN = /^(?:he|she|they|we|i|it|you)$/;

/** Trains the ranker's weights on `examples` (those with no right candidate are skipped). */
export function trainSpeakerModel(examples: SpeakerExample[], options = SPEAKER_TRAINING): SpeakerModel {
  const learnable = examples.filter((e) => e.right.some(Boolean) && e.candidates.length > 1);
  const weights = new Map<string, number>();
  /** Sum over steps of each weight's changes times the step (the averaging trick of the perceptron). */
  const stepped = new Map<string, number>();
  let step = 1;
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    const rate = options.rate / (1 + epoch);
    for (const example of learnable) {
      const scores = example.candidates.map((fs) => fs.reduce((sum, f) => sum + (weights.get(f) ?? 0), 0));
      const top = Math.max(...scores);
      const exp = scores.map((s) => Math.exp(s - top));
      const total = exp.reduce((a, b) => a + b, 0);
      const rightTotal = exp.reduce((sum, e, k) => sum + (example.right[k] ? e : 0), 0);
      example.candidates.forEach((features, k) => {
        // Nobody is always the first candidate: right there only for the writer's own quotes.
        const weight = example.right[0] ? options.nobodyWeight : 1;
        const gradient = weight * ((example.right[k] ? exp[k] / rightTotal : 0) - exp[k] / total);
        if (gradient === 0) return;
        for (const f of features) {
          weights.set(f, (weights.get(f) ?? 0) + rate * gradient);
          stepped.set(f, (stepped.get(f) ?? 0) + step * rate * gradient);
        }
      });
      step++;
    }
  }
  const averaged: Record<string, number> = {};
  for (const [f, w] of [...weights].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const mean = w - (stepped.get(f) ?? 0) / step;
    if (Math.abs(mean) >= options.negligible) averaged[f] = Math.round(mean * 1000) / 1000;
  }
  return { weights: averaged };
}

/** Speaker accuracy over judged examples: the candidate the ranker chooses (ranker.ts) is right. */
export function speakerAccuracy(examples: SpeakerExample[], model: SpeakerModel): { judged: number; right: number } {
  const judged = examples.filter((example) => example.judged);
  const right = judged.filter((example) => {
    const candidates = example.candidates.map((features) => ({ features }));
    const chosen = bestCandidate(candidates, model);
    return chosen !== null && example.right[candidates.indexOf(chosen)];
  });
  return { judged: judged.length, right: right.length };
}

/** One ranker per fold, each trained on the examples of the articles of the other folds. */
export function foldModels(examplesByArticle: SpeakerExample[][], folds: number): SpeakerModel[] {
  return Array.from({ length: folds }, (_, fold) =>
    trainSpeakerModel(examplesByArticle.filter((_, i) => foldOf(i, folds) !== fold).flat()),
  );
}
