/**
 * Greedy left-to-right BIO tagging of each line with the linear model, and the name spans the
 * tags mark. The classes are CoNLL's: PER, LOC, ORG and MISC (MISC is learned so that names of
 * events, nationalities and products are not taken for the others, and is dropped afterwards).
 */
import { staticFeaturesAt, tagFeatures, type PreparedLine } from './features';
import type { TagHistory } from './history';
import type { Token } from './tokens';

export const OUTSIDE = 'O';

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
  /** Adds the scores of a word's own features (the same wherever the word stands: cacheable). */
  addWordScores(word: string, features: string[], scores: Float32Array): void;
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
 * The best allowed label index for the scores, given the previous tag and the token: BIO order,
 * no punctuation inside names, and only the words `WORDS_ALLOWED` gives each kind of name.
 */
export function bestAllowed(labels: string[], scores: Float32Array, previousTag: string, token: string): number {
  if (PATTERNS.neverInName.test(token)) return labels.indexOf(OUTSIDE);
  let best = -1;
  for (let k = 0; k < labels.length; k++) {
    if (!isAllowedAfter(previousTag, labels[k]) || WORDS_ALLOWED[labels[k]]?.test(token) === false) continue;
    if (best < 0 || scores[k] > scores[best]) best = k;
  }
  return best;
}

/** Tags every token of a line, left to right, and adds the decisions to the text's history. */
export function decodeLine(prepared: PreparedLine, labels: string[], score: Scorer, history: TagHistory): string[] {
  const tags: string[] = [];
  const scores = new Float32Array(labels.length);
  for (let i = 0; i < prepared.words.length; i++) {
    scores.fill(0);
    score.addWordScores(prepared.words[i], prepared.wordFeatures[i], scores);
    score.addScores(prepared.contextFeatures[i], scores);
    score.addScores(decodingFeaturesAt(prepared, i, tags, history), scores);
    const token = prepared.line.tokens[i].text;
    tags.push(labels[bestAllowed(labels, scores, i > 0 ? tags[i - 1] : OUTSIDE, token)]);
  }
  history.record(prepared, tags);
  return tags;
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
