/**
 * What the mention classifier (mention-classifier.ts) reads of a whole name: its head (last) word,
 * every word, length and shape, compromise's classes of its words, the words around it, the verb
 * after it and the preposition before it. The tagger reads words one at a time with two tags of
 * history; these features see the span at once ("Hotel" ending a name, "in" three words before it).
 * The classifier's typing model also reads the word clusters of those words, whether the span is a
 * listed town (place-list.ts) and the words just around a head no cluster knows (`typingFeatures`).
 */
import { featureTexts, shortShape, type FeatureSink } from './features';
import type { Lexicons } from './lexicons';
import placeListFile from './place-list.json';
import { type PlaceList, readPlaceList } from './place-list';
import type { TokenLine } from './tokens';

/** A run of whole tokens of one line. */
export interface TokenRun {
  line: number;
  first: number;
  last: number;
}

/**
 * The lexicons the features read: compromise's word classes, its organization and place head words,
 * and the word clusters (GloVe's, lexicons.ts).
 */
export type MentionLexicons = Pick<Lexicons, 'wordClasses' | 'orgWords' | 'placeWords' | 'wordClusters'>;

/** Words read on each side of the span. */
const CONTEXT_WORDS = 3;

/** Words on each side whose clusters are read: a cluster stands for words the training never saw next to a name. */
const CLUSTER_CONTEXT_WORDS = 2;

/** Longest span length told apart ("4" stands for four words or more). */
const MAX_LENGTH_FEATURE = 4;

/** compromise's classes of a verb form: the first such word after a name is what it does ("said", "visited"). */
const VERB_CLASSES = new Set(['Verb', 'PastTense', 'PresentTense', 'Infinitive', 'Gerund', 'Copula', 'Modal']);

const SENTENCE_END = /^[.!?…]$/u;

/** The features of the tokens `run` covers in `lines`. */
export function mentionFeatures(lines: TokenLine[], run: TokenRun, lexicons: MentionLexicons): string[] {
  return featureTexts((sink) => mentionFeaturesOf(lines, run, lexicons, sink));
}

/**
 * `mentionFeatures` given to `sink` as template and parts, no text made: the classifier finds their
 * weights from the parts (docs/quality.md, Speed, branch `n-speed2`).
 */
export function mentionFeaturesOf(
  lines: TokenLine[],
  run: TokenRun,
  lexicons: MentionLexicons,
  sink: FeatureSink,
): void {
  const { lowered, words } = lines[run.line];
  const spanWords = words.slice(run.first, run.last + 1);
  const spanLowered = lowered.slice(run.first, run.last + 1);
  const head = spanLowered[spanLowered.length - 1];
  const classesOf = classesIn(lexicons);
  sink('bias');
  sink('len', Math.min(spanWords.length, MAX_LENGTH_FEATURE));
  sink('shape', spanWords.map(shortShape).join(' '));
  sink('head', head);
  sink('head-suffix', head.slice(-3));
  sink('first', spanLowered[0]);
  for (const word of spanLowered) sink('word', word);
  for (const wordClass of classesOf(head)) sink('head-class', wordClass);
  for (const word of spanLowered) for (const wordClass of classesOf(word)) sink('class', wordClass);
  if (lexicons.orgWords.has(head)) sink('head-org-word');
  if (lexicons.placeWords.has(head)) sink('head-place-word');
  if (spanLowered.some((word) => classesOf(word).length === 0)) sink('unknown-word');
  if (isSentenceInitial(words, run.first)) sink('sentence-initial|len', Math.min(spanWords.length, 2));
  if (lines[run.line].isAllCaps) sink('caps-line');
  contextFeatures(lowered, run, classesOf, sink);
}

/**
 * What the typing model reads: the features above, and the clusters of the head (every level), of
 * the span's other words, of two words each side and of the verb after (coarsest and finest levels):
 * words a general corpus uses alike ("tribunal", "court"; "trekked", "travelled") weigh alike, so
 * what is learned on one genre reaches the words of another. Only the typing model reads them: read
 * by the model that also drops names, they dropped surnames that are common words ("Galois"). Then
 * whether the span is a listed town, and for a head with no cluster the words just around it.
 */
export function typingFeatures(lines: TokenLine[], run: TokenRun, lexicons: MentionLexicons): string[] {
  return featureTexts((sink) => typingFeaturesOf(lines, run, lexicons, sink));
}

/** `typingFeatures` given to `sink` as template and parts. */
export function typingFeaturesOf(
  lines: TokenLine[],
  run: TokenRun,
  lexicons: MentionLexicons,
  sink: FeatureSink,
): void {
  mentionFeaturesOf(lines, run, lexicons, sink);
  const { lowered } = lines[run.line];
  const spanLowered = lowered.slice(run.first, run.last + 1);
  const headClusters = clustersOf(spanLowered[spanLowered.length - 1], lexicons);
  if (!headClusters) sink('head-no-cluster');
  else for (const [level, cluster] of headClusters.entries()) sink(`head-k${level}`, cluster);
  for (const word of spanLowered.slice(0, -1)) coarseAndFineClusters('word', word, lexicons, sink);
  for (let k = 1; k <= CLUSTER_CONTEXT_WORDS; k++) {
    coarseAndFineClusters(LEFT[k - 1], lowered[run.first - k], lexicons, sink);
    coarseAndFineClusters(RIGHT[k - 1], lowered[run.last + k], lexicons, sink);
  }
  coarseAndFineClusters('verb-after', verbAfter(lowered, run, classesIn(lexicons)), lexicons, sink);
  placeListFeatures(spanLowered, headClusters !== undefined, sink);
  if (!headClusters) unclusteredContextFeatures(lowered, run, sink);
}

