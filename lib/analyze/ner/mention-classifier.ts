/**
 * A second, learned look at each name the tagger and the rules give: two logistic regressions over
 * whole-span features (mention-features.ts). The first scores each mention as a person, a place, an
 * organization or no name at all, and also reads how the document spells out an acronym
 * (mention-document.ts: "sea surface salinity (SSS)" is no name); read over all the mentions of
 * one name, its probability of no name drops the name. The second, the typing model, trained on
 * names alone, scores the three types with the word clusters too; added to the first model's type
 * scores and to the tagger's own evidence for each type (type-evidence.ts), it gives the name one
 * type. The clusters type names but do not drop them: read by the first model, they dropped
 * surnames that are also common words ("Galois"); alone, without the first model's type scores,
 * they typed as an organization a city whose rare word falls in a cluster of teams ("Kyiv";
 * docs/quality.md). Both trained by `npm run train:mentions` (scripts/ner/mention-training.ts) on
 * the training sources only.
 */
import type { EntityType } from '../../analysis';
import type { Lexicons } from './lexicons';
import { PartRows } from './feature-index';
import type { FeatureSink } from './features';
import { documentFeaturesOf } from './mention-document';
import { mentionFeaturesOf, typingFeaturesOf } from './mention-features';
import modelFile from './mention-model.json';
import typeModelFile from './mention-type-model.json';
import { hasTaggerType, type TypedSpan } from './recognizer';
import type { TokenLine } from './tokens';

/** The classes of the first model, in the order of each feature's weights. */
export const MENTION_CLASSES = ['person', 'place', 'organization', 'none'] as const;
export type MentionClass = (typeof MENTION_CLASSES)[number];

/** The classes of the typing model: the entity types, at the same indices as in MENTION_CLASSES. */
export const TYPE_CLASSES = ['person', 'place', 'organization'] as const satisfies readonly EntityType[];

/** A shipped file: the classes, then one line per feature, its name and its weight for each class. */
export interface MentionModelFile {
  classes: string[];
  /** "feature\tw0 w1 w2 w3" lines. */
  weights: string;
}

/** The two models: `names` (mention-model.json) keeps or drops a name, `types` (mention-type-model.json) types it. */
export interface MentionModels {
  names: MentionModelFile;
  types: MentionModelFile;
}

/** A model's classes, and each feature's weight for each class. */
export interface MentionWeights {
  classes: readonly string[];
  /** The weights of a feature by its template and parts (null: no row). */
  partRows: PartRows<Float64Array | null>;
}

/** The model in `file`, whose classes must be `classes`. */
export function readMentionModel(file: MentionModelFile, classes: readonly string[] = MENTION_CLASSES): MentionWeights {
  if (file.classes.join() !== classes.join()) throw new Error(`unexpected classes ${file.classes.join()}`);
  const rows = new WeightRows(file.weights);
  return { classes, partRows: new PartRows((feature) => rows.get(feature) ?? null) };
}

/**
 * A model file's rows, each feature's weights read from the text on the feature's first use: a
 * story meets a few hundred of the two models' 9,000 features, and reading every row's numbers
 * at once took three quarters of the models' read (24 ms of CPU against 6 in a fresh process on a
 * loaded 2-core machine, paid by the service worker's cold start; docs/quality.md, issue 14).
 */
class WeightRows {
  /** Each feature's weights once read, else where its numbers start in `text`. */
  private readonly rows = new Map<string, Float64Array | number>();

  /** `text`: "feature\tw0 w1 w2 w3" lines. */
  constructor(private readonly text: string) {
    for (let start = 0; start < text.length; ) {
      const end = lineEnd(text, start);
      const tab = text.lastIndexOf('\t', end);
      if (tab > start) this.rows.set(text.slice(start, tab), tab + 1);
      start = end + 1;
    }
  }

  get(feature: string): Float64Array | undefined {
    const row = this.rows.get(feature);
    if (typeof row !== 'number') return row;
    const weights = Float64Array.from(this.text.slice(row, lineEnd(this.text, row)).split(' '), Number);
    this.rows.set(feature, weights);
    return weights;
  }
}

/** Where the line holding `at` ends in `text` (its newline, or the text's end). */
function lineEnd(text: string, at: number): number {
  const newline = text.indexOf('\n', at);
  return newline < 0 ? text.length : newline;
}

