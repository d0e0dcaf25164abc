/**
 * Who might have said a quote: every speaker the text offers near it, each with the facts a reader
 * weighs (features, as strings), for the learned ranker (quotes/ranker.ts) to choose from. The
 * candidates: the speaker the attribution rules chose (quotes/attribution.ts), the speaker of every
 * cue in the quote's paragraph and the one before (pronouns resolved), the name opening the quote's
 * sentence, every entity named there outside quotation marks, the previous quote's speaker, and
 * nobody (the writer's own words). A speaker offered several ways is one candidate with the
 * features of each.
 */
import type { QuoteKind, TextSpan } from '../../analysis';
import { ATTRIBUTION_PATTERNS, type Attribution, type CueReading, type QuoteAttributor } from './attribution';
import type { QuotedSpan } from './marks';
import { itemsWithin } from './offsets';
import { isPronoun } from './phrases';
import type { RuleSet } from './rules';
import { isOnTitleCaseLine, type MentionIndex, type Speaker } from './speakers';

export interface Candidate {
  /** Null for nobody: the quoted words are the writer's (a scare quote, a title). */
  speaker: Speaker | null;
  /** The cue that names this speaker for the quote, when one does. */
  cue: string | null;
  features: string[];
}

/** What a quote's candidates are read from: the text, its quotes and paragraphs, and the rules' answers. */
export interface CandidateContext {
  text: string;
  quoted: QuotedSpan[];
  kinds: QuoteKind[];
  paragraphs: TextSpan[];
  index: MentionIndex;
  attributor: QuoteAttributor;
  /** The rules' attribution of each quote, in the same order as `quoted`. */
  rules: Attribution[];
  /** The rules switched on (quotes/rules.ts): all of them but in an ablation. */
  enabled: RuleSet;
}

/** The context of one quote: where it stands, and the cue readings near it (its candidates' window). */
type NearQuote = CandidateContext & {
  span: QuotedSpan;
  /** Where the quote's sentence begins. */
  sentenceStart: number;
  paragraph: TextSpan;
  readings: CueReading[];
};

/** Where a cue or a name stands from its quote (a feature of each candidate). */
type Placement = 'sentence' | 'paragraph' | 'previous-paragraph';

/**
 * How far (characters) from the quote candidates are sought, beyond the paragraph bounds: farther
 * than a few news paragraphs no one speaks for a quote, and a text of one endless paragraph
 * ("Putin said “…”" 1,500 times) stays linear.
 */
const MAX_CANDIDATE_REACH = 2000;

const CANDIDATE_PATTERNS = {
  word: /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu,
  /** A sentence ending between two points of a paragraph. */
  sentenceEnd: /[.!?]["”’]?\s+["“]?\p{Lu}/u,
  colonAfter: /^\s*(?:\([^)]*\))?\s*:/,
  accordingToBefore: /according to\s+(?:the\s+)?$/i,
  possessiveAfter: /^['’]s?\b/,
  /** "by" before a name: "was asked by host Bill Maher", "a letter signed by …". */
  byBefore: /\bby\s+(?:\p{L}+\s+){0,3}$/u,
};

/** Word-count buckets of a distance: the ranker learns a weight per bucket. */
function distanceBucket(words: number): string {
  if (words <= 2) return '0-2';
  if (words <= 5) return '3-5';
  if (words <= 10) return '6-10';
  if (words <= 20) return '11-20';
  if (words <= 40) return '21-40';
  return '41+';
}

/** The most words a distance is told apart by: the last bucket starts past 40. */
const MAX_COUNTED_WORDS = 41;

/**
 * The words of `text`, counted up to MAX_COUNTED_WORDS, which no feature tells apart from more:
 * counting stops there, so a long paragraph does not make every cue's distance a full scan.
 */
function countWords(text: string): number {
  const word = CANDIDATE_PATTERNS.word;
  word.lastIndex = 0;
  let count = 0;
  while (count < MAX_COUNTED_WORDS && word.exec(text)) count++;
  word.lastIndex = 0;
  return count;
}

/** Candidates keyed by who they name: an entity's id, else the name in lower case. */
class CandidateSet {
  private readonly byKey = new Map<string, Candidate>();

  add(speaker: Speaker | null, cue: string | null, features: string[]): void {
    if (speaker && speaker.name === null) return;
    const key = speaker === null ? '' : (speaker.id ?? speaker.name!.toLowerCase());
    const known = this.byKey.get(key);
    if (!known) {
      this.byKey.set(key, { speaker, cue, features: [...new Set(features)] });
      return;
    }
    known.cue ??= cue;
    for (const feature of features) if (!known.features.includes(feature)) known.features.push(feature);
  }

