/**
 * Quotes of an article body and who said each: quotation marks paired into spans (quotes/marks),
 * reporting cues found around them (quotes/cues), each cue's speaker read from the words next to it
 * (quotes/phrases, quotes/speakers, quotes/pronouns) and given to the quotes of its sentence or
 * carried over to continuation paragraphs (quotes/attribution); then a learned ranker chooses each
 * quote's speaker among the candidates around it, the rules' choice one of them (quotes/candidates,
 * quotes/ranker). Regexes over the text and the entities' mentions; compromise runs only on the
 * few quotes whose kind the wording leaves open.
 */
import type { Entity, Quote, QuoteKind, TextSpan } from '../../analysis';
import { splitParagraphs } from '../sentences';
import { QuoteAttributor } from './attribution';
import { type Candidate, quoteCandidates } from './candidates';
import { findCues } from './cues';
import { isCrosshead } from './crossheads';
import { classifyQuote } from './kind';
import { findQuotedSpans, type QuotedSpan } from './marks';
import { isNameNotQuote } from './not-quotes';
import { firstAtOrAfter } from './offsets';
import { bestCandidate, SPEAKER_MODEL, type SpeakerModel } from './ranker';
import { ALL_SPEAKER_RULES, type RuleSet } from './rules';
import { indexMentions } from './speakers';

/** The quoted spans of a text with their kinds and the candidates for each one's speaker. */
export interface QuoteReading {
  quoted: QuotedSpan[];
  kinds: QuoteKind[];
  candidates: Candidate[][];
}

export function findQuotes(text: string, entities: Entity[], model: SpeakerModel = SPEAKER_MODEL): Quote[] {
  return chooseSpeakers(text, readQuotes(text, entities), model);
}

/** The quotes of a reading of `text`, each spoken by the candidate `model` scores highest. */
export function chooseSpeakers(text: string, reading: QuoteReading, model: SpeakerModel): Quote[] {
  const { quoted, kinds, candidates } = reading;
  return quoted.map((span, i) => {
    const chosen = bestCandidate(candidates[i], model);
    const speaker = chosen?.speaker ?? null;
    const quote: Quote = {
      id: `q${i + 1}`,
      start: span.start,
      end: span.end,
      text: text.slice(span.start, span.end),
      kind: kinds[i],
      speakerId: speaker?.id ?? null,
      speaker: speaker?.name ?? null,
    };
    if (speaker && chosen?.cue) quote.cue = chosen.cue;
    if (speaker) quote.speakerMention = speaker.mention;
    return quote;
  });
}

/**
 * Everything before the ranker's choice: what scripts/train-speakers.ts learns from. `enabled`
 * switches attribution rules off for their ablation (quotes/rules.ts).
 */
export function readQuotes(text: string, entities: Entity[], enabled: RuleSet = ALL_SPEAKER_RULES): QuoteReading {
  const paragraphs = splitParagraphs(text);
  if (paragraphs.length === 0) return { quoted: [], kinds: [], candidates: [] };
  const quoted = findQuotedSpans(text).filter((span) => {
    const paragraph = paragraphHolding(paragraphs, span.openAt);
    return !isCrosshead(paragraph) && !isNameNotQuote(text, span, paragraph);
  });
  const cues = findCues(text, quoted, enabled);
  const kinds = quoted.map((span) => classifyQuote(text.slice(span.start, span.end), textBeforeMark(text, span)));
  const index = indexMentions(entities, text);
  const attributor = new QuoteAttributor(text, quoted, kinds, paragraphs, cues, index, enabled);
  const rules = attributor.attributeAll();
  const context = { text, quoted, kinds, paragraphs, index, attributor, rules, enabled };
  return { quoted, kinds, candidates: quoted.map((_, i) => quoteCandidates(context, i)) };
}

/**
 * The paragraph holding `at`, found by halving (a long story has hundreds of paragraphs and
 * quotes); the first where none does. Paragraphs are in text order and do not overlap, so only
 * the last one starting at or before `at` can hold it.
 */
function paragraphHolding(paragraphs: readonly TextSpan[], at: number): TextSpan {
  const last = paragraphs[firstAtOrAfter(paragraphs, at + 1, (paragraph) => paragraph.start) - 1];
  return last && at < last.end ? last : paragraphs[0];
}

/** The text of the quote's paragraph before its opening mark (the kind rules read its end). */
function textBeforeMark(text: string, span: QuotedSpan): string {
  const paragraphStart = text.lastIndexOf('\n', span.openAt) + 1;
  return text.slice(paragraphStart, span.openAt);
}
