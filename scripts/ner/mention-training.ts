/**
 * Training of the mention classifier (lib/analyze/ner/mention-classifier.ts): two multinomial
 * logistic regressions, learned by stochastic gradient descent in a fixed order. The first, over
 * the gold names of the documents (person, place, organization; MISC names as no name) and every
 * other maximal run of capitalised words (no name: "The", "Abstract", "President Obama" whole),
 * with what the document says of an acronym (mention-document.ts); the second, the typing model,
 * over the gold persons, places and organizations alone, with the word clusters and the town list
 * too, a name in a results table weighing less. No tagger output is read, so the training text
 * needs no held-out tagger.
 * Deterministic: the same documents in the same order give the same files.
 */
import type { ConllDocument } from '../../lib/analyze/ner/corpora/conll';
import { loadLexicons, readGazetteer, type Lexicons } from '../../lib/analyze/ner/lexicons';
import {
  MENTION_CLASSES,
  type MentionClass,
  type MentionModelFile,
  type MentionModels,
  TYPE_CLASSES,
} from '../../lib/analyze/ner/mention-classifier';
import { documentFeatures } from '../../lib/analyze/ner/mention-document';
import { mentionFeatures, type TokenRun, typingFeatures } from '../../lib/analyze/ner/mention-features';
import { TYPE_OF_LABEL } from '../../lib/analyze/ner/tagger';
import { isCapitalised, tokenizeLines, type TokenLine } from '../../lib/analyze/ner/tokens';
import { shuffle } from './shuffle';

export interface MentionTrainingOptions {
  epochs: number;
  /** The heaviest features kept in the first model's file. */
  maxFeatures: number;
  /** The heaviest features kept in the typing model's file (fewer: the shipped data's budget, model-files.test.ts). */
  maxTypeFeatures: number;
  learningRate: number;
  /** L2 penalty, applied to the weights of the features an instance has. */
  l2: number;
}

/** What `npm run train:mentions` ships. */
export const MENTION_TRAINING_DEFAULTS: MentionTrainingOptions = {
  epochs: 10,
  maxFeatures: 5000,
  maxTypeFeatures: 4000,
  learningRate: 0.1,
  l2: 1e-5,
};

/** The class of each CoNLL class: MISC names are no person, place or organization. */
const CLASS_OF_LABEL: Record<string, MentionClass> = { ...TYPE_OF_LABEL, MISC: 'none' };

interface Instance {
  features: number[];
  label: number;
  /** The instance's share of a step (1 but for the typing model's names in results tables). */
  weight: number;
}

/** Decimals of a weight in the file. */
const WEIGHT_DECIMALS = 3;

/** A run's features (as strings), the index of its class and its weight in training (1 if unsaid). */
interface LabelledFeatures {
  features: string[];
  label: number;
  weight?: number;
}

/** The two models trained on `documents`. */
export function trainMentionModels(
  documents: ConllDocument[],
  options: MentionTrainingOptions = MENTION_TRAINING_DEFAULTS,
): MentionModels {
  const examples = documents.map(labelledRunsOf);
  return {
    names: trainModel(
      examples.flatMap(({ names }) => names),
      MENTION_CLASSES,
      options,
    ),
    types: trainModel(
      examples.flatMap(({ types }) => types),
      TYPE_CLASSES,
      { ...options, maxFeatures: options.maxTypeFeatures },
    ),
  };
}

function trainModel(
  examples: LabelledFeatures[],
  classes: readonly string[],
  options: MentionTrainingOptions,
): MentionModelFile {
  const index = new Map<string, number>();
  const indexOf = (feature: string): number => {
    let k = index.get(feature);
    if (k === undefined) {
      k = index.size;
      index.set(feature, k);
    }
    return k;
  };
  const instances = examples.map(({ features, label, weight = 1 }) => ({
    features: features.map(indexOf),
    label,
    weight,
  }));
  const weights = descend(instances, index.size, classes.length, options);
  return { classes: [...classes], weights: heaviest(index, weights, classes.length, options.maxFeatures) };
}

let lexicons: Lexicons | null = null;

/** compromise's lexicons alone: the classifier reads no trained gazetteer. */
function compromiseLexicons(): Lexicons {
  lexicons ??= loadLexicons(readGazetteer({}));
  return lexicons;
}

/** A document's examples for each model. */
interface DocumentExamples {
  /** Every labelled run, for the first model. */
  names: LabelledFeatures[];
  /** The gold persons, places and organizations, for the typing model. */
  types: LabelledFeatures[];
}

/** The features of a document's labelled runs, computed once per document (the held-out loop trains many times). */
const runsOfDocument = new WeakMap<ConllDocument, DocumentExamples>();

function labelledRunsOf(document: ConllDocument): DocumentExamples {
  const known = runsOfDocument.get(document);
  if (known) return known;
  const lines = tokenizeLines(document.text);
  const runs = labelledRuns(document, lines);
  const lexicons = compromiseLexicons();
  const names = runs.map(({ run, label }) => ({ run, label, features: mentionFeatures(lines, run, lexicons) }));
  const examples = {
    names: names.map(({ run, features, label }) => ({
      features: [...features, ...documentFeatures(lines, run)],
      label: MENTION_CLASSES.indexOf(label),
    })),
    types: names.flatMap(({ run, label }) =>
      label === 'none'
        ? []
        : [
            {
              features: typingFeatures(lines, run, lexicons),
              label: TYPE_CLASSES.indexOf(label),
              weight: isResultsLine(lines[run.line]) ? RESULTS_LINE_WEIGHT : 1,
            },
          ],
    ),
  };
  runsOfDocument.set(document, examples);
  return examples;
}

