/**
 * The 3–5 sentences that carry a story: scored by position (news leads with the news), by the
 * salience of the entities they name (who), by time and place words (when, where) and by carrying an
 * attributed quote (the main reaction); then picked greedily with redundant sentences passed over,
 * and returned in story order.
 */
import type { Entity, Quote, TextSpan } from '../analysis';
import { splitSentences } from './sentences';

export interface KeyPointContext {
  entities: Entity[];
  quotes: Quote[];
  /** Offset where the story proper starts (after a dateline prefix). */
  bodyStart: number;
}

/** How many key points: about one per six sentences of story, within the contract's 3–5. */
const MIN_POINTS = 3;
const MAX_POINTS = 5;
const SENTENCES_PER_POINT = 6;

/** Sentences shorter than this are headings or fragments; longer ones are hard to read as a point. */
const MIN_WORDS = 8;
const MAX_WORDS = 60;

/** Two sentences sharing more than this fraction of their content words say the same thing. */
const MAX_OVERLAP = 0.5;

/** Weights of the score's parts; the lead sentence alone scores about 1. */
const WEIGHTS = { position: 1, entities: 0.8, quote: 0.35, when: 0.15, dangling: -0.4, unattributed: -0.6 };

const PATTERNS = {
  /** Calls to action and site furniture that end many stories, never news. */
  boilerplate: /^(follow|subscribe|sign up|click|read more|download|share this|related:|advertisement|copyright|©)/i,
  /** Days, months and relative dates: the "when" of a story. */
  when: /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tomorrow|january|february|march|april|may|june|july|august|september|october|november|december|last (week|month|year)|this (week|month|year))\b/i,
  word: /[\p{L}\p{N}]+/gu,
  /** A sentence that opens on a pronoun leans on the one before: it reads badly alone. */
  dangling: /^["“‘']?(he|she|they|it|this|these|those|that)\b/i,
};

/** Short words that carry no content: left out when comparing sentences. */
const STOP_WORDS = new Set(
  'a an the and or but of to in on at for by with from as is was were are be been has have had it its this that which who he she they we you i not also their his her our than then there said says'.split(
    ' ',
  ),
);

interface Candidate {
  span: TextSpan;
  index: number;
  score: number;
  words: Set<string>;
}

export function chooseKeyPoints(text: string, context: KeyPointContext): string[] {
  const sentences = splitSentences(text)
    .filter((s) => s.end > context.bodyStart)
    .map((s) => trimToBody(s, context.bodyStart, text));
  const candidates = sentences
    .map((span, index) => ({ span, index }))
    .filter(({ span }) => isReadableSentence(span.text) && !cutsQuote(span, context.quotes))
    .map(({ span, index }) => scoreSentence(span, index, context));
  const wanted = Math.min(MAX_POINTS, Math.max(MIN_POINTS, Math.round(sentences.length / SENTENCES_PER_POINT)));
  return pickDiverse(candidates, wanted)
    .sort((a, b) => a.index - b.index)
    .map((c) => c.span.text);
}

function trimToBody(span: TextSpan, bodyStart: number, text: string): TextSpan {
  if (span.start >= bodyStart) return span;
  return { start: bodyStart, end: span.end, text: text.slice(bodyStart, span.end) };
}

function isReadableSentence(sentence: string): boolean {
  const words = sentence.match(PATTERNS.word)?.length ?? 0;
  return (
    words >= MIN_WORDS && words <= MAX_WORDS && /[.!?…]["”’)]*$/.test(sentence) && !PATTERNS.boilerplate.test(sentence)
  );
}

/**
 * A sentence that begins or ends inside a quotation is half of it, with one mark and not the
 * other ("… it's in the tens of thousands," Mr Obama said.", seen on a BBC page): not a point.
 */
function cutsQuote(span: TextSpan, quotes: Quote[]): boolean {
  const inside = (at: number, quote: Quote) => quote.start < at && at < quote.end;
  return quotes.some((quote) => inside(span.start, quote) || inside(span.end, quote));
}

function scoreSentence(span: TextSpan, index: number, context: KeyPointContext): Candidate {
  const position = 1 / (1 + 0.3 * index);
  const entities = salienceNamedIn(span, context.entities);
  const quotes = context.quotes.filter((q) => q.kind === 'direct' && overlaps(q, span));
  const quote = quotes.some((q) => namesSpeakerWithin(q, span)) ? 1 : 0;
  const unattributed = quotes.length > 0 && quote === 0 ? 1 : 0;
  const when = PATTERNS.when.test(span.text) ? 1 : 0;
  const dangling = PATTERNS.dangling.test(span.text) ? 1 : 0;
  const score =
    WEIGHTS.position * position +
    WEIGHTS.entities * entities +
    WEIGHTS.quote * quote +
    WEIGHTS.when * when +
    WEIGHTS.dangling * dangling +
    WEIGHTS.unattributed * unattributed;
  return { span, index, score, words: contentWords(span.text) };
}

/** The salience of the distinct entities a sentence names, capped at 1. */
function salienceNamedIn(span: TextSpan, entities: Entity[]): number {
  let total = 0;
  for (const entity of entities) {
    if (entity.mentions.some((m) => m.start >= span.start && m.end <= span.end)) total += entity.salience;
  }
  return Math.min(1, total);
}

/**
 * A quoted sentence is a key point only with its speaker in it: "“We are waiting,” Zelensky said",
 * not the bare quote, which leaves the reader asking who.
 */
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

/** Best-scoring first, skipping any sentence that repeats one already chosen. */
function pickDiverse(candidates: Candidate[], wanted: number): Candidate[] {
  const chosen: Candidate[] = [];
  for (const candidate of [...candidates].sort((a, b) => b.score - a.score)) {
    if (chosen.length === wanted) break;
    if (chosen.every((c) => overlapRatio(c.words, candidate.words) <= MAX_OVERLAP)) chosen.push(candidate);
  }
  return chosen;
}

function overlapRatio(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  return shared / Math.max(1, Math.min(a.size, b.size));
}
