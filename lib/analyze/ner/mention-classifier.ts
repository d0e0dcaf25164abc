/**
 * A second, learned look at each name the tagger and the rules give: a logistic regression over
 * whole-span features (mention-features.ts) scores each mention as a person, a place, an
 * organization or no name at all. Read over all the mentions of one name, its scores drop the name
 * where they hold it for no name, and, with the tagger's own evidence for each type
 * (type-evidence.ts), give the name one type. Trained by `npm run train:mentions`
 * (scripts/ner/mention-training.ts) on the training sources only.
 */
import type { EntityType } from '../../analysis';
import type { Lexicons } from './lexicons';
import { mentionFeatures } from './mention-features';
import modelFile from './mention-model.json';
import { hasTaggerType, type TypedSpan } from './recognizer';
import type { TokenLine } from './tokens';

/** The classes, in the order of each feature's weights. */
export const MENTION_CLASSES = ['person', 'place', 'organization', 'none'] as const;
export type MentionClass = (typeof MENTION_CLASSES)[number];

/** The shipped file: the classes, then one line per feature, its name and its weight for each class. */
export interface MentionModelFile {
  classes: string[];
  /** "feature\tw0 w1 w2 w3" lines. */
  weights: string;
}

/** Feature → its weight for each class. */
export type MentionWeights = Map<string, Float64Array>;

export function readMentionModel(file: MentionModelFile): MentionWeights {
  if (file.classes.join() !== MENTION_CLASSES.join()) throw new Error(`unexpected classes ${file.classes.join()}`);
  const weights: MentionWeights = new Map();
  for (const line of file.weights.split('\n')) {
    const tab = line.lastIndexOf('\t');
    if (tab > 0) weights.set(line.slice(0, tab), Float64Array.from(line.slice(tab + 1).split(' '), Number));
  }
  return weights;
}

/** The log-probability of each class (softmax of the summed weights), in MENTION_CLASSES order. */
export function classLogProbabilities(weights: MentionWeights, features: string[]): Float64Array {
  const scores = new Float64Array(MENTION_CLASSES.length);
  for (const feature of features) {
    const row = weights.get(feature);
    if (row) for (let c = 0; c < scores.length; c++) scores[c] += row[c];
  }
  const top = Math.max(...scores);
  const logTotal = top + Math.log(scores.reduce((sum, score) => sum + Math.exp(score - top), 0));
  return scores.map((score) => score - logTotal);
}

let shipped: MentionWeights | null = null;
let inUse: MentionWeights | null = null;

/** Classifies with other weights from now on (the evaluation's, trained without a source); `null` goes back. */
export function useMentionModel(file: MentionModelFile | null): void {
  inUse = file && readMentionModel(file);
}

function mentionWeights(): MentionWeights {
  if (inUse) return inUse;
  shipped ??= readMentionModel(modelFile);
  return shipped;
}

/**
 * A name is dropped when its mentions' mean probability of being no name is above this. Screened
 * at 0.5 to 0.9 on CoNLL++ dev and GUM's genres, never on UNER (docs/quality.md).
 */
const DROP_PROBABILITY = 0.7;

/**
 * The tagger's type scores (type-evidence.ts: what the line's score would lose under another type)
 * divided by this are added to the classifier's log-probabilities: the tagger sees the line's tags,
 * the classifier the whole span. Screened at 10 to 100 (docs/quality.md); 20 kept CoNLL++ dev over
 * its bar. A score of -Infinity (a type the span's words cannot have) counts as this floor.
 */
const TAGGER_SCORE_SCALE = 20;
const TAGGER_SCORE_FLOOR = -1000;

/** The entity types, at the same indices as in MENTION_CLASSES. */
const ENTITY_TYPES: EntityType[] = ['person', 'place', 'organization'];
const NONE = MENTION_CLASSES.indexOf('none');

/** A name's mentions (its spans with the same words) and their mean score for each class. */
interface NameReading {
  spans: TypedSpan[];
  meanScores: Float64Array;
}

