/**
 * Headlines in the body. A Title Case line ("Conservative Icon Morton Blackwell Endorses Ted Cruz",
 * a live blog's "Chris Christie Says He Would Issue A Quarantine") capitalises every word, so the tagger may read a verb or a noun of it as part of a name. A name of three words
 * or more seen only on such lines may be one ("Glenn Beck Blasts Drudge"): it must not name the
 * entity whose surname the body repeats (see clustering.ts).
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

const PATTERNS = {
  startsWithLetter: /^\p{L}/u,
  capitalised: /^\p{Lu}/u,
};

/** Is every word of the line, but the small ones, capitalised, as headlines write them? */
export function isTitleCaseLine(line: TokenLine): boolean {
  return isTitleCase(line.words);
}

/** Are all of these words, but the small ones, capitalised, and are there enough of them for a headline? */
export function isTitleCase(words: string[]): boolean {
  const cased = words.filter(
    (word) => PATTERNS.startsWithLetter.test(word) && !HEADLINE_SMALL_WORDS.has(word.toLowerCase()),
  );
  return cased.length >= MIN_HEADLINE_WORDS && cased.every((word) => PATTERNS.capitalised.test(word));
}