/**
 * The log-probability of each class (softmax of the summed weights), in the model's order, for the
 * features `emit` gives as template and parts, in their order.
 */
export function classLogProbabilitiesOf(
  { classes, partRows }: MentionWeights,
  emit: (sink: FeatureSink) => void,
): Float64Array {
  const scores = new Float64Array(classes.length);
  emit((template, a, b, c) => addRow(scores, partRows.rowOf(template, a, b, c)));
  return logSoftmax(scores);
}

function addRow(scores: Float64Array, row: Float64Array | null): void {
  if (row) for (let c = 0; c < scores.length; c++) scores[c] += row[c];
}

/** Summed weights → each class's log-probability. */
function logSoftmax(scores: Float64Array): Float64Array {
  const top = Math.max(...scores);
  const logTotal = top + Math.log(scores.reduce((sum, score) => sum + Math.exp(score - top), 0));
  return scores.map((score) => score - logTotal);
}

interface ModelsInUse {
  names: MentionWeights;
  types: MentionWeights;
}

let shipped: ModelsInUse | null = null;
let inUse: ModelsInUse | null = null;

function readModels({ names, types }: MentionModels): ModelsInUse {
  return { names: readMentionModel(names), types: readMentionModel(types, TYPE_CLASSES) };
}

/** Classifies with other models from now on (the evaluation's, trained without a source); `null` goes back. */
export function useMentionModel(models: MentionModels | null): void {
  inUse = models && readModels(models);
}

function mentionModels(): ModelsInUse {
  if (inUse) return inUse;
  shipped ??= readModels({ names: modelFile, types: typeModelFile });
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

/**
 * The scale of the tagger's evidence for a name whose last word has no word cluster (a word rare in
 * general text: "Neiafu", "Łódź"). The tagger types such a word by its shape and affixes, as CoNLL
 * taught it (an unknown capitalised word is mostly a surname), and held rare towns for people by 3 to
 * 6 log units; the typing model reads the town list and the words around. Screened at 40, 60 and
 * 120 on GUM's genres held out (docs/quality.md, branch n-towns).
 */
const UNCLUSTERED_TAGGER_SCORE_SCALE = 60;

const NONE = MENTION_CLASSES.indexOf('none');

/** A name's mentions (its spans with the same words) and their mean score for each class. */
interface NameReading {
  spans: TypedSpan[];
  meanScores: Float64Array;
}

/** Each span's scores, kept for the next pass: dropping and retyping read the same spans. */
const scoresOfSpan = new WeakMap<TypedSpan, Float64Array>();

/**
 * Each span's class scores, in MENTION_CLASSES order: the first model's log-probabilities, plus for
 * each type the typing model's and the tagger's evidence when it typed the span. No name reads the
 * first model alone.
 */
function spanScores(span: TypedSpan, lines: TokenLine[], lexicons: Lexicons): Float64Array {
  let scores = scoresOfSpan.get(span);
  if (!scores) {
    scores = computedScores(span, lines, lexicons);
    scoresOfSpan.set(span, scores);
  }
  return scores;
}

function computedScores(span: TypedSpan, lines: TokenLine[], lexicons: Lexicons): Float64Array {
  const { names, types } = mentionModels();
  // The first model also reads what the document says of the words (mention-document.ts).
  const scores = classLogProbabilitiesOf(names, (sink) => {
    mentionFeaturesOf(lines, span, lexicons, sink);
    documentFeaturesOf(lines, span, sink);
  });
  const typeScores = classLogProbabilitiesOf(types, (sink) => typingFeaturesOf(lines, span, lexicons, sink));
  const taggerScores = hasTaggerType(span) ? span.tagged.scores() : null;
  // The head's clusters as the tagger read them: its own spelling only.
  const taggerScale = lexicons.wordClusters.get(lines[span.line].lowered[span.last])
    ? TAGGER_SCORE_SCALE
    : UNCLUSTERED_TAGGER_SCORE_SCALE;
  TYPE_CLASSES.forEach((type, c) => {
    scores[c] += typeScores[c];
    if (taggerScores) scores[c] += Math.max(TAGGER_SCORE_FLOOR, taggerScores[type]) / taggerScale;
  });
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
    const best = TYPE_CLASSES.reduce((a, b) =>
      meanScores[TYPE_CLASSES.indexOf(b)] > meanScores[TYPE_CLASSES.indexOf(a)] ? b : a,
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
