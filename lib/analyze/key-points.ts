/**
 * The sentences that carry a story. Each readable sentence gets features (its position, being the
 * first, the salience of the entities it names, how central its words are to the whole text, the
 * length of its core, up to a line's 30 words, being a question, coming before the first question);
 * a weighted sum of them scores it, with weights learned against human summaries (scripts/train-key-points.ts, measured by
 * `npm run eval -- --only keypoints`). The best are picked greedily, redundant ones passed over, and
 * returned in story order: 3–5 whole sentences (`keyPoints`), and at most three one-line cores of
 * sentences (`shortPoints`, see sentence-core.ts).
 */
import type { Entity, Quote, TextSpan } from '../analysis';
import LEARNED_WEIGHTS from './key-point-weights.json';
import { MAX_CORE_WORDS, roughCore, sentenceCore, wordCount } from './sentence-core';
import { splitSentences } from './sentences';

export interface KeyPointContext {
  entities: Entity[];
  quotes: Quote[];
  /** Offset where the story proper starts (after a dateline prefix). */
  bodyStart: number;
}

/**
 * What the score reads of a sentence. Two read the shape of a story told in questions and answers
 * (an interview): being a question, whose words name the topic ("do you still think there is a
 * future to the peace process?"), and coming before the first question, where an interview
 * introduces whom it asks and about what. A story with no question has the second everywhere, so
 * only the weights learned from stories with questions move its choice. Others were tried (a
 * paragraph's first sentence, naming the most salient entity, an attributed quote, time words, a
 * leading pronoun, first person, a sentence in an answer or in a question's paragraph, the
 * paragraph's place, the first paragraph): with them the learned weights did no better on held-out
 * documents, so they are not read.
 */
export const FEATURES = ['position', 'lead', 'entities', 'centrality', 'length', 'question', 'intro'] as const;

export type Feature = (typeof FEATURES)[number];
export type KeyPointWeights = Record<Feature, number>;

/** A readable sentence of the story, with what the score reads of it. */
export interface KeyPointCandidate {
  span: TextSpan;
  /** Its place among the story's sentences. */
  index: number;
  features: KeyPointWeights;
  words: Set<string>;
}

/** What a chosen sentence gives as a point (itself, or its core), or null when it has none to give. */
export type PointOf = (candidate: KeyPointCandidate) => string | null;

export const KEY_POINT_WEIGHTS: KeyPointWeights = LEARNED_WEIGHTS;

/** How many key points: about one per six sentences of story, within the contract's 3–5. */
const MIN_POINTS = 3;
const MAX_POINTS = 5;
const SENTENCES_PER_POINT = 6;

/** The popup's first screen holds at most this many one-line points. */
export const MAX_SHORT_POINTS = 3;

/**
 * Sentences shorter than this are headings or fragments; longer ones are hard to read whole as a
 * point (a short point takes their core instead).
 */
const MIN_WORDS = 8;
const MAX_WORDS = 60;

/** Two sentences sharing more than this fraction of their content words say the same thing. */
const MAX_OVERLAP = 0.5;

