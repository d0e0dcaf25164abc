/**
 * Two names the tagger ran together over "and" or "or": "Kroger and Costco", "Roscosmos and
 * NASA", "Google or Facebook" (seen on Seattle Times, Yahoo and New York Times pages, each as
 * one organization). Such a span is split where each side is a name on its own, seen alone
 * elsewhere in the text or known to the lexicons, and the whole is no name the lexicons know
 * ("Bosnia and Herzegovina", "Procter and Gamble" stay whole). No one's name holds an "and": a
 * person span is split wherever a capitalised name stands on each side ("Norodom Ranariddh and Hun
 * Sen", seen as one person in Reuters text).
 */
import { isKnownPhrase, isNameClass, type Lexicons } from './lexicons';
import type { TypedSpan } from './recognizer';
import { isCapitalised, loweredPhrase, type TokenLine } from './tokens';

const CONJUNCTIONS = new Set(['and', 'or']);

export function splitCoordinatedNames(spans: TypedSpan[], lines: TokenLine[], lexicons: Lexicons): TypedSpan[] {
  const alone = new Set(spans.map((span) => loweredPhrase(lines[span.line], span.first, span.last)));
  const isName = (span: TypedSpan, first: number, last: number) => {
    const phrase = loweredPhrase(lines[span.line], first, last);
    if (span.type === 'person') return isCapitalised(lines[span.line].words[first]);
    return alone.has(phrase) || isKnownPhrase(phrase, lexicons)
      || (first === last && (lexicons.wordClasses.get(phrase) ?? []).some(isNameClass));
  };
  return spans.flatMap((span) => {
    const at = conjunctionIn(lines, span);
    if (at < 0 || isKnownPhrase(loweredPhrase(lines[span.line], span.first, span.last), lexicons)) return [span];
    if (!isName(span, span.first, at - 1) || !isName(span, at + 1, span.last)) return [span];
    const { tokens } = lines[span.line];
    // A title before the pair is the first name's: "Prince Norodom Ranariddh and Hun Sen".
    const { role: _role, ...untitled } = span;
    return [
      { ...span, last: at - 1, end: tokens[at - 1].end },
      { ...untitled, first: at + 1, start: tokens[at + 1].start },
    ];
  });
}

/** The index of the one "and" or "or" inside the span (not at either end); -1 when none or several. */
function conjunctionIn(lines: TokenLine[], span: TypedSpan): number {
  const { lowered } = lines[span.line];
  const found: number[] = [];
  for (let i = span.first + 1; i < span.last; i++) if (CONJUNCTIONS.has(lowered[i])) found.push(i);
  return found.length === 1 ? found[0] : -1;
}