  /** The candidates, each with the features of who it names (speakerFeatures). */
  list(index: MentionIndex): Candidate[] {
    const candidates = [...this.byKey.values()];
    for (const candidate of candidates)
      if (candidate.speaker) candidate.features.push(...speakerFeatures(candidate.speaker, index));
    return candidates;
  }
}

/**
 * Who a candidate is, wherever it was found: an entity's type, how prominent it is in the story
 * (its salience rank, how often it is named), or for a phrase no entity holds, its shape (one
 * word, a long run of capitalised words, lower-case words).
 */
function speakerFeatures(speaker: Speaker, index: MentionIndex): string[] {
  if (speaker.id) {
    const rank = index.rankOf.get(speaker.id) ?? -1;
    const entity = index.entities[rank];
    const named = index.timesNamed.get(speaker.id) ?? 0;
    return [
      `speaker:${entity?.type ?? 'entity'}`,
      `speaker:salience-rank:${Math.min(rank, 5)}`,
      `speaker:named:${named <= 1 ? '1' : named <= 3 ? '2-3' : named <= 8 ? '4-8' : '9+'}`,
    ];
  }
  const words = (speaker.name ?? '').split(/\s+/);
  const features = [
    `speaker:phrase:${speaker.isPerson ? 'person' : 'other'}`,
    `speaker:phrase-words:${Math.min(words.length, 5)}`,
  ];
  if (words.some((w) => /^\p{Ll}/u.test(w))) features.push('speaker:phrase:lower-case-word');
  if (speaker.plural) features.push('speaker:plural');
  return features;
}

/** The candidates of quote `i`: nobody first, then the rules' choice, then the others. */
export function quoteCandidates(whole: CandidateContext, i: number): Candidate[] {
  const { text, quoted, kinds, paragraphs, attributor, rules, enabled } = whole;
  const span = quoted[i];
  const rule = rules[i];
  const paragraphIndex = attributor.paragraphIndexAt(span.openAt);
  const paragraph = paragraphs[paragraphIndex];
  const previousParagraph = paragraphIndex > 0 ? paragraphs[paragraphIndex - 1] : null;
  const sentenceStart = attributor.sentenceStartBefore(span.openAt);
  const opensParagraph = ATTRIBUTION_PATTERNS.onlyPunctuation.test(text.slice(paragraph.start, span.openAt));
  const opensSentence = ATTRIBUTION_PATTERNS.onlyPunctuation.test(text.slice(sentenceStart, span.openAt));
  const quoteContext = [
    `kind:${kinds[i]}`,
    opensParagraph ? 'opens-paragraph' : opensSentence ? 'opens-sentence' : 'inside-sentence',
  ];
  const set = new CandidateSet();
  const window = {
    start: Math.max(previousParagraph?.start ?? paragraph.start, span.openAt - MAX_CANDIDATE_REACH),
    end: Math.min(paragraph.end, span.closeEnd + MAX_CANDIDATE_REACH),
  };
  const readings = itemsWithin(attributor.readings, window, (r) => r.cue.start);
  const context: NearQuote = { ...whole, span, sentenceStart, paragraph, readings };

  set.add(null, null, nobodyFeatures(context, i, quoteContext));
  if (rule.speaker)
    set.add(rule.speaker, rule.cue, ['rule', `rule:${rule.via}`, ...quoteContext.map((c) => `rule|${c}`)]);

  if (enabled.has('cue-candidates')) addCueCandidates(set, context, i);
  const subject = opensSentence || !enabled.has('subject-candidate') ? null : attributor.subjectOfSentence(span.openAt);
  if (subject) set.add(subject, null, subjectFeatures(context, subject));
  if (enabled.has('entity-candidates')) addEntityCandidates(set, context, window);
  if (enabled.has('previous-quote-candidate')) addPreviousSpeaker(set, context, i, paragraphIndex, quoteContext);

  return set.list(context.index);
}

/**
 * Where a cue or a name starting at `at` stands from the quote. Before the quote, in its sentence
 * from the sentence's start; after it, until a sentence ends between them or, for a cue, the next
 * quote opens (`sentenceLimit`: a cue past it is that quote's). Else in the quote's paragraph, or
 * the one before.
 */
function placeOf(context: NearQuote, at: number, sentenceLimit = Infinity): Placement {
  const { text, span, sentenceStart, paragraph } = context;
  const inSentence =
    at < span.openAt
      ? at >= sentenceStart
      : at >= paragraph.start &&
        at < sentenceLimit &&
        !CANDIDATE_PATTERNS.sentenceEnd.test(text.slice(span.closeEnd, at));
  if (inSentence) return 'sentence';
  return at >= paragraph.start ? 'paragraph' : 'previous-paragraph';
}

