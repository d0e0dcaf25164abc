/**
 * Direct or partial: is the quote a clause or sentence someone said, or a short phrase lifted
 * into the reporter's own sentence ("a “new era”", scare quotes)?
 */
import type { QuoteKind } from '../../analysis';
import { FINITE_VERB_TAGS, hasWordTagged } from '../tagged-words';

const KIND_PATTERNS = {
  word: /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu,
  startsUpper: /^[\p{Lu}\d]/u,
  lowercaseWord: /(?:^|\s)\p{Ll}/u,
  endsLikeSentence: /[.?!,…:;]$/,
  /** A finite auxiliary or copula settles it without the tagger: "it would rather provide …". */
  finiteAuxiliary:
    /\b(?:is|are|was|were|will|would|can|could|should|must|shall|has|have|had|does|did|am|won’t|won't|can’t|can't|isn’t|isn't|don’t|don't|doesn’t|doesn't)\b/i,
  /** Only punctuation or spacing before the opening mark since the sentence began (or a colon). */
  opensSentence: /(?:^|[.?!:;…]["”’]?\s*|^\s*[–—-]\s*)$/,
};

/** Fewer words than this are a phrase unless they open a sentence ("dear friend."). */
const MIN_CLAUSE_WORDS = 3;
/** A capitalised quote this long or longer is a sentence even without closing punctuation. */
const MIN_SENTENCE_WORDS = 4;

/** A word compromise tags a finite verb, in the quote alone, counts but for these (run only on undecided quotes). */
const NON_FINITE_TAGS = ['Gerund', 'Participle'];

/**
 * `before` is the text of the quote's sentence up to its opening mark (the paragraph start when
 * the quote opens the paragraph).
 */
export function classifyQuote(quoteText: string, before: string): QuoteKind {
  const words = quoteText.match(KIND_PATTERNS.word) ?? [];
  if (KIND_PATTERNS.opensSentence.test(before) && words.length > 0) return 'direct';
  if (words.length < MIN_CLAUSE_WORDS) return 'partial';
  if (isSentenceLike(quoteText, words.length)) return 'direct';
  return hasFiniteVerb(quoteText) ? 'direct' : 'partial';
}

function isSentenceLike(quoteText: string, wordCount: number): boolean {
  if (!KIND_PATTERNS.startsUpper.test(quoteText) || !KIND_PATTERNS.lowercaseWord.test(quoteText)) return false;
  return KIND_PATTERNS.endsLikeSentence.test(quoteText) || wordCount >= MIN_SENTENCE_WORDS;
}

function hasFiniteVerb(quoteText: string): boolean {
  if (KIND_PATTERNS.finiteAuxiliary.test(quoteText)) return true;
  return hasWordTagged(quoteText, FINITE_VERB_TAGS, NON_FINITE_TAGS);
}