const PATTERNS = {
  /** Calls to action and site furniture that end many stories, never news. */
  boilerplate: /^(follow|subscribe|sign up|click|read more|download|share this|related:|advertisement|copyright|©)/i,
  word: /[\p{L}\p{N}]+/gu,
  /** A sentence that asks: its last mark, before any closing quote or bracket, is a question mark. */
  question: /\?["”’)]*$/,
};

/** Short words that carry no content: left out when comparing sentences. */
const STOP_WORDS = new Set(
  'a an the and or but of to in on at for by with from as is was were are be been has have had it its this that which who he she they we you i not also their his her our than then there said says'.split(
    ' ',
  ),
);

/** Both kinds of points, from one reading of the story's sentences (what the analysis shows). */
export function choosePoints(text: string, context: KeyPointContext): { keyPoints: string[]; shortPoints: string[] } {
  const candidates = keyPointCandidates(text, context);
  return { keyPoints: wholeSentencePoints(candidates), shortPoints: corePoints(candidates) };
}

/** 3–5 whole sentences that carry the story, in story order (the contract's `keyPoints`). */
export function chooseKeyPoints(text: string, context: KeyPointContext): string[] {
  return wholeSentencePoints(keyPointCandidates(text, context));
}

/** At most three one-line cores of the sentences that carry the story, in story order. */
export function chooseShortPoints(text: string, context: KeyPointContext): string[] {
  return corePoints(keyPointCandidates(text, context));
}

function wholeSentencePoints(candidates: KeyPointCandidate[]): string[] {
  const sentences = candidates.length === 0 ? 0 : candidates[candidates.length - 1].index + 1;
  const wanted = Math.min(MAX_POINTS, Math.max(MIN_POINTS, Math.round(sentences / SENTENCES_PER_POINT)));
  const whole: PointOf = (c) => (wordCount(c.span.text) <= MAX_WORDS ? c.span.text : null);
  return pickPoints(candidates, KEY_POINT_WEIGHTS, wanted, whole);
}

function corePoints(candidates: KeyPointCandidate[]): string[] {
  const core: PointOf = (c) => sentenceCore(c.span.text);
  return pickPoints(candidates, KEY_POINT_WEIGHTS, MAX_SHORT_POINTS, core);
}

/** Every sentence that could be a point, with its features. */
export function keyPointCandidates(text: string, context: KeyPointContext): KeyPointCandidate[] {
  const sentences = splitSentences(text)
    .filter((s) => s.end > context.bodyStart)
    .map((s, index) => {
      const span = trimToBody(s, context.bodyStart, text);
      return { span, index, words: contentWords(span.text) };
    });
  const centroid = wordFrequencies(sentences);
  const firstQuestion = sentences.find(({ span }) => PATTERNS.question.test(span.text))?.index ?? sentences.length;
  const story = { ...context, centroid, commonest: commonestCount(centroid), firstQuestion };
  return sentences
    .filter(({ span }) => isReadableSentence(span.text) && !cutsQuote(span, context.quotes))
    .filter(({ span }) => !hidesSpeaker(span, context.quotes))
    .map((sentence) => describe(sentence, story));
}

/** A sentence of the story, its place among them and its content words (found once, read twice). */
interface StorySentence {
  span: TextSpan;
  index: number;
  words: Set<string>;
}

/**
 * Best-scoring first, skipping any sentence that repeats one already chosen or has no point to give;
 * then story order. `pointOf` is asked only of the sentences reached, so a costly core (compromise's
 * tagger) is made for a few sentences, not for the whole story.
 */
export function pickPoints(
  candidates: KeyPointCandidate[],
  weights: KeyPointWeights,
  wanted: number,
  pointOf: PointOf,
): string[] {
  const scored = candidates.map((candidate) => ({ candidate, score: scoreOf(candidate.features, weights) }));
  const chosen: Array<{ candidate: KeyPointCandidate; point: string }> = [];
  for (const { candidate } of scored.sort((a, b) => b.score - a.score)) {
    if (chosen.length === wanted) break;
    if (chosen.some((c) => overlapRatio(c.candidate.words, candidate.words) > MAX_OVERLAP)) continue;
    const point = pointOf(candidate);
    if (point !== null) chosen.push({ candidate, point });
  }
  return chosen.sort((a, b) => a.candidate.index - b.candidate.index).map((c) => c.point);
}

function scoreOf(features: KeyPointWeights, weights: KeyPointWeights): number {
  return FEATURES.reduce((sum, feature) => sum + weights[feature] * features[feature], 0);
}

function trimToBody(span: TextSpan, bodyStart: number, text: string): TextSpan {
  if (span.start >= bodyStart) return span;
  return { start: bodyStart, end: span.end, text: text.slice(bodyStart, span.end) };
}

function isReadableSentence(sentence: string): boolean {
  const words = sentence.match(PATTERNS.word)?.length ?? 0;
  return words >= MIN_WORDS && /[.!?…]["”’)]*$/.test(sentence) && !PATTERNS.boilerplate.test(sentence);
}

/**
 * A sentence that begins or ends inside a quotation is half of it, with one mark and not the
 * other ("… it's in the tens of thousands," Mr Obama said.", seen on a BBC page): not a point.
 */
function cutsQuote(span: TextSpan, quotes: Quote[]): boolean {
  const inside = (at: number, quote: Quote) => quote.start < at && at < quote.end;
  return quotes.some((quote) => inside(span.start, quote) || inside(span.end, quote));
}

interface StoryContext extends KeyPointContext {
  centroid: Map<string, number>;
  /** How many other sentences repeat the story's commonest content word (at least 1). */
  commonest: number;
  /** The place of the story's first question among its sentences (their number when it asks none). */
  firstQuestion: number;
}

function describe({ span, index, words }: StorySentence, context: StoryContext): KeyPointCandidate {
  const features: KeyPointWeights = {
    position: 1 / (1 + 0.3 * index),
    lead: index === 0 ? 1 : 0,
    entities: salienceNamedIn(span, context.entities),
    centrality: centrality(words, context),
    length: wordCount(roughCore(span.text) ?? '') / MAX_CORE_WORDS,
    question: PATTERNS.question.test(span.text) ? 1 : 0,
    intro: index < context.firstQuestion ? 1 : 0,
  };
  return { span, index, features, words };
}

/** The salience of the distinct entities a sentence names, capped at 1. */
function salienceNamedIn(span: TextSpan, entities: Entity[]): number {
  let total = 0;
  for (const entity of entities) {
    if (entity.mentions.some((m) => m.start >= span.start && m.end <= span.end)) total += entity.salience;
  }
  return Math.min(1, total);
}

/** In how many sentences each content word appears: the story's centre of gravity. */
function wordFrequencies(sentences: StorySentence[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { words } of sentences) {
    for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return counts;
}

/**
 * How much a sentence speaks of what the whole story speaks of: the mean share of the story's
 * sentences that repeat each of its content words (itself left out), scaled so the commonest word
 * of the story counts 1.
 */
function centrality(words: Set<string>, { centroid, commonest }: StoryContext): number {
  if (words.size === 0) return 0;
  let total = 0;
  for (const word of words) total += Math.log1p((centroid.get(word) ?? 1) - 1) / Math.log1p(commonest);
  return total / words.size;
}

/** Once per story, in a loop: a spread of a long story's whole vocabulary into Math.max can overflow the stack. */
function commonestCount(centroid: Map<string, number>): number {
  let most = 1;
  for (const count of centroid.values()) most = Math.max(most, count - 1);
  return most;
}

function directQuotesIn(span: TextSpan, quotes: Quote[]): Quote[] {
  return quotes.filter((q) => q.kind === 'direct' && overlaps(q, span));
}

/**
 * A quoted sentence is a key point only with its speaker in it: "“We are waiting,” Zelensky said",
 * not the bare quote, which leaves the reader asking who.
 */
function hidesSpeaker(span: TextSpan, quotes: Quote[]): boolean {
  return directQuotesIn(span, quotes).some((quote) => !namesSpeakerWithin(quote, span));
}

/** The quote's speaker is named inside the sentence. */
function namesSpeakerWithin(quote: Quote, span: TextSpan): boolean {
  const mention = quote.speakerMention;
  return quote.speaker !== null && mention !== undefined && mention.start >= span.start && mention.end <= span.end;
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

function contentWords(sentence: string): Set<string> {
  const words = sentence.toLowerCase().match(PATTERNS.word) ?? [];
  return new Set(words.filter((w) => !STOP_WORDS.has(w)));
}

function overlapRatio(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  return shared / Math.max(1, Math.min(a.size, b.size));
}