/**
 * The case for nobody: a short quote inside a sentence, capitalised as a title, with no cue near
 * it and no speaker the rules could find, is more likely the writer's scare quote or a title.
 */
function nobodyFeatures(context: NearQuote, i: number, quoteContext: string[]): string[] {
  const { text, span, sentenceStart, paragraph } = context;
  const rule = context.rules[i];
  const inSentence = context.readings.filter((r) => r.cue.start >= sentenceStart && r.cue.start < paragraph.end);
  const speechCues = inSentence.filter((r) => r.cue.form !== 'characterising').length;
  const framed = inSentence.some((r) => r.cue.form === 'characterising' && r.cue.end <= span.openAt);
  const colon = /:\s*$/.test(text.slice(sentenceStart, span.openAt));
  const words = text.slice(span.start, span.end).match(CANDIDATE_PATTERNS.word) ?? [];
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  const length = words.length <= 2 ? '1-2' : words.length <= 5 ? '3-5' : words.length <= 12 ? '6-12' : '13+';
  const ruleVia = rule.speaker ? rule.via : 'none';
  return [
    'nobody',
    ...quoteContext.map((c) => `nobody|${c}`),
    `nobody|rule:${ruleVia}`,
    `nobody|rule:${ruleVia}|${quoteContext[0]}`,
    `nobody|cues:${Math.min(speechCues, 2)}`,
    `nobody|words:${length}`,
    `nobody|words:${length}|cues:${Math.min(speechCues, 1)}`,
    ...(words.length > 0 && capitalised === words.length ? ['nobody|title-case'] : []),
    ...(framed ? ['nobody|characterising-cue-before'] : []),
    ...(colon ? ['nobody|colon-before'] : []),
  ];
}

/** The speaker of every cue near the quote, with the cue's form, verb, side and distance. */
function addCueCandidates(set: CandidateSet, context: NearQuote, i: number): void {
  const { text, quoted, span } = context;
  const readings = context.readings.filter((r) => r.speaker?.name);
  const nextOpen = quoted[i + 1]?.openAt ?? Infinity;
  let nearestBefore = true;
  const before = readings.filter((r) => r.cue.end <= span.openAt).reverse();
  const after = readings.filter((r) => r.cue.start >= span.closeEnd);
  for (const reading of before) {
    const where = placeOf(context, reading.cue.start);
    const words = countWords(text.slice(reading.cue.end, span.openAt));
    set.add(reading.speaker, reading.cue.text, cueFeatures(reading, 'before', where, words, nearestBefore));
    nearestBefore = false;
  }
  let nearestAfter = true;
  for (const reading of after) {
    const where = placeOf(context, reading.cue.start, nextOpen);
    const words = countWords(text.slice(span.closeEnd, reading.cue.start));
    set.add(reading.speaker, reading.cue.text, cueFeatures(reading, 'after', where, words, nearestAfter));
    nearestAfter = false;
  }
}

function cueFeatures(reading: CueReading, side: string, where: Placement, words: number, nearest: boolean): string[] {
  const { cue, speaker } = reading;
  const form = `cue:${cue.form}`;
  const verb = cue.text.split(' ')[0];
  const features = [
    form,
    `${form}:${side}:${where}`,
    `${form}:${side}:${distanceBucket(words)}`,
    `cue-verb:${verb}:${side}`,
    `cue:${side}:${where}:${nearest ? 'nearest' : 'farther'}`,
  ];
  if (ATTRIBUTION_PATTERNS.participle.test(verb)) features.push(`cue:participle:${side}:${where}`);
  if (speaker && isPronounMention(speaker)) features.push(`cue:pronoun:${where}`);
  if (speaker && !speaker.id) features.push(`cue:no-entity:${speaker.isPerson ? 'person' : 'other'}`);
  if (speaker?.plural) features.push('cue:plural');
  return features;
}

function isPronounMention(speaker: Speaker): boolean {
  return !/\s/.test(speaker.mention.text) && isPronoun({ ...speaker.mention, isWord: true });
}

function subjectFeatures(context: NearQuote, subject: Speaker): string[] {
  const { sentenceStart, span } = context;
  const participle = context.readings.some(
    (r) => r.cue.start >= sentenceStart && r.cue.end <= span.openAt && ATTRIBUTION_PATTERNS.participle.test(r.cue.text),
  );
  return [
    'subject',
    `subject:${subject.isPerson ? 'person' : 'other'}`,
    `subject:${subject.id ? 'entity' : 'no-entity'}`,
    ...(participle ? ['subject|participle-cue'] : []),
  ];
}

