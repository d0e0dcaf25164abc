/**
 * The features the tagger scores for each token: the word, its shape and affixes, its neighbours,
 * compromise's word classes, gazetteer phrases, the word's clusters (GloVe's, from a large general
 * corpus: they carry what is known of a word to words the labelled sources never had), how the same
 * word is cased elsewhere in the text, and (added while decoding) the tags already chosen to its left.
 */
import { remembered } from '../../memo';
import type { Lexicons } from './lexicons';
import { matchPhrases } from './lexicons';
import type { TokenLine } from './tokens';

/** A line with everything the features need, computed once per text. */
export interface PreparedLine {
  line: TokenLine;
  /** The tokens in CoNLL's ASCII, and lowercased. */
  words: string[];
  lowered: string[];
  /**
   * Features that do not depend on the tags chosen while decoding, per token: those of the word
   * alone (shared by every occurrence of the word, so their scores can be cached: made when first
   * asked for, which a scorer that kept the word's scores never does) and those of its context.
   */
  wordFeaturesAt(i: number): string[];
  /**
   * Gives each feature of token `i`'s context to `sink` as its template and parts, no text made: the
   * shipped model finds their rows from the parts (`PartRows`), where a text per feature per token
   * was most of the tagger's garbage and hashing (docs/quality.md, Speed, branch `n-speed2`).
   */
  contextFeaturesOf(i: number, sink: FeatureSink): void;
  /** The same features as texts (training, tests). */
  contextFeaturesAt(i: number): string[];
}

/** A part of a feature: a word, a shape, a class, a cluster, a count. */
export type FeaturePart = string | number;

/** Receives a feature as its template and its parts (`featureText` gives its text). */
export type FeatureSink = (template: string, a?: FeaturePart, b?: FeaturePart, c?: FeaturePart) => void;

/** A feature's text: its template alone ("ow+1"), else the template, "=" and its parts joined by "|" ("bg=the|red"). */
export function featureText(template: string, a?: FeaturePart, b?: FeaturePart, c?: FeaturePart): string {
  if (a === undefined) return template;
  if (b === undefined) return `${template}=${a}`;
  if (c === undefined) return `${template}=${a}|${b}`;
  return `${template}=${a}|${b}|${c}`;
}

/** The texts of the features `emit` gives. */
export function featureTexts(emit: (sink: FeatureSink) => void): string[] {
  const texts: string[] = [];
  emit((template, a, b, c) => texts.push(featureText(template, a, b, c)));
  return texts;
}

