/**
 * A sentence's first word is capitalised whatever it is, and the tagger takes some common words
 * there for names: "Additionally," (CNN, Engadget), "Again" (Yahoo), "Given" (New York Times).
 * These rules tell such words from the names that open sentences ("Connolly, who …", "May said").
 */
import nlp from 'compromise';
import { isNameClass } from './lexicons';
import type { NameSpan } from './tagger';
import type { Token } from './tokens';

/** What may stand right before a sentence's first word: its end, or an opening quote or bracket. */
const SENTENCE_END = /^[.!?:;“"‘'([—–-]$/;

/** A capitalised word: only its first letter is upper case ("Again", not "McNally" or "NASA"). */
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}+$/u;

/**
 * compromise's classes of words that never name anyone: "Again", "However", "Despite", "Both",
 * "Given", and interjections ("Oh", "Ahh"). Modal verbs are not among them ("May", "Will" are
 * names too).
 */
const FUNCTION_WORD_CLASSES = new Set(['Adverb', 'Conjunction', 'Preposition', 'Determiner', 'Participle', 'Expression']);

/** Is the one-word span a common word that only opens a sentence? */
export function isCommonWordOpeningSentence(tokens: Token[], span: NameSpan, text: string, wordClasses: Map<string, string[]>): boolean {
  const word = tokens[span.first].text;
  if (span.first !== span.last || !CAPITALISED_WORD.test(word) || !opensSentence(tokens, span.first, text)) return false;
  const lower = word.toLowerCase();
  const classes = wordClasses.get(lower);
  if (classes) return !classes.some(isNameClass) && classes.every((wordClass) => FUNCTION_WORD_CLASSES.has(wordClass));
  return tokens[span.first + 1]?.text === ',' && isAdverbInLy(lower);
}

function opensSentence(tokens: Token[], i: number, text: string): boolean {
  return i === 0 || SENTENCE_END.test(text.slice(tokens[i - 1].start, tokens[i - 1].end));
}

/**
 * "additionally", "unfortunately": the word less its "-ly" is an adjective ("additional",
 * "unfortunate"). Surnames in "-ly" are not ("Connolly" → "connol", "Daly" → "da"). compromise's
 * lexicon lacks most adverbs, but its tagger reads adjectives by their endings too.
 */
function isAdverbInLy(word: string): boolean {
  return word.endsWith('ly') && adverbStems(word).some((stem) => nlp(stem).has('#Adjective'));
}

/** "additionally" → "additional"; "basically" → "basic"; "happily" → "happy"; "notably" → "notable". */
function adverbStems(adverb: string): string[] {
  const stems = [adverb.slice(0, -2)];
  if (adverb.endsWith('ally')) stems.push(adverb.slice(0, -4));
  if (adverb.endsWith('ily')) stems.push(`${adverb.slice(0, -3)}y`);
  if (adverb.endsWith('bly') || adverb.endsWith('ply') || adverb.endsWith('tly')) stems.push(`${adverb.slice(0, -1)}e`);
  return stems;
}