/** Every person, organization or place the window names outside quotation marks. */
function addEntityCandidates(set: CandidateSet, context: NearQuote, window: { start: number; end: number }): void {
  const { text, index, attributor, span } = context;
  const mentions = itemsWithin(index.mentions, window, (m) => m.start).filter(
    (m) => m.end <= window.end && attributor.quoteAt(m.start) === null,
  );
  const before = mentions.filter((m) => m.end <= span.openAt).reverse();
  const after = mentions.filter((m) => m.start >= span.closeEnd);
  const seen = new Set<string>();
  const visit = (m: (typeof mentions)[number], side: 'before' | 'after', rank: number) => {
    seen.add(`${m.entity.id}:${side}`);
    const where = placeOf(context, m.start);
    const words = countWords(side === 'before' ? text.slice(m.end, span.openAt) : text.slice(span.closeEnd, m.start));
    const speaker: Speaker = {
      name: m.entity.name,
      id: m.entity.id,
      mention: { start: m.start, end: m.end, text: text.slice(m.start, m.end) },
      isPerson: m.entity.type === 'person',
      plural: false,
    };
    const type = `entity:${m.entity.type}`;
    const features = [
      type,
      `${type}:${side}:${where}`,
      `entity:${side}:${distanceBucket(words)}`,
      `entity:${side}:rank:${Math.min(rank, 3)}`,
      ...mentionContext(context, m),
    ];
    set.add(speaker, null, features);
  };
  let rank = 0;
  for (const m of before) if (!seen.has(`${m.entity.id}:before`)) visit(m, 'before', rank++);
  rank = 0;
  for (const m of after) if (!seen.has(`${m.entity.id}:after`)) visit(m, 'after', rank++);
}

/** What stands around one mention: a cue right after it, a colon, "according to", a possessive, a headline line. */
function mentionContext(context: NearQuote, m: { start: number; end: number }): string[] {
  const { text, attributor, sentenceStart } = context;
  const features: string[] = [];
  const after = text.slice(m.end, m.end + 40);
  const cueAfter = context.readings.find((r) => r.cue.start >= m.end && r.cue.start - m.end <= 30);
  if (cueAfter && countWords(text.slice(m.end, cueAfter.cue.start)) <= 3)
    features.push(`mention:cue-after:${cueAfter.cue.form}`);
  const cueBefore = context.readings.find((r) => r.cue.end <= m.start && m.start - r.cue.end <= 20);
  if (cueBefore && countWords(text.slice(cueBefore.cue.end, m.start)) <= 2)
    // The one told ("told Reuters") is spoken to: no cue of theirs, a feature the ranker has no weight for.
    features.push(
      ATTRIBUTION_PATTERNS.listenerAfter.test(cueBefore.cue.text)
        ? 'mention:listener'
        : `mention:cue-before:${cueBefore.cue.form}`,
    );
  if (CANDIDATE_PATTERNS.colonAfter.test(after)) features.push('mention:colon-after');
  if (CANDIDATE_PATTERNS.possessiveAfter.test(after)) features.push('mention:possessive');
  const before = text.slice(Math.max(0, m.start - 40), m.start);
  if (CANDIDATE_PATTERNS.accordingToBefore.test(before)) features.push('mention:according-to');
  if (CANDIDATE_PATTERNS.byBefore.test(before)) features.push('mention:by');
  const mentionSentence = attributor.sentenceStartBefore(m.start);
  if (countWords(text.slice(mentionSentence, m.start)) <= 1) features.push('mention:opens-sentence');
  if (mentionSentence === sentenceStart) features.push('mention:quote-sentence');
  if (isOnTitleCaseLine(text, m.start, context.index)) features.push('mention:headline-line');
  return features;
}

/** The previous quote's speaker (as the rules read it), by how far back that quote stands. */
function addPreviousSpeaker(
  set: CandidateSet,
  context: CandidateContext,
  i: number,
  here: number,
  quoteContext: string[],
): void {
  if (i === 0) return;
  const { quoted, rules, attributor } = context;
  const previous = rules[i - 1];
  if (!previous.speaker) return;
  const previousParagraph = attributor.paragraphIndexAt(quoted[i - 1].openAt);
  const where = previousParagraph === here ? 'same' : previousParagraph === here - 1 ? 'previous' : 'earlier';
  set.add(previous.speaker, previous.cue, [
    `previous-quote:${where}`,
    ...quoteContext.map((c) => `previous-quote:${where}|${c}`),
  ]);
}
