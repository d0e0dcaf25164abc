/**
 * Quoted spans that are no one's words: names of works, shows and groups set in quotation marks
 * ("The X-Files", "Defeat Crooked Hillary PAC"), and attribute values of markup left in the text
 * (tweet-id="672139201337532417").
 */
import type { TextSpan } from '../../analysis';
import type { QuotedSpan } from './marks';

const NOT_QUOTE_PATTERNS = {
  letter: /\p{L}/u,
  attributeValue: /=\s*$/,
  word: /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu,
  capitalised: /^[\p{Lu}\d]/u,
};

/** Short words a title leaves in lower case ("A Time for Truth"). */
const TITLE_SMALL_WORDS = new Set([
  'a',
  'an',
  'the',
  'of',
  'for',
  'in',
  'on',
  'and',
  'or',
  'to',
  'at',
  'by',
  'with',
  'from',
  'as',
]);

/**
 * Whether a quoted span is a name rather than a quote: no letters, a markup attribute, or a Title
 * Case phrase in a paragraph that is not itself in Title Case (a headline capitalises quotes along
 * with everything else). Even after a cue ("said on “Fox News Sunday”") such a phrase names a show
 * or a work: on PolNeAR dev, dropping them there too raised precision more than it cost recall.
 */
export function isNameNotQuote(text: string, quote: QuotedSpan, paragraph: TextSpan): boolean {
  const words = text.slice(quote.start, quote.end);
  if (!NOT_QUOTE_PATTERNS.letter.test(words)) return true;
  if (NOT_QUOTE_PATTERNS.attributeValue.test(text.slice(Math.max(0, quote.openAt - 3), quote.openAt))) return true;
  if (!isTitleCase(words)) return false;
  const outside = text.slice(paragraph.start, quote.openAt) + text.slice(quote.closeEnd, paragraph.end);
  return !isTitleCase(outside);
}

function isTitleCase(phrase: string): boolean {
  const words = (phrase.match(NOT_QUOTE_PATTERNS.word) ?? []).filter((w) => !TITLE_SMALL_WORDS.has(w));
  return words.length > 0 && words.every((w) => NOT_QUOTE_PATTERNS.capitalised.test(w));
}
