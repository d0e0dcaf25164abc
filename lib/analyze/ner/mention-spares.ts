/**
 * Mentions the mention classifier's dropping pass never drops, as data with the reason for each:
 * the classifier reads a name's words, not what the sentence does with them, and a name that
 * speaks is a name whatever its words look like.
 */
import { findCues } from '../quotes/cues';
import { ALL_SPEAKER_RULES } from '../quotes/rules';
import type { NameSpan } from './tagger';

export interface MentionSpare {
  name: string;
  reason: string;
  /** Which of the text's spans it spares: built once per text, asked once per mention. */
  sparerFor(text: string): (span: NameSpan) => boolean;
}

/** The white space between a mention and the cue that follows it on the same line. */
const SAME_LINE_GAP = /^[^\S\n]+/u;

/** A colon after the mention that opens a quotation ("McDonald: “…”"). */
const COLON_OPENING_QUOTE = /^[^\S\n]*:[^\S\n]*["“‘']/u;

function followedBySpeechVerb(text: string): (span: NameSpan) => boolean {
  const verbStarts = new Set(
    findCues(text, [], ALL_SPEAKER_RULES)
      .filter((cue) => cue.form === 'speech')
      .map((cue) => cue.start),
  );
  return (span) => {
    const gap = SAME_LINE_GAP.exec(text.slice(span.end, span.end + 8));
    return gap !== null && verbStarts.has(span.end + gap[0].length);
  };
}

function followedByQuotingColon(text: string): (span: NameSpan) => boolean {
  return (span) => COLON_OPENING_QUOTE.test(text.slice(span.end, span.end + 8));
}

export const MENTION_SPARES: MentionSpare[] = [
  {
    name: 'speaker',
    reason:
      'A name directly followed by a verb of saying (the quotes’ speech cues) or by a colon opening a quote is a speaker, whatever its words ("Philip Bump wrote", "McDonald: “…”").',
    sparerFor: (text) => {
      const beforeVerb = followedBySpeechVerb(text);
      const beforeColon = followedByQuotingColon(text);
      return (span) => beforeVerb(span) || beforeColon(span);
    },
  },
];

/** Whether a mention of `text` is spared by any of `spares`. */
export function sparedMentions(text: string, spares: MentionSpare[] = MENTION_SPARES): (span: NameSpan) => boolean {
  const sparers = spares.map((spare) => spare.sparerFor(text));
  return (span) => sparers.some((spares) => spares(span));
}
