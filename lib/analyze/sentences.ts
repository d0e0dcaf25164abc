/**
 * Sentence and paragraph spans of an article body. Offsets index the body text, so every later
 * stage (entities, quotes, key points) can speak of the same characters.
 */
import type { TextSpan } from '../analysis';
import { ABBREVIATIONS_IN_NAMES } from './abbreviations';

/** Words that end with a full stop without ending a sentence. */
const ABBREVIATIONS = new Set([
  ...ABBREVIATIONS_IN_NAMES,
  'hon',
  'pres',
  'atty',
  'supt',
  'det',
  'insp',
  'adm',
  'cmdr',
  'cpl',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'v',
  'etc',
  'dept',
  'univ',
  'approx',
  'est',
  'blvd',
  'rd',
  'fig',
  'ca',
  'al',
  'e.g',
  'i.e',
  'a.m',
  'p.m',
  'u.s',
  'u.k',
  'u.n',
  'd.c',
  'ph.d',
]);

/** A sentence ends at . ! ? or … , optionally followed by closing quotes or brackets. */
const SENTENCE_END = /[.!?…]+["”’')\]]*(?=\s+|$)/g;

/** What may open the next sentence: a capital, a digit, an opening quote or bracket. */
const SENTENCE_START = /^\s+["“‘'([]?[\p{Lu}\d]/u;

/** Spans of the non-empty paragraphs (lines) of `text`, trimmed. */
export function splitParagraphs(text: string): TextSpan[] {
  const spans: TextSpan[] = [];
  let lineStart = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n') {
      pushTrimmed(text, lineStart, i, spans);
      lineStart = i + 1;
    }
  }
  return spans;
}

/** Spans of the sentences of `text`; a sentence never crosses a paragraph break. */
export function splitSentences(text: string): TextSpan[] {
  const spans: TextSpan[] = [];
  for (const paragraph of splitParagraphs(text)) {
    let sentenceStart = paragraph.start;
    SENTENCE_END.lastIndex = 0;
    for (const match of paragraph.text.matchAll(SENTENCE_END)) {
      const end = paragraph.start + match.index + match[0].length;
      if (!endsSentence(text, paragraph.start + match.index, end, paragraph.end)) continue;
      pushTrimmed(text, sentenceStart, end, spans);
      sentenceStart = end;
    }
    pushTrimmed(text, sentenceStart, paragraph.end, spans);
  }
  return spans;
}

function endsSentence(text: string, markStart: number, markEnd: number, paragraphEnd: number): boolean {
  if (markEnd >= paragraphEnd) return true;
  if (!SENTENCE_START.test(text.slice(markEnd, markEnd + 4))) return false;
  return text[markStart] !== '.' || !isAbbreviationStop(text, markStart);
}

/**
 * Is the full stop at `stop` an abbreviation's ("Sen.", "Sept.", "U.S.") or an initial's ("George
 * W. Bush") rather than a sentence's end?
 */
export function isAbbreviationStop(text: string, stop: number): boolean {
  const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, stop - 12), stop));
  if (!word) return false;
  const bare = word[1].toLowerCase().replace(/^\.+/, '');
  return ABBREVIATIONS.has(bare) || /^\p{Lu}$/u.test(word[1]);
}

function pushTrimmed(text: string, start: number, end: number, spans: TextSpan[]): void {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end > start) spans.push({ start, end, text: text.slice(start, end) });
}
