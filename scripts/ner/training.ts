/**
 * Training of the entity tagger: an averaged perceptron over lib/analyze/ner/features.ts, learned
 * from the given documents, returning the model and gazetteer files the recogniser ships.
 * Deterministic: the same documents in the same order give the same files.
 *
 * Gazetteer features are learned "jackknifed": each training document sees only the names of the
 * other folds, so the model learns how far a gazetteer hit can be trusted on unseen text.
 */
import type { ConllDocument } from '../../lib/analyze/ner/corpora/conll';
import { prepareLines, type PreparedLine } from '../../lib/analyze/ner/features';
import { TagHistory } from '../../lib/analyze/ner/history';
import { loadLexicons, readGazetteer, type GazetteerFile } from '../../lib/analyze/ner/lexicons';
import { writeModel, type ModelFile } from '../../lib/analyze/ner/perceptron';
import { bestTagSequence, featuresAt, lineStaticScores, OUTSIDE, type Scorer } from '../../lib/analyze/ner/tagger';
import { tokenizeLines } from '../../lib/analyze/ner/tokens';
import { shuffle } from './shuffle';

const LABELS = ['O', 'B-PER', 'I-PER', 'B-LOC', 'I-LOC', 'B-ORG', 'I-ORG', 'B-MISC', 'I-MISC'];
const LABEL_INDEX = Object.fromEntries(LABELS.map((label, k) => [label, k]));

/** Folds of the jackknifed gazetteer. */
const GAZETTEER_FOLDS = 5;

/** What `npm run train:ner` ships: eight passes, the 60,000 heaviest features. */
export const TRAINING_DEFAULTS: Omit<TrainingOptions, 'log'> = {
  epochs: 8,
  maxFeatures: 60_000,
};

export interface TrainingOptions {
  epochs: number;
  /** The heaviest features kept in the shipped model. */
  maxFeatures: number;
  log: (message: string) => void;
}

export interface NameModelFiles {
  model: ModelFile;
  gazetteer: GazetteerFile;
}

interface Example {
  prepared: PreparedLine;
  gold: string[];
}

/** Trains a model on the documents and returns it with the gazetteer of all their names. */
export function trainNameModel(documents: ConllDocument[], options: TrainingOptions): NameModelFiles {
  const started = Date.now();
  const foldGazetteers = Array.from({ length: GAZETTEER_FOLDS }, (_, fold) =>
    readGazetteer(gazetteerOf(documents.filter((_, d) => d % GAZETTEER_FOLDS !== fold))),
  );
  const examples = documents.map((document, d) => examplesOf(document, foldGazetteers[d % GAZETTEER_FOLDS]));
  options.log(`${documents.length} documents prepared in ${seconds(started)}`);
  const weights = train(examples, options);
  const model = writeModel(LABELS, weights, options.maxFeatures);
  options.log(`${model.features.split('\n').length} features kept; trained in ${seconds(started)}`);
  return { model, gazetteer: gazetteerOf(documents) };
}

/**
 * A class a name is listed under takes at least this share of its mentions: "Cleveland" is a
 * place in running text and a team in results tables, and the tagger should see both.
 */
const GAZETTEER_CLASS_SHARE = 0.25;

/** The gazetteer file of the documents' names: each name under every class it often has. */
function gazetteerOf(documents: ConllDocument[]): GazetteerFile {
  const counts = new Map<string, Map<string, number>>();
  for (const { text, names } of documents) {
    for (const { label, start, end } of names) {
      const phrase = text.slice(start, end).toLowerCase();
      const byLabel = counts.get(phrase) ?? new Map<string, number>();
      byLabel.set(label, (byLabel.get(label) ?? 0) + 1);
      counts.set(phrase, byLabel);
    }
  }
  const lists: Record<string, string[]> = {};
  for (const [phrase, byLabel] of [...counts].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const total = [...byLabel.values()].reduce((sum, count) => sum + count, 0);
    for (const [label, count] of byLabel) {
      if (count / total < GAZETTEER_CLASS_SHARE) continue;
      lists[label] ??= [];
      lists[label].push(phrase);
    }
  }
  return Object.fromEntries(
    Object.keys(lists)
      .sort()
      .map((label) => [label, lists[label].join('\n')]),
  );
}