/** Each span's scores, kept for the next pass: dropping and retyping read the same spans. */
const scoresOfSpan = new WeakMap<TypedSpan, Float64Array>();

/** Each span's class scores: the classifier's log-probabilities, plus the tagger's evidence when it typed the span. */
function spanScores(span: TypedSpan, lines: TokenLine[], lexicons: Lexicons): Float64Array {
  let scores = scoresOfSpan.get(span);
  if (!scores) {
    scores = computedScores(span, lines, lexicons);
    scoresOfSpan.set(span, scores);
  }
  return scores;
}

function computedScores(span: TypedSpan, lines: TokenLine[], lexicons: Lexicons): Float64Array {
  const scores = classLogProbabilities(mentionWeights(), mentionFeatures(lines, span, lexicons));
  if (hasTaggerType(span)) {
    const taggerScores = span.tagged.scores();
    ENTITY_TYPES.forEach((type, c) => {
      scores[c] += Math.max(TAGGER_SCORE_FLOOR, taggerScores[type]) / TAGGER_SCORE_SCALE;
    });
  }
  return scores;
}

/**
 * The readings of the names the tagger typed. A name a rule typed against the tagger anywhere (a
 * context cue: "Bucha, a town") or found alone (an apposition's "APP", a long form) keeps its type
 * and stays; excluded spans are no names and are not read.
 */
function readNames(spans: TypedSpan[], lines: TokenLine[], text: string, lexicons: Lexicons): NameReading[] {
  const nameOf = (span: TypedSpan): string => text.slice(span.start, span.end);
  const taggerTyped = new Set(spans.filter(hasTaggerType).map(nameOf));
  const ruleTyped = new Set(spans.filter((span) => span.tagged && !hasTaggerType(span)).map(nameOf));
  const byName = new Map<string, NameReading>();
  for (const span of spans) {
    const name = nameOf(span);
    if (span.excluded || !taggerTyped.has(name) || ruleTyped.has(name)) continue;
    const reading = byName.get(name) ?? { spans: [], meanScores: new Float64Array(MENTION_CLASSES.length) };
    const scores = spanScores(span, lines, lexicons);
    for (let c = 0; c < scores.length; c++) reading.meanScores[c] += scores[c];
    reading.spans.push(span);
    byName.set(name, reading);
  }
  const readings = [...byName.values()];
  for (const { spans: mentions, meanScores } of readings) {
    for (let c = 0; c < meanScores.length; c++) meanScores[c] /= mentions.length;
  }
  return readings;
}

/** The spans without the names the classifier holds for no name. */
export function withoutNonNames(spans: TypedSpan[], lines: TokenLine[], text: string, lexicons: Lexicons): TypedSpan[] {
  const dropped = new Set<TypedSpan>();
  for (const { spans: mentions, meanScores } of readNames(spans, lines, text, lexicons)) {
    if (Math.exp(meanScores[NONE]) > DROP_PROBABILITY) for (const span of mentions) dropped.add(span);
  }
  return spans.filter((span) => !dropped.has(span));
}

/** The spans, each name's mentions given the type of highest mean score. A person's role goes with the type. */
export function retypedByMentions(
  spans: TypedSpan[],
  lines: TokenLine[],
  text: string,
  lexicons: Lexicons,
): TypedSpan[] {
  const typeOf = new Map<TypedSpan, EntityType>();
  for (const { spans: mentions, meanScores } of readNames(spans, lines, text, lexicons)) {
    const best = ENTITY_TYPES.reduce((a, b) =>
      meanScores[ENTITY_TYPES.indexOf(b)] > meanScores[ENTITY_TYPES.indexOf(a)] ? b : a,
    );
    for (const span of mentions) typeOf.set(span, best);
  }
  return spans.map((span) => {
    const type = typeOf.get(span);
    if (!type || type === span.type) return span;
    const { role: _role, ...withoutRole } = span;
    return { ...(type === 'person' ? span : withoutRole), type };
  });
}