/** The templates of the words on each side, by distance: "left1", "left2", … */
const LEFT = Array.from({ length: CONTEXT_WORDS }, (_, k) => `left${k + 1}`);
const RIGHT = Array.from({ length: CONTEXT_WORDS }, (_, k) => `right${k + 1}`);

/**
 * The words just around a name whose head has no word cluster: the models fall back on CoNLL's prior
 * for such a word (an unknown capitalised word is a surname), and "in X", "to X", "X's airport" say
 * more of a rare word than of one the clusters already type.
 */
function unclusteredContextFeatures(lowered: string[], run: TokenRun, sink: FeatureSink): void {
  sink('unclustered|left1', wordLeft(lowered, run, 1));
  sink('unclustered|right1', wordRight(lowered, run, 1));
  sink('unclustered|left2', `${wordLeft(lowered, run, 2)} ${wordLeft(lowered, run, 1)}`);
}

let placeList: PlaceList | null = null;

/**
 * "listed-place" when the span is a town's or city's name (place-list.ts), with whether its head has
 * a word cluster: a listed name the clusters do not know is a rare town ("Neiafu"), one they know
 * may be a team or a surname too ("Cleveland", "Smith"), and the weights of each are learned apart.
 * "listed-place-head" when only the last word is ("North Oakland").
 */
function placeListFeatures(spanLowered: string[], headHasCluster: boolean, sink: FeatureSink): void {
  placeList ??= readPlaceList(placeListFile);
  const clustered = headHasCluster ? 'clustered' : 'unclustered';
  if (placeList.has(spanLowered.join(' '))) {
    sink('listed-place');
    sink(`listed-place|${clustered}`);
  } else if (spanLowered.length > 1 && placeList.has(spanLowered[spanLowered.length - 1])) {
    sink('listed-place-head');
    sink(`listed-place-head|${clustered}`);
  }
}

/** "NAME-k0=" and "NAME-kf=": the coarsest and the finest cluster of the word (none for a rare word or none at all). */
function coarseAndFineClusters(
  name: string,
  word: string | undefined,
  lexicons: MentionLexicons,
  sink: FeatureSink,
): void {
  const clusters = word === undefined ? undefined : clustersOf(word, lexicons);
  if (!clusters) return;
  sink(`${name}-k0`, clusters[0]);
  sink(`${name}-kf`, clusters[clusters.length - 1]);
}

/** Letters that Unicode's decomposition leaves whole, and the Latin letters they are written as. */
const FOLDED_LETTERS: Record<string, string> = {
  ł: 'l',
  ø: 'o',
  đ: 'd',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  ı: 'i',
  þ: 'th',
  ð: 'd',
};

/**
 * The word's clusters, else those of its form without diacritics: the clusters' corpus often spells
 * a foreign name in plain Latin letters ("lodz", "merida", "krakow"), the page in its own.
 */
function clustersOf(word: string, lexicons: MentionLexicons): readonly number[] | undefined {
  const clusters = lexicons.wordClusters.get(word);
  if (clusters) return clusters;
  const folded = word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[łøđæœßıþð]/gu, (letter) => FOLDED_LETTERS[letter]);
  return folded === word ? undefined : lexicons.wordClusters.get(folded);
}

function classesIn(lexicons: MentionLexicons): (word: string) => string[] {
  return (word) => lexicons.wordClasses.get(word) ?? [];
}

/** The first verb within three words after the span. */
function verbAfter(lowered: string[], run: TokenRun, classesOf: (word: string) => string[]): string | undefined {
  const after = lowered.slice(run.last + 1, run.last + 1 + CONTEXT_WORDS);
  return after.find((word) => classesOf(word).some((wordClass) => VERB_CLASSES.has(wordClass)));
}

/** The word `k` places before the span, or "<s>" past the line's start. */
function wordLeft(lowered: string[], run: TokenRun, k: number): string {
  return lowered[run.first - k] ?? '<s>';
}

/** The word `k` places after the span, or "</s>" past the line's end. */
function wordRight(lowered: string[], run: TokenRun, k: number): string {
  return lowered[run.last + k] ?? '</s>';
}

/** The words ±3 by position, the preposition just before, the first verb within three words after. */
function contextFeatures(
  lowered: string[],
  run: TokenRun,
  classesOf: (word: string) => string[],
  sink: FeatureSink,
): void {
  for (let k = 1; k <= CONTEXT_WORDS; k++) {
    sink(LEFT[k - 1], wordLeft(lowered, run, k));
    sink(RIGHT[k - 1], wordRight(lowered, run, k));
  }
  const before = lowered[run.first - 1];
  if (before && classesOf(before).includes('Preposition')) sink('preposition', before);
  const verb = verbAfter(lowered, run, classesOf);
  if (verb) sink('verb-after', verb);
}

function isSentenceInitial(words: string[], i: number): boolean {
  return i === 0 || SENTENCE_END.test(words[i - 1]) || (i === 1 && /^["“‘'(]$/u.test(words[0]));
}
