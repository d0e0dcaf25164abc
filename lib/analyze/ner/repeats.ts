/**
 * A name the tagger found once is the same name where it repeats: "Putin" untagged in one
 * sentence is still Putin, "Kishida" after "Fumio Kishida" is still him, and the news short forms
 * ("US", "G7") are names wherever they stand. Adds those occurrences the tagger missed.
 */
import type { EntityType } from '../../analysis';
import { isCommonWord, type Lookup } from './lexicons';
import { LONG_FORMS } from './news-lexicon';
import { canBeName } from './name-words';
import type { TypedSpan } from './recognizer';
import { LABEL_OF_TYPE } from './tagger';
import { isCapitalised, tokenRange, type TokenLine } from './tokens';

/** Lowercase words that may stand inside a name ("Group of Seven", "Bank of England"). */
const CONNECTORS = new Set(['of', 'the', 'and', 'for', 'de', '&']);

/** Spans for untagged occurrences of names already found (and of news short forms), in text order. */
export function findRepeats(spans: TypedSpan[], lines: TokenLine[], wordClasses: Lookup<string[]>): TypedSpan[] {
  const known = knownNames(spans, lines, wordClasses);
  const covered = new Set(spans.flatMap((span) => tokenRange(span.first, span.last).map((i) => `${span.line}:${i}`)));
  const added: TypedSpan[] = [];
  lines.forEach(({ tokens, words, isAllCaps }, l) => {
    // In a headline or a table every word is capitalized: a known word there is no evidence of a name.
    if (isAllCaps) return;
    for (let i = 0; i < tokens.length; i++) {
      if (covered.has(`${l}:${i}`) || !isCapitalised(words[i])) continue;
      const match = longestKnownAt(words, i, known);
      if (!match) continue;
      const last = i + match.words.length - 1;
      // "U.S. Open", "Red Cross Society": a capitalized word next makes it part of a longer name.
      if (isCapitalised(words[last + 1] ?? '') || tokenRange(i, last).some((k) => covered.has(`${l}:${k}`))) continue;
      added.push({
        label: LABEL_OF_TYPE[match.type],
        type: match.type,
        line: l,
        first: i,
        last,
        start: tokens[i].start,
        end: tokens[last].end,
      });
      i = last;
    }
  });
  return [...spans, ...added].sort((a, b) => a.start - b.start);
}

interface KnownName {
  words: string[];
  type: EntityType;
}

/** Names to look for: every tagged name, a person's single names, and the news short forms. */
function knownNames(spans: TypedSpan[], lines: TokenLine[], wordClasses: Lookup<string[]>): Map<string, KnownName> {
  const known = new Map<string, KnownName>();
  for (const [short, { name, type }] of Object.entries(LONG_FORMS)) {
    known.set(short, { words: [short], type });
    known.set(name, { words: name.split(' '), type });
  }
  for (const span of spans) {
    const words = lines[span.line].words.slice(span.first, span.last + 1);
    if (words.length > 1 || !isCommonWord(words[0], wordClasses))
      known.set(words.join(' '), { words, type: span.type });
    if (span.type !== 'person' || words.length < 2) continue;
    for (const word of words) {
      // "X" of "Xbox One X" (seen on an Engadget page) is not a person's name wherever it stands.
      if (!known.has(word) && !isCommonWord(word, wordClasses) && canBeName(word))
        known.set(word, { words: [word], type: 'person' });
    }
  }
  return known;
}

function longestKnownAt(words: string[], i: number, known: Map<string, KnownName>): KnownName | null {
  let found: KnownName | null = null;
  let phrase = '';
  for (let k = i; k < words.length && (isCapitalised(words[k]) || CONNECTORS.has(words[k])); k++) {
    phrase = k === i ? words[k] : `${phrase} ${words[k]}`;
    found = known.get(phrase) ?? found;
  }
  return found;
}
