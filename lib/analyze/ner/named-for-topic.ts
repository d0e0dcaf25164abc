/**
 * Bodies named for what they work on: "Council on Foreign Relations", "Committee on Foreign
 * Affairs", "Commission on Human Rights". The tagger learned from wire text, where "of" joins the
 * words of a name and "on" seldom does: it ends the organization at its head word and takes the
 * topic for a name of its own (seen on a Washington Post page as the organization "Council").
 */
import { isCalendarWord } from '../calendar-words';
import type { TypedSpan } from './recognizer';
import { isCapitalised, type TokenLine } from './tokens';

/** Most capitalised words a topic may have: "Economic, Social and Cultural Rights" is rarer than this. */
const MAX_TOPIC_WORDS = 4;

/**
 * Joins each organization ending in a head word ("council", from compromise's list) to the
 * capitalised topic after its "on", and drops the topic's own span ("the Council on Monday" has none).
 */
export function joinTopicsOfBodies(spans: TypedSpan[], lines: TokenLine[], orgWords: Set<string>): TypedSpan[] {
  const absorbed = new Set<TypedSpan>();
  const joined = spans.map((span) => {
    const topicEnd = topicEndAfter(span, lines[span.line], orgWords);
    if (topicEnd < 0) return span;
    for (const other of spans) {
      if (other.line === span.line && other.first > span.last && other.last <= topicEnd) absorbed.add(other);
    }
    return { ...span, last: topicEnd, end: lines[span.line].tokens[topicEnd].end };
  });
  return joined.filter((span) => !absorbed.has(span));
}

/** The last token of the topic after an organization's "on"; -1 when there is none. */
function topicEndAfter(span: TypedSpan, { words, lowered }: TokenLine, orgWords: Set<string>): number {
  const on = span.last + 1;
  if (span.type !== 'organization' || !orgWords.has(lowered[span.last]) || lowered[on] !== 'on') return -1;
  let end = on;
  const isTopicWord = (word: string) => isCapitalised(word) && !isCalendarWord(word);
  while (end + 1 < words.length && end - on < MAX_TOPIC_WORDS && isTopicWord(words[end + 1])) end++;
  return end > on ? end : -1;
}