/** The document's lines, tokenized as at run time, with each token's gold BIO tag. */
function examplesOf(document: ConllDocument, trainedPhrases: ReturnType<typeof readGazetteer>): Example[] {
  const lines = tokenizeLines(document.text);
  const prepared = prepareLines(lines, loadLexicons(trainedPhrases));
  return prepared.map((line) => ({
    prepared: line,
    gold: line.line.tokens.map((token) => {
      const name = document.names.find(({ start, end }) => token.start >= start && token.start < end);
      if (!name) return OUTSIDE;
      return `${token.start === name.start ? 'B' : 'I'}-${name.label}`;
    }),
  }));
}

/**
 * The perceptron's weights with their running sums, so that the average over every step of
 * training can be taken at the end without adding every row at every step.
 */
class AveragedWeights {
  readonly weights = new Map<string, Float64Array>();
  private readonly totals = new Map<string, Float64Array>();
  private readonly stamps = new Map<string, Float64Array>();
  private clock = 0;

  tick(): void {
    this.clock++;
  }

  update(feature: string, label: number, delta: number): void {
    let row = this.weights.get(feature);
    if (!row) {
      row = new Float64Array(LABELS.length);
      this.weights.set(feature, row);
      this.totals.set(feature, new Float64Array(LABELS.length));
      this.stamps.set(feature, new Float64Array(LABELS.length));
    }
    const total = this.totals.get(feature)!;
    const stamp = this.stamps.get(feature)!;
    total[label] += (this.clock - stamp[label]) * row[label];
    stamp[label] = this.clock;
    row[label] += delta;
  }

  /** The weights averaged over every step of training. */
  averaged(): Map<string, Float64Array> {
    const averaged = new Map<string, Float64Array>();
    for (const [feature, row] of this.weights) {
      const total = this.totals.get(feature)!;
      const stamp = this.stamps.get(feature)!;
      averaged.set(
        feature,
        row.map((weight, k) => (total[k] + (this.clock - stamp[k]) * weight) / this.clock),
      );
    }
    return averaged;
  }
}

/** Scores through the current weights, in the tagger's own decoder. */
function scorerOf(weights: Map<string, Float64Array>): Scorer {
  const addScores = (features: string[], scores: Float32Array): void => {
    for (const feature of features) {
      const row = weights.get(feature);
      if (row) for (let k = 0; k < row.length; k++) scores[k] += row[k];
    }
  };
  return { addScores, addWordScores: (_, features, scores) => addScores(features(), scores) };
}

/**
 * The structured perceptron, averaged, with the model's own history of each document (documents
 * shuffled each epoch, their lines read in order, as at run time): each line is decoded whole, as
 * the tagger does, and where its tags differ from gold the gold tags' features gain and the decoded
 * ones' lose.
 */
function train(documents: Example[][], options: TrainingOptions): Map<string, Float64Array> {
  const weights = new AveragedWeights();
  const scorer = scorerOf(weights.weights);
  const order = documents.map((_, i) => i);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    shuffle(order, seededDraws(epoch + 1));
    let errors = 0;
    let tokens = 0;
    for (const d of order) {
      const history = new TagHistory();
      for (const { prepared, gold } of documents[d]) {
        weights.tick();
        const staticScores = lineStaticScores(prepared, LABELS, scorer, history.featuresOf(prepared));
        const tags = bestTagSequence(prepared, LABELS, scorer, staticScores);
        errors += learnFrom(prepared, gold, tags, history, weights);
        tokens += gold.length;
        history.record(prepared, tags);
      }
    }
    options.log(`epoch ${epoch + 1}: ${((errors / tokens) * 100).toFixed(2)}% token errors`);
  }
  return weights.averaged();
}

/**
 * Moves the weights toward the gold tags wherever a token's tag or either of the two before it
 * differs from them (elsewhere both sequences share every feature); returns the wrong tags' count.
 */
function learnFrom(
  prepared: PreparedLine,
  gold: string[],
  tags: string[],
  history: TagHistory,
  weights: AveragedWeights,
): number {
  let errors = 0;
  for (let i = 0; i < gold.length; i++) {
    if (tags[i] !== gold[i]) errors++;
    else if (tags[i - 1] === gold[i - 1] && tags[i - 2] === gold[i - 2]) continue;
    for (const feature of featuresAt(prepared, i, gold, history)) weights.update(feature, LABEL_INDEX[gold[i]], 1);
    for (const feature of featuresAt(prepared, i, tags, history)) weights.update(feature, LABEL_INDEX[tags[i]], -1);
  }
  return errors;
}

/** A small linear congruential generator from `seed`: draws in [0, 1), the same on every rerun. */
function seededDraws(seed: number): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state / 4294967296;
  };
}

function seconds(since: number): string {
  return `${((Date.now() - since) / 1000).toFixed(1)} s`;
}