const PATTERNS = {
  /** Typographic marks of news text, read as the ASCII ones CoNLL was written with. */
  doubleQuotes: /[“”„‟″]/gu,
  singleQuotes: /[‘’‚‛′]/gu,
  dashes: /[–—]/gu,
  ellipsis: /…/gu,
  sentenceEnd: /^[.!?…]$/u,
  openingQuote: /^["“‘'([]$/u,
  upper: /\p{Lu}/u,
  lower: /\p{Ll}/u,
  digit: /\p{N}/u,
  letter: /\p{L}/u,
};

/** compromise classes worth a feature of their own on the neighbours too (the rest only on the word). */
const NEIGHBOUR_CLASSES = new Set([
  'FirstName',
  'MaleName',
  'FemaleName',
  'LastName',
  'Person',
  'Honorific',
  'Country',
  'City',
  'Place',
  'Region',
  'Organization',
  'SportsTeam',
  'Demonym',
  'Actor',
  'Preposition',
  'Determiner',
  'Month',
  'WeekDay',
]);

/** How a lowercased word is cased where casing means something (mid-sentence, not in a caps line). */
const CASE_BITS = { title: 1, lower: 2, upper: 4 };

const BOUNDARY = '<s>';

/** The neighbours whose first cluster and word classes are features, by name and place from the token. */
const CLUSTER_NEIGHBOURS = [
  ['pk', -1],
  ['nk', 1],
] as const;
const CLASS_NEIGHBOURS = [
  ['plc', -1],
  ['nlc', 1],
] as const;

/** The features of an organization's word (compromise's) among the next capitalized words, by distance. */
const ORG_WORD_AHEAD = ['ow+1', 'ow+2', 'ow+3'];

/** Fewer words than this tell nothing of how a line is cased ("yes thanks"). */
const MIN_WORDS_FOR_LOWER_CASE_LINE = 4;

/**
 * Prepares the tag-independent features of every token of a text's lines: what they read of each
 * line is worked out here, a token's features are given when asked for (a word's kept for the text).
 */
export function prepareLines(lines: TokenLine[], lexicons: Lexicons): PreparedLine[] {
  const words = lines.map((line) => line.words.map(asAscii));
  const lowered = words.map((lineWords) => lineWords.map((word) => word.toLowerCase()));
  const initial = lines.map(sentenceInitialFlags);
  const casing = casingElsewhere(lines, lowered, initial);
  const byWord = new Map<string, string[]>();
  const featuresOfWord = (word: string, lw: string): string[] =>
    remembered(byWord, word, () => wordFeatures(word, lw, lexicons));
  return lines.map((line, l) => {
    const contextFeaturesOf = contextFeatures(line, words[l], lowered[l], initial[l], casing, lexicons);
    return {
      line,
      words: words[l],
      lowered: lowered[l],
      wordFeaturesAt: (i: number) => featuresOfWord(words[l][i], lowered[l][i]),
      contextFeaturesOf,
      contextFeaturesAt: (i: number) => featureTexts((sink) => contextFeaturesOf(i, sink)),
    };
  });
}

/** Every tag-independent feature of token `i`. */
export function staticFeaturesAt(prepared: PreparedLine, i: number): string[] {
  return prepared.wordFeaturesAt(i).concat(prepared.contextFeaturesAt(i));
}

/** The templates of the features that read the tags to a token's left. */
const TAG_TEMPLATES = { previous: 't1', pair: 't2', previousWithWord: 't1w' };

/** Features that depend on the two tags to the left of token `i`. */
export function tagFeatures(lowered: string, previousTag: string, secondPreviousTag: string): string[] {
  return featureTexts((sink) => tagFeaturesOf(lowered, previousTag, secondPreviousTag, sink));
}

/** `tagFeatures` given to `sink` as template and parts. */
export function tagFeaturesOf(
  lowered: string,
  previousTag: string,
  secondPreviousTag: string,
  sink: FeatureSink,
): void {
  sink(TAG_TEMPLATES.previous, previousTag);
  sink(TAG_TEMPLATES.pair, secondPreviousTag, previousTag);
  sink(TAG_TEMPLATES.previousWithWord, previousTag, lowered);
}

/** The features of the tag just left of a token, alone and with the token's word. */
export function previousTagFeatures(lowered: string, previousTag: string): string[] {
  return [
    featureText(TAG_TEMPLATES.previous, previousTag),
    featureText(TAG_TEMPLATES.previousWithWord, previousTag, lowered),
  ];
}

/** The feature of the two tags left of a token (the same for every word: a second-order transition). */
export function tagPairFeature(secondPreviousTag: string, previousTag: string): string {
  return featureText(TAG_TEMPLATES.pair, secondPreviousTag, previousTag);
}

/** The features of a word on its own: itself, its shape and affixes, its lexicon classes. */
function wordFeatures(word: string, lw: string, lexicons: Lexicons): string[] {
  const shape = shortShape(word);
  const features = [
    'b',
    `w=${lw}`,
    `s=${shape}`,
    `ls=${longShape(word)}`,
    `x2=${lw.slice(-2)}`,
    `x3=${lw.slice(-3)}`,
    `x4=${lw.slice(-4)}`,
    `p2=${lw.slice(0, 2)}`,
    `p3=${lw.slice(0, 3)}`,
  ];
  for (const wordClass of lexicons.wordClasses.get(lw) ?? []) {
    features.push(`lc=${wordClass}`, `lcs=${wordClass}|${shape}`);
  }
  if (lexicons.orgWords.has(lw)) features.push('ow');
  if (lexicons.placeWords.has(lw)) features.push('plw');
  const clusters = lexicons.wordClusters.get(lw);
  if (clusters) {
    clusters.forEach((cluster, level) => {
      features.push(`k${level}=${cluster}`);
    });
    features.push(`ks=${clusters[0]}|${shape}`);
  }
  return features;
}

/**
 * The features of a token in its line and text (neighbours, casing, gazetteer phrases), given to a
 * sink token by token: what they read of the line is worked out once here.
 */
function contextFeatures(
  line: TokenLine,
  words: string[],
  lowered: string[],
  initial: boolean[],
  casing: Map<string, number>,
  lexicons: Lexicons,
): (i: number, sink: FeatureSink) => void {
  const shapes = words.map(shortShape);
  const compromiseMarks = matchPhrases(line.tokens, lowered, lexicons.compromisePhrases);
  const trainedMarks = matchPhrases(line.tokens, lowered, lexicons.trainedPhrases);
  const caps = lineCasing(line, initial);
  // Web text writes names in lower case ("tampa bay"): there the phrase tables are read case-blind.
  const caseBlindMarks =
    caps === 'lc' ? matchPhrases(line.tokens, lowered, lexicons.trainedPhrases, { anyCase: true }) : [];
  const at = <T>(list: T[], i: number, outside: T): T => (i >= 0 && i < list.length ? list[i] : outside);
  return (i, sink) => {
    const lw = lowered[i];
    const shape = shapes[i];
    const previous = at(lowered, i - 1, BOUNDARY);
    const next = at(lowered, i + 1, BOUNDARY);
    const previousShape = at(shapes, i - 1, BOUNDARY);
    const nextShape = at(shapes, i + 1, BOUNDARY);
    const mark = trainedMarks[i] ?? 'O';
    sink('pw', previous);
    sink('nw', next);
    sink('pw2', at(lowered, i - 2, BOUNDARY));
    sink('nw2', at(lowered, i + 2, BOUNDARY));
    sink('bg', previous, lw);
    sink('nb', lw, next);
    sink('ps', previousShape);
    sink('ns', nextShape);
    sink('pns', previousShape, shape, nextShape);
    sink('c', caps, shape);
    sink('in', initial[i] ? 1 : 0, shape);
    sink('df', casing.get(lw) ?? 0, shape, caps);
    sink('cp', compromiseMarks[i] ?? 'O');
    sink('gz', mark);
    sink('pgz', at(trainedMarks, i - 1, BOUNDARY) ?? 'O', mark);
    sink('ngz', at(trainedMarks, i + 1, BOUNDARY) ?? 'O');
    for (const [name, offset] of CLUSTER_NEIGHBOURS) {
      const cluster = lexicons.wordClusters.get(at(lowered, i + offset, BOUNDARY))?.[0];
      if (cluster !== undefined) sink(name, cluster);
    }
    if (caseBlindMarks[i]) {
      sink('gzl', caseBlindMarks[i]);
      sink('gzlw', caseBlindMarks[i], lw);
    }
    for (const [name, offset] of CLASS_NEIGHBOURS) {
      const neighbour = at(lowered, i + offset, BOUNDARY);
      for (const wordClass of lexicons.wordClasses.get(neighbour) ?? []) {
        if (NEIGHBOUR_CLASSES.has(wordClass)) sink(name, wordClass);
      }
    }
    for (let ahead = 1; ahead <= ORG_WORD_AHEAD.length && i + ahead < words.length; ahead++) {
      if (!PATTERNS.upper.test(words[i + ahead][0])) break;
      if (lexicons.orgWords.has(lowered[i + ahead])) sink(ORG_WORD_AHEAD[ahead - 1]);
    }
  };
}

/**
 * How the line is cased: "AC" mostly ALL CAPS (a headline, a results table), "lc" written in lower
 * case (no capital past a sentence's first word but "I": web text), "mc" mixed as news is.
 */
function lineCasing(line: TokenLine, initial: boolean[]): 'AC' | 'lc' | 'mc' {
  if (line.isAllCaps) return 'AC';
  let cased = 0;
  for (let i = 0; i < line.tokens.length; i++) {
    const word = line.words[i];
    if (!PATTERNS.letter.test(word)) continue;
    cased++;
    if (!initial[i] && word !== 'I' && PATTERNS.upper.test(word[0])) return 'mc';
  }
  return cased >= MIN_WORDS_FOR_LOWER_CASE_LINE ? 'lc' : 'mc';
}

/** The word with news typography replaced by CoNLL's ASCII ("’s" → "'s", "—" → "--"). */
function asAscii(word: string): string {
  return word
    .replace(PATTERNS.doubleQuotes, '"')
    .replace(PATTERNS.singleQuotes, "'")
    .replace(PATTERNS.dashes, '--')
    .replace(PATTERNS.ellipsis, '...');
}

/** A token starts a sentence when it opens the line or follows . ! ? (and maybe an opening quote). */
function sentenceInitialFlags(line: TokenLine): boolean[] {
  const tokens = line.tokens;
  return tokens.map((_, i) => {
    let j = i - 1;
    while (j >= 0 && PATTERNS.openingQuote.test(tokens[j].text)) j--;
    return j < 0 || PATTERNS.sentenceEnd.test(tokens[j].text);
  });
}

/** For each lowercased word, the casings it has where casing is informative. */
function casingElsewhere(lines: TokenLine[], lowered: string[][], initial: boolean[][]): Map<string, number> {
  const casing = new Map<string, number>();
  lines.forEach((line, l) => {
    if (line.isAllCaps) return;
    line.tokens.forEach((token, i) => {
      if (initial[l][i] || !PATTERNS.letter.test(token.text)) return;
      const bit = !PATTERNS.lower.test(token.text)
        ? CASE_BITS.upper
        : PATTERNS.upper.test(token.text[0])
          ? CASE_BITS.title
          : CASE_BITS.lower;
      casing.set(lowered[l][i], (casing.get(lowered[l][i]) ?? 0) | bit);
    });
  });
  return casing;
}

/** The word's character classes with runs collapsed: "McDonald" → "XxXx", "G7" → "Xd". */
export function shortShape(word: string): string {
  let shape = '';
  let last = '';
  for (const char of word) {
    const kind = charKind(char);
    if (kind !== last) shape += kind;
    last = kind;
  }
  return shape;
}

/** The word's character classes, runs cut at four: "1996-08-30" → "dddd-dd-dd". */
function longShape(word: string): string {
  let shape = '';
  let last = '';
  let run = 0;
  for (const char of word) {
    const kind = charKind(char);
    run = kind === last ? run + 1 : 1;
    if (run <= 4) shape += kind;
    last = kind;
  }
  return shape;
}

function charKind(char: string): string {
  if (PATTERNS.upper.test(char)) return 'X';
  if (PATTERNS.lower.test(char)) return 'x';
  if (PATTERNS.digit.test(char)) return 'd';
  return char;
}
