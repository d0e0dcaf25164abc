/**
 * BIO tagging of each line with the linear model, the line's best tag sequence as a whole
 * (Viterbi), and the name spans the tags mark. The classes are CoNLL's: PER, LOC, ORG and MISC (MISC is learned so that names of
 * events, nationalities and products are not taken for the others, and is dropped afterwards).
 */
import {
  featureTexts,
  previousTagFeatures,
  staticFeaturesAt,
  tagFeatures,
  tagPairFeature,
  type FeatureSink,
  type PreparedLine,
} from './features';
import type { TagHistory } from './history';
import type { EntityType } from '../../analysis';
import type { Token } from './tokens';

export const OUTSIDE = 'O';

/** The CoNLL class of each of the contract's types. */
export const LABEL_OF_TYPE: Record<EntityType, string> = { person: 'PER', place: 'LOC', organization: 'ORG' };

/** The contract's type of each CoNLL class kept (MISC has none, and is dropped). */
export const TYPE_OF_LABEL: Record<string, EntityType> = { PER: 'person', LOC: 'place', ORG: 'organization' };

const PATTERNS = {
  /** Quotation marks, brackets and sentence punctuation: never part of a name (unlike "&" in "AT & T"). */
  neverInName: /^[\p{Pi}\p{Pf}\p{Ps}\p{Pe}"'.,;:!?…–—-]+$/u,
  /** A word of a person's name: capitalized, or a particle ("de Silva", "van der Sar", "al-Turabi"). */
  personWord:
    /^(?:\p{Lu}|(?:de|van|der|den|della|dal|da|di|du|la|le|von|zu|bin|ibn|dos|das|del|ter|ten|y)$|(?:al|el)-)/u,
};

/**
 * Which words each label may fall on. Counted on the training split: person names hold a number or
 * a lowercase word other than a particle fewer than 1 in 1,000 times, while the tagger, left free,
 * ran names into scores and verbs ("Dale 69", "Woods shot"). The same limits on places and
 * organizations ("Schalke 04", "interior ministry" are names there) cost more than they gained.
 */
const WORDS_ALLOWED: Record<string, RegExp> = {
  'B-PER': PATTERNS.personWord,
  'I-PER': PATTERNS.personWord,
};

/** Adds each label's score for a token's features into `scores`. */
export interface Scorer {
  addScores(features: string[], scores: Float32Array): void;
  /**
   * Adds the scores of a word's own features (the same wherever the word stands: cacheable);
   * `features` gives them, asked for only where the scores are not kept.
   */
  addWordScores(word: string, features: () => string[], scores: Float32Array): void;
  /**
   * `addScores` for the features `emit` gives as template and parts, in their order; a scorer without
   * it is given their texts.
   */
  addFeatureScores?(emit: (sink: FeatureSink) => void, scores: Float32Array): void;
  /**
   * `compute()`'s value for `key` among the values named `kind`, computed once: given only by a
   * scorer whose weights no longer change.
   */
  remember?<T>(kind: string, key: string, compute: () => T): T;
}

export interface NameSpan {
  /** CoNLL class: PER, LOC, ORG or MISC. */
  label: string;
  /** Index of the line and of the first and last token in it. */
  line: number;
  first: number;
  last: number;
  start: number;
  end: number;
}

/** All the features of token `i` once the tags to its left are known. */
export function featuresAt(prepared: PreparedLine, i: number, tags: string[], history: TagHistory): string[] {
  return staticFeaturesAt(prepared, i).concat(decodingFeaturesAt(prepared, i, tags, history));
}

/** The features of token `i` that depend on decoding: the tags to its left and the text's history. */
function decodingFeaturesAt(prepared: PreparedLine, i: number, tags: string[], history: TagHistory): string[] {
  const previous = i > 0 ? tags[i - 1] : OUTSIDE;
  const secondPrevious = i > 1 ? tags[i - 2] : OUTSIDE;
  const lowered = prepared.lowered[i];
  const features = tagFeatures(lowered, previous, secondPrevious);
  features.push(history.featureFor(prepared.line.tokens[i].text, lowered));
  return features;
}

/** An "I-X" tag may only continue a "B-X" or "I-X". */
export function isAllowedAfter(previousTag: string, tag: string): boolean {
  return !tag.startsWith('I-') || (previousTag !== OUTSIDE && previousTag.slice(2) === tag.slice(2));
}

/**
 * The line's best-scoring tag sequence under the model (second-order Viterbi: a tag's features see
 * the two tags to its left), in BIO order, with no punctuation inside a name and only the words
 * `WORDS_ALLOWED` gives each kind of name. `staticScores`: the line's `lineStaticScores`, which
 * the recogniser's type scores read again.
 */
export function bestTagSequence(
  prepared: PreparedLine,
  labels: string[],
  score: Scorer,
  staticScores: readonly Float32Array[],
): string[] {
  const width = labels.length;
  const pairs = width * width;
  const count = prepared.words.length;
  const pairScores = keptByScorer(score, 'tag pairs', '', () => tagPairScores(labels, score));
  const follows = keptByScorer(score, 'tag follows', '', () =>
    labels.flatMap((previous) => labels.map((label) => isAllowedAfter(previous, label))),
  );
  // best[p * width + k]: the best score of the tags up to the token, ending in labels p then k.
  let best = new Float64Array(pairs).fill(Number.NEGATIVE_INFINITY);
  let next = new Float64Array(pairs);
  best[labels.indexOf(OUTSIDE) * (width + 1)] = 0;
  // cameFrom[i * pairs + p * width + k]: the label before p on that best path.
  const cameFrom = new Int8Array(count * pairs);
  const own = new Float32Array(pairs);
  for (let i = 0; i < count; i++) {
    addOwnScores(prepared.lowered[i], labels, score, staticScores[i], own);
    const allowed = allowedLabels(labels, prepared.line.tokens[i].text);
    next.fill(Number.NEGATIVE_INFINITY);
    for (let p = 0; p < width; p++) {
      // A label no path reaches (a person's tag on "the", any name's on a comma) leaves each pair after it unreachable.
      if (!isReachable(best, p, width)) continue;
      for (let k = 0; k < width; k++) {
        const pk = p * width + k;
        if (!allowed[k] || !follows[pk]) continue;
        let top = Number.NEGATIVE_INFINITY;
        for (let pp = 0; pp < width; pp++) {
          const value = best[pp * width + p] + pairScores[pp * pairs + pk];
          if (value > top) {
            top = value;
            cameFrom[i * pairs + pk] = pp;
          }
        }
        next[pk] = top + own[pk];
      }
    }
    [best, next] = [next, best];
  }
  return traceBack(best, cameFrom, labels);
}

/** Some best path ends in label `p` (`best` as in `bestTagSequence`). */
function isReachable(best: Float64Array, p: number, width: number): boolean {
  for (let pp = 0; pp < width; pp++) if (best[pp * width + p] !== Number.NEGATIVE_INFINITY) return true;
  return false;
}

/** Adds the scores of the features `emit` gives: by their parts where the scorer reads them so, else by their texts. */
export function addScoresOfParts(score: Scorer, emit: (sink: FeatureSink) => void, scores: Float32Array): void {
  if (score.addFeatureScores) score.addFeatureScores(emit, scores);
  else score.addScores(featureTexts(emit), scores);
}

/** `compute()`, kept by a scorer whose weights are fixed (the shipped model), computed each time otherwise. */
function keptByScorer<T>(score: Scorer, kind: string, key: string, compute: () => T): T {
  return score.remember ? score.remember(kind, key, compute) : compute();
}

/** Each pair of previous tags' score for each label (the same on every token). */
function tagPairScores(labels: string[], score: Scorer): Float32Array {
  const width = labels.length;
  const scores = new Float32Array(width * width * width);
  for (let pp = 0; pp < width; pp++) {
    for (let p = 0; p < width; p++) {
      const at = (pp * width + p) * width;
      score.addScores([tagPairFeature(labels[pp], labels[p])], scores.subarray(at, at + width));
    }
  }
  return scores;
}

/** Token `i`'s label scores from the features that do not read the tags to its left. */
function staticScoresAt(
  prepared: PreparedLine,
  i: number,
  labels: string[],
  score: Scorer,
  historyFeature: string,
): Float32Array {
  const scores = new Float32Array(labels.length);
  score.addWordScores(prepared.words[i], () => prepared.wordFeaturesAt(i), scores);
  addScoresOfParts(score, (sink) => prepared.contextFeaturesOf(i, sink), scores);
  score.addScores([historyFeature], scores);
  return scores;
}

/**
 * Each token's `staticScoresAt`, computed once per line: the decoder reads them, and so does a
 * name's type evidence (type-evidence.ts). `historyFeatures`: each token's history feature
 * (`TagHistory.featuresOf`), read before the line is recorded.
 */
export function lineStaticScores(
  prepared: PreparedLine,
  labels: string[],
  score: Scorer,
  historyFeatures: readonly string[],
): Float32Array[] {
  return prepared.words.map((_, i) => staticScoresAt(prepared, i, labels, score, historyFeatures[i]));
}

/**
 * Writes a token's score for each previous label p and label k into `own`: all features but the
 * tag pair's. `lowered`: the token's word lowercased; `staticScores`: its `staticScoresAt`.
 */
function addOwnScores(
  lowered: string,
  labels: string[],
  score: Scorer,
  staticScores: Float32Array,
  own: Float32Array,
): void {
  const width = labels.length;
  const previous = keptByScorer(score, 'after', lowered, () => previousTagScores(lowered, labels, score));
  for (let pk = 0; pk < width * width; pk++) own[pk] = previous[pk] + staticScores[pk % width];
}

/** Each previous tag's score for each label of the word (its own row: the same wherever the word is). */
function previousTagScores(lowered: string, labels: string[], score: Scorer): Float32Array {
  const width = labels.length;
  const scores = new Float32Array(width * width);
  for (let p = 0; p < width; p++) {
    score.addScores(previousTagFeatures(lowered, labels[p]), scores.subarray(p * width, (p + 1) * width));
  }
  return scores;
}

/** Which labels the token may take at all: never punctuation in a name, `WORDS_ALLOWED`'s limits. */
export function allowedLabels(labels: string[], token: string): boolean[] {
  const isPunctuation = PATTERNS.neverInName.test(token);
  return labels.map((label) => isAllowedGiven(isPunctuation, label, token));
}

/** One label of `allowedLabels`: a name's type evidence asks of one label per token, not of all nine. */
export function isLabelAllowed(label: string, token: string): boolean {
  return isAllowedGiven(PATTERNS.neverInName.test(token), label, token);
}

function isAllowedGiven(isPunctuation: boolean, label: string, token: string): boolean {
  return isPunctuation ? label === OUTSIDE : WORDS_ALLOWED[label]?.test(token) !== false;
}

/** The tags of the best final pair, followed back through each pair's best predecessor. */
function traceBack(best: Float64Array, cameFrom: Int8Array, labels: string[]): string[] {
  const width = labels.length;
  const pairs = width * width;
  const count = cameFrom.length / pairs;
  if (count === 0) return [];
  let end = 0;
  for (let pk = 1; pk < pairs; pk++) if (best[pk] > best[end]) end = pk;
  const tags = new Array<number>(count);
  tags[count - 1] = end % width;
  if (count > 1) tags[count - 2] = Math.floor(end / width);
  for (let i = count - 1; i >= 2; i--) tags[i - 2] = cameFrom[i * pairs + tags[i - 1] * width + tags[i]];
  return tags.map((k) => labels[k]);
}

/** The name spans a line's BIO tags mark. */
export function spansOfTags(tokens: Token[], tags: string[], line: number): NameSpan[] {
  const spans: NameSpan[] = [];
  tags.forEach((tag, i) => {
    if (tag === OUTSIDE) return;
    const open = spans.at(-1);
    if (tag.startsWith('I-') && open && open.line === line && open.last === i - 1 && open.label === tag.slice(2)) {
      open.last = i;
      open.end = tokens[i].end;
      return;
    }
    spans.push({ label: tag.slice(2), line, first: i, last: i, start: tokens[i].start, end: tokens[i].end });
  });
  return spans;
}
