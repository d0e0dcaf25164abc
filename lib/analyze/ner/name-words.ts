/**
 * What the words of a name may be, and where a tagged span's name really ends: the rules
 * (passes.ts) read over each span the tagger gives, whatever its class.
 */
import type { NameSpan } from './tagger';
import type { Token } from './tokens';

/**
 * A capitalised pronoun, or its contraction, opening a sentence ("We’re", "I’m", "They") is
 * never a name, whatever the tagger makes of its capital (seen on a Guardian page: "We’re" as a
 * person).
 */
const PRONOUN = /^(?:i|we|you|he|she|it|they)(?:['’](?:re|m|s|ve|ll|d))?$/i;

/** A negated auxiliary ("Don’t", "Can't", seen as a person on a blog page) is never a name either. */
const NEGATED_AUXILIARY = /n['’]t$/i;

/** A name has a capital somewhere; "mid-1990s" (seen taken for a place on a New York Times page) has none. */
const CAPITAL = /\p{Lu}/u;

/**
 * A number word alone is never a name, even opening a sentence ("Nine months ago, the president
 * …", seen taken for a person on a BBC page).
 */
const NUMBER_WORD =
  /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|dozens?|hundreds|thousands|millions)$/i;

/**
 * A measurement is never a name: "4K", "16GB", "2.3Ghz" (seen as places and organizations in a
 * console review on Engadget). Nor is a single letter, with or without its stop ("S." of "Xbox
 * One S."), a time of day ("P.M."), or a word of three digits or more ("FY2020-22", seen as a
 * person on Moneycontrol).
 */
const NOT_A_NAME =
  /^(?:\d+(?:[.,]\d+)?(?:k|g|gb|mb|kb|tb|ghz|mhz|hz|mm|cm|km|kg|mph|fps|p|w|kw|v|mah)|\p{L}\.?|[ap]\.m\.?|\S*\d\S*\d\S*\d\S*)$/iu;

/** A name holds no separator: "Today’s Paper | Subscribe" (seen as an organization on a New York Times page) is a menu. */
const SEPARATOR = /[|•·]/u;

/** A US legislator's party and state after the name ("R-W.Va.", "D-Calif."), seen as a person on a PolitiFact page. */
const PARTY_AND_STATE = /^[RDI]-\p{Lu}[\p{L}.]*$/u;

/**
 * Whether these words may be a name at all: not a pronoun, a negated auxiliary, a number word, a
 * measurement, a lone letter, a legislator's party and state or words across a separator.
 */
export function canBeName(words: string): boolean {
  return (
    !PRONOUN.test(words) &&
    !NEGATED_AUXILIARY.test(words) &&
    !NUMBER_WORD.test(words) &&
    !NOT_A_NAME.test(words) &&
    !PARTY_AND_STATE.test(words) &&
    !SEPARATOR.test(words) &&
    CAPITAL.test(words)
  );
}

/**
 * A word in lower case, contractions included ("doesn’t"): it may sit inside a name ("Bank of
 * England") but never end one.
 */
const LOWER_CASE_WORD = /^\p{Ll}+(?:['’]\p{Ll}+)*$/u;

/**
 * A score or a date ends no name either: "Pittsburgh Penguins 5-4", "West Shore 61-21" (sports
 * pages), "THE HAGUE 1996-08-30" (a wire dateline).
 */
const SCORE_OR_DATE = /^\d+(?:-\d+)+$/;

/**
 * The span without the lower-case words or scores the tagger ran on with ("Congress who remain
 * opposed", seen as the organization "Congress who"; "Whole Foods doesn’t" on a Seattle Times
 * page); null when nothing is left.
 */
export function withoutLowerCaseEnd<T extends NameSpan>(span: T, tokens: Token[]): T | null {
  let last = span.last;
  while (last >= span.first && (LOWER_CASE_WORD.test(tokens[last].text) || SCORE_OR_DATE.test(tokens[last].text)))
    last--;
  return last < span.first ? null : { ...span, last, end: tokens[last].end };
}

/** A place joined to "-based" ("Sacramento-based", "N.C.-based"): it describes the name after it. */
const LOCATED = /^\S+-based$/i;

/**
 * The span from the word after its last "-based" word ("Sacramento-based McClatchy" → "McClatchy",
 * seen as a person on a Los Angeles Times page; "Mercer Island-based Dana F. Besecker Company" on
 * a Seattle Times page); null when the span ends on it ("Hong Kong-based"), which CoNLL calls
 * MISC, no name of ours.
 */
export function withoutLocatedPrefix<T extends NameSpan>(span: T, tokens: Token[]): T | null {
  let first = span.first;
  for (let i = span.first; i <= span.last; i++) if (LOCATED.test(tokens[i].text)) first = i + 1;
  if (first === span.first) return span;
  return first > span.last ? null : { ...span, first, start: tokens[first].start };
}
