/**
 * Quotes of an article body and who said each: quotation marks paired into spans (quotes/marks),
 * reporting cues found around them (quotes/cues), each cue's speaker read from the words next to it
 * (quotes/phrases, quotes/speakers, quotes/pronouns) and given to the quotes of its sentence or
 * carried over to continuation paragraphs (quotes/attribution). Regexes over the text and the
 * entities' mentions; compromise runs only on the few quotes whose kind the wording leaves open.
 */
import type { Entity, Quote } from '../../analysis';
import { splitParagraphs } from '../sentences';
import { QuoteAttributor } from './attribution';
import { findCues } from './cues';
import { isCrosshead } from './crossheads';
import { classifyQuote } from './kind';
import { findQuotedSpans, type QuotedSpan } from './marks';
import { isNameNotQuote } from './not-quotes';
import { indexMentions } from './speakers';

export function findQuotes(text: string, entities: Entity[]): Quote[] {
  const paragraphs = splitParagraphs(text);
  if (paragraphs.length === 0) return [];
  const quoted = findQuotedSpans(text).filter((span) => {
    const paragraph = paragraphs.find((p) => p.start <= span.openAt && span.openAt < p.end) ?? paragraphs[0];
    return !isCrosshead(paragraph) && !isNameNotQuote(text, span, paragraph);
  });
  const cues = findCues(text, quoted);
  const words = quoted.map((span) => text.slice(span.start, span.end));
  const kinds = quoted.map((span, i) => classifyQuote(words[i], textBeforeMark(text, span)));
  const attributions = new QuoteAttributor(
    text,
    quoted,
    kinds,
    paragraphs,
    cues,
    indexMentions(entities, text),
  ).attributeAll();
  return quoted.map((span, i) => {
    const { speaker, cue } = attributions[i];
    const quote: Quote = {
      id: `q${i + 1}`,
      start: span.start,
      end: span.end,
      text: words[i],
      kind: kinds[i],
      speakerId: speaker?.id ?? null,
      speaker: speaker?.name ?? null,
    };
    if (cue) quote.cue = cue;
    if (speaker) quote.speakerMention = speaker.mention;
    return quote;
  });
}

/** The text of the quote's paragraph before its opening mark (the kind rules read its end). */
function textBeforeMark(text: string, span: QuotedSpan): string {
  const paragraphStart = text.lastIndexOf('\n', span.openAt) + 1;
  return text.slice(paragraphStart, span.openAt);
}
