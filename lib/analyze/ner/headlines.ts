/**
 * Names glued to the words of a headline. A Title Case line ("Conservative Icon Morton Blackwell
 * Endorses Ted Cruz", a live blog's "Chris Christie Says He Would Issue A Quarantine") capitalises
 * every word, so the tagger may read a verb or a noun of it as part of a name. Such a span is no
 * one's full name: it must not name the entity whose surname the body repeats.
 */
import type { TokenLine } from './tokens';

/** Small words a Title Case headline may leave in lower case. */
const HEADLINE_SMALL_WORDS = new Set([
  'a',
  'an',
  'the',
  'and',
  'or',
  'but',
  'nor',
  'of',
  'to',
  'in',
  'on',
  'at',
  'by',
  'for',
  'with',
  'from',
  'as',
  'vs',
  'via',
]);

/** Fewest words of a line, small words aside, for it to count as a Title Case headline. */
const MIN_HEADLINE_WORDS = 4;
/** Fewest words of a glued name: a name and one headline word ("Lindsey Graham Endorsement"). */
const MIN_GLUED_WORDS = 3;

const PATTERNS = {
  startsWithLetter: /^\p{L}/u,
  capitalised: /^\p{Lu}/u,
  lowerCaseWord: /^\p{Ll}[\p{L}'’-]*$/u,
};

/** Is every word of the line, but the small ones, capitalised, as headlines write them? */
export function isTitleCaseLine(line: TokenLine): boolean {
  const words = line.words.filter(
    (word) => PATTERNS.startsWithLetter.test(word) && !HEADLINE_SMALL_WORDS.has(word.toLowerCase()),
  );
  return words.length >= MIN_HEADLINE_WORDS && words.every((word) => PATTERNS.capitalised.test(word));
}

/** The words the text writes in lower case, lowered: a capitalised one of them is no name word. */
export function lowerCaseWords(lines: TokenLine[]): Set<string> {
  return new Set(lines.flatMap((line) => line.words.filter((word) => PATTERNS.lowerCaseWord.test(word))));
}

/**
 * Is the name, found on a Title Case line, glued to headline words: three words or more, one of
 * which the text also writes in lower case ("Endorses", "Address", "Is")?
 */
export function isGluedToHeadline(name: string, line: TokenLine, lowerCase: Set<string>): boolean {
  const words = name.split(/\s+/);
  return (
    words.length >= MIN_GLUED_WORDS && isTitleCaseLine(line) && words.some((word) => lowerCase.has(word.toLowerCase()))
  );
}