/**
 * The weight of a name in a results table in the typing model's training: there a city is its team
 * ("Cleveland 4 Oakland 3"), an organization, and CoNLL's many tables would teach that a city's name
 * is an organization everywhere. Screened at 0, 0.2 and 1 on GUM's genres held out (docs/quality.md,
 * branch n-towns).
 */
const RESULTS_LINE_WEIGHT = 0.2;

/** Numbers, scores and times ("4", "2-1", ".543", "2:43.18"). */
const NUMBER = /^[\d.,:-]*\d[\d.,:-]*$/u;
const LOWERCASE_WORD = /^\p{Ll}/u;

/**
 * A line of a results table: two numbers or more and no lower-case word ("Cleveland 4 Oakland 3",
 * "SAN DIEGO 70 59 .543 -"). A dateline has one number, a sentence its lower-case words.
 */
export function isResultsLine({ words }: TokenLine): boolean {
  return words.filter((word) => NUMBER.test(word)).length >= 2 && !words.some((word) => LOWERCASE_WORD.test(word));
}

/** Gold names with their class, and each maximal capitalised run that is no gold name as "none". */
function labelledRuns(document: ConllDocument, lines: TokenLine[]): Array<{ run: TokenRun; label: MentionClass }> {
  const labelled: Array<{ run: TokenRun; label: MentionClass }> = [];
  const goldKeys = new Set<string>();
  lines.forEach((line, l) => {
    for (const name of document.names) {
      const first = line.tokens.findIndex((token) => token.start === name.start);
      const last = line.tokens.findIndex((token) => token.end === name.end);
      if (first < 0 || last < first || !CLASS_OF_LABEL[name.label]) continue;
      labelled.push({ run: { line: l, first, last }, label: CLASS_OF_LABEL[name.label] });
      goldKeys.add(`${l}:${first}:${last}`);
    }
    for (const run of capitalisedRuns(line, l)) {
      if (!goldKeys.has(`${l}:${run.first}:${run.last}`)) labelled.push({ run, label: 'none' });
    }
  });
  return labelled;
}

/** The maximal runs of capitalised tokens of a line. */
function capitalisedRuns(line: TokenLine, l: number): TokenRun[] {
  const runs: TokenRun[] = [];
  let first = -1;
  line.words.forEach((word, i) => {
    if (isCapitalised(word)) {
      if (first < 0) first = i;
    } else if (first >= 0) {
      runs.push({ line: l, first, last: i - 1 });
      first = -1;
    }
  });
  if (first >= 0) runs.push({ line: l, first, last: line.words.length - 1 });
  return runs;
}

/** Stochastic gradient descent on the log-loss, instances in a seeded shuffled order each epoch. */
function descend(
  instances: Instance[],
  featureCount: number,
  classCount: number,
  options: MentionTrainingOptions,
): Float64Array {
  const weights = new Float64Array(featureCount * classCount);
  const random = seededRandom(1);
  const order = instances.map((_, k) => k);
  const scores = new Float64Array(classCount);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    shuffle(order, random);
    const rate = options.learningRate / (1 + epoch);
    for (const k of order) {
      const { features, label, weight } = instances[k];
      scores.fill(0);
      for (const f of features) for (let c = 0; c < classCount; c++) scores[c] += weights[f * classCount + c];
      const probabilities = softmax(scores);
      for (const f of features) {
        for (let c = 0; c < classCount; c++) {
          const at = f * classCount + c;
          const gradient = weight * (probabilities[c] - (c === label ? 1 : 0)) + options.l2 * weights[at];
          weights[at] -= rate * gradient;
        }
      }
    }
  }
  return weights;
}

function softmax(scores: Float64Array): Float64Array {
  const top = Math.max(...scores);
  const exps = scores.map((score) => Math.exp(score - top));
  const total = exps.reduce((sum, value) => sum + value, 0);
  return exps.map((value) => value / total);
}

/** The `maxFeatures` features of largest weight (by their row's largest magnitude), in the file's format. */
function heaviest(index: Map<string, number>, weights: Float64Array, classCount: number, maxFeatures: number): string {
  const rowOf = (k: number): number[] =>
    Array.from(weights.subarray(k * classCount, (k + 1) * classCount), (w) => Number(w.toFixed(WEIGHT_DECIMALS)));
  const magnitude = (k: number): number => Math.max(...rowOf(k).map(Math.abs));
  const ranked = [...index]
    .map(([feature, k]) => ({ feature, k, magnitude: magnitude(k) }))
    .filter(({ magnitude: m }) => m > 0)
    .sort((a, b) => b.magnitude - a.magnitude || (a.feature < b.feature ? -1 : 1))
    .slice(0, maxFeatures)
    .sort((a, b) => (a.feature < b.feature ? -1 : 1));
  return ranked.map(({ feature, k }) => `${feature}\t${rowOf(k).join(' ')}`).join('\n');
}

/** mulberry32: a small seeded generator, so that every run shuffles alike. */
function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
