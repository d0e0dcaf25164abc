/**
 * What the rest of the document says of a mention, read by the mention classifier's first model
 * (name or no name; mention-classifier.ts). Papers and reports shorten their terms to acronyms that
 * are no names ("sea surface salinity (SSS)", "Compact Fluorescent Light (CFL)" where the document
 * also writes "compact", "fluorescent" and "light" in lower case); an organization's acronym is
 * spelt out in words that are names ("European Space Agency (ESA)"). The feature says which the
 * document shows; training decides what it is worth (docs/quality.md, branch `n-acad`).
 */
import type { TokenRun } from './mention-features';
import type { TokenLine } from './tokens';

/**
 * How the document spells out an acronym in the words before it in brackets: in common words (in
 * lower case, or capitalised words the document also writes in lower case) or in names.
 */
type Expansion = 'common-words' | 'capitalised';

/** Small words an acronym's letters skip ("Bank of England (BOE)"). */
const SKIPPED_WORDS = new Set(['of', 'and', 'the', 'for', 'in', 'on', 'a', 'an', 'to', '&', 'de', 'des', 'du']);

/** Capitals and digits, two or more, "&" allowed, and a plural's "s" ("SSS", "CFLs", "AT&T", "G7"). */
const ACRONYM = /^\p{Lu}[\p{Lu}\d&]*[\p{Lu}\d]s?$/u;
const HAS_LETTER = /\p{L}/u;
const LOWER_CASE_WORD = /^[\p{Ll}\d'’-]+$/u;
const CAPITALISED = /^\p{Lu}/u;

/** Each document's spelt-out acronyms (by their letters), read once per document: its lines are the key. */
const expansionsOfDocument = new WeakMap<TokenLine[], Map<string, Expansion>>();

/** The document features of the tokens `run` covers in `lines` (the whole document's lines). */
export function documentFeatures(lines: TokenLine[], run: TokenRun): string[] {
  const words = lines[run.line].words;
  if (run.first !== run.last || !ACRONYM.test(words[run.first])) return [];
  const expansion = expansionsOf(lines).get(acronymLetters(words[run.first]));
  return [`acronym=${expansion ?? 'unexplained'}`];
}

function expansionsOf(lines: TokenLine[]): Map<string, Expansion> {
  let expansions = expansionsOfDocument.get(lines);
  if (!expansions) {
    expansions = spelledOutAcronyms(lines);
    expansionsOfDocument.set(lines, expansions);
  }
  return expansions;
}

/** An acronym's letters, lower-cased, without a plural's "s" ("CFLs" → "cfl"). */
function acronymLetters(word: string): string {
  return word
    .replace(/s$/, '')
    .replace(/[^\p{L}]/gu, '')
    .toLowerCase();
}

/** Every "words (ACRONYM)" of the document whose words' initials spell the acronym; the first one counts. */
function spelledOutAcronyms(lines: TokenLine[]): Map<string, Expansion> {
  const lowerWords = lowerCaseWordsOf(lines);
  const expansions = new Map<string, Expansion>();
  for (const { words } of lines) {
    for (let i = 1; i + 1 < words.length; i++) {
      if (words[i - 1] !== '(' || words[i + 1] !== ')' || !ACRONYM.test(words[i])) continue;
      const letters = acronymLetters(words[i]);
      const spelling = spellingBefore(words, i - 1, letters);
      if (!spelling || expansions.has(letters)) continue;
      expansions.set(letters, isInCommonWords(spelling, lowerWords) ? 'common-words' : 'capitalised');
    }
  }
  return expansions;
}

/** Not every word capitalised ("light-emitting diode"), or every one also written in lower case ("System Under Test"). */
function isInCommonWords(spelling: string[], lowerWords: Set<string>): boolean {
  return (
    !spelling.every((word) => CAPITALISED.test(word)) || spelling.every((word) => lowerWords.has(word.toLowerCase()))
  );
}

function lowerCaseWordsOf(lines: TokenLine[]): Set<string> {
  const lowerWords = new Set<string>();
  for (const { words } of lines) {
    for (const word of words) if (HAS_LETTER.test(word) && LOWER_CASE_WORD.test(word)) lowerWords.add(word);
  }
  return lowerWords;
}

/**
 * The words before `bracket` whose initials (each part of a hyphenated word counting alone:
 * "light-emitting diode (LED)") end in `letters`, small words skipped; null if they do not.
 */
function spellingBefore(words: string[], bracket: number, letters: string): string[] | null {
  const initials: string[] = [];
  const spelling: string[] = [];
  for (let k = bracket - 1; k >= 0 && initials.length < letters.length; k--) {
    const word = words[k];
    if (SKIPPED_WORDS.has(word.toLowerCase())) continue;
    if (!HAS_LETTER.test(word[0])) return null;
    initials.unshift(...word.split('-').flatMap((part) => (part ? [part[0].toLowerCase()] : [])));
    spelling.unshift(word);
  }
  return initials.join('').endsWith(letters) ? spelling : null;
}
