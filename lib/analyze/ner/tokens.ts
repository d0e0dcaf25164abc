/**
 * Tokens of an article body, with offsets into it. One tokenizer serves both the Unicode news text
 * of the extension (curly quotes, ’s, em dashes, ellipses) and the space-separated ASCII of CoNLL,
 * so a mention's span is always a run of whole tokens and lines up exactly with the text.
 */
import { ABBREVIATIONS_IN_NAMES } from '../abbreviations';

export interface Token {
  text: string;
  start: number;
  end: number;
}

/** A run of tokens the tagger reads left to right: one line (paragraph) of the text. */
export interface TokenLine {
  tokens: Token[];
  /** The tokens' texts, and lowercased: read by every rule, so computed once. */
  words: string[];
  lowered: string[];
  /** Most cased words of the line are ALL CAPS: a headline or a sports table row. */
  isAllCaps: boolean;
}

const PATTERNS = {
  /**
   * One token: a possessive ending on its own ("’s", as CoNLL writes "'s"), a word whose inner
   * hyphens, apostrophes, dots, ampersands or digit-group commas keep it whole ("US-led", "O’Neill",
   * "U.S", "AT&T", "1,000"), or any other single visible character.
   */
  token: /['’]s(?![\p{L}\p{N}])|[\p{L}\p{N}]+(?:(?:[-'’.&]|,(?=\d))[\p{L}\p{N}]+)*|\S/gu,
  /** A word that ends in a possessive ’s / 's, split into the word and the ending. */
  possessive: /^(.+?)(['’][sS])$/u,
  /** Initials and dotted abbreviations that keep their final full stop: "U.S.", "J.", "p.m.". */
  dottedAbbreviation: /^(?:\p{L}|\p{L}+(?:\.\p{L}+)+)$/u,
  /** A cased word (has a letter). */
  hasLetter: /\p{L}/u,
  lowercaseLetter: /\p{Ll}/u,
  capitalised: /^\p{Lu}/u,
};

/** Words that keep a following full stop (lowercased, without the stop). */
const ABBREVIATIONS_WITH_STOP = new Set([...ABBREVIATIONS_IN_NAMES, 'plc']);

/** Does the word start with a capital ("Putin", "NASA", "AT&T"), as the words of a name do? */
export function isCapitalised(word: string): boolean {
  return PATTERNS.capitalised.test(word);
}

/** The token indices `first` to `last`, both included. */
export function tokenRange(first: number, last: number): number[] {
  // A loop, not `Array.from({ length })`: the array-like's generic read showed in the analysis's profile.
  const range: number[] = [];
  for (let i = first; i <= last; i++) range.push(i);
  return range;
}

/** The line's tokens `first`…`last`, lowercased and space-joined: how the lexicons hold phrases. */
export function loweredPhrase(line: TokenLine, first: number, last: number): string {
  return line.lowered.slice(first, last + 1).join(' ');
}

/** Share of a line's cased words in ALL CAPS from which the line counts as an all-caps line. */
const ALL_CAPS_LINE_SHARE = 0.6;

/** Splits `text` into tokens; offsets are UTF-16 indices, end exclusive. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(PATTERNS.token)) {
    const start = match.index;
    let word = match[0];
    const possessive = word.length > 2 ? PATTERNS.possessive.exec(word) : null;
    if (possessive) {
      const stem = possessive[1];
      tokens.push({ text: stem, start, end: start + stem.length });
      tokens.push({ text: possessive[2], start: start + stem.length, end: start + word.length });
      continue;
    }
    if (text[start + word.length] === '.' && keepsFullStop(word)) word += '.';
    tokens.push({ text: word, start, end: start + word.length });
  }
  return mergeAbsorbedStops(tokens);
}

/** Groups tokens by line of `text`, the unit the tagger decodes. */
export function tokenizeLines(text: string): TokenLine[] {
  const lines: TokenLine[] = [];
  let current: Token[] = [];
  let lineEnd = text.indexOf('\n');
  const flush = (): void => {
    if (current.length) {
      const words = current.map((token) => token.text);
      lines.push({
        tokens: current,
        words,
        lowered: words.map((word) => word.toLowerCase()),
        isAllCaps: isAllCapsLine(current),
      });
    }
    current = [];
  };
  for (const token of tokenize(text)) {
    while (lineEnd !== -1 && token.start > lineEnd) {
      flush();
      lineEnd = text.indexOf('\n', lineEnd + 1);
    }
    current.push(token);
  }
  flush();
  return lines;
}

function keepsFullStop(word: string): boolean {
  return PATTERNS.dottedAbbreviation.test(word) || ABBREVIATIONS_WITH_STOP.has(word.toLowerCase());
}

/** The regexp sees "U.S." as "U.S" then "."; drop the stand-alone stop a word already took. */
function mergeAbsorbedStops(tokens: Token[]): Token[] {
  return tokens.filter((token, i) => !(token.text === '.' && i > 0 && tokens[i - 1].end > token.start));
}

function isAllCapsLine(tokens: Token[]): boolean {
  let cased = 0;
  let upper = 0;
  for (const { text } of tokens) {
    if (!PATTERNS.hasLetter.test(text)) continue;
    cased++;
    if (!PATTERNS.lowercaseLetter.test(text)) upper++;
  }
  return cased >= 2 && upper / cased >= ALL_CAPS_LINE_SHARE;
}
