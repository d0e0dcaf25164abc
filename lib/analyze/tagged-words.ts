/**
 * compromise's tags of a short text's words, read straight from its terms. A `.match(tags)` then
 * `.not(unless)` parsed both patterns and built a match of every word for each of the analysis's
 * few tagger checks (a quote's kind, a sentence core's verb): a tenth of their time
 * (docs/quality.md, Speed, branch `n-speed2`).
 */
import nlp from 'compromise';

/** compromise's tags of a verb in a tense (a finite verb): a quote's kind and a sentence core both ask for one. */
export const FINITE_VERB_TAGS: readonly string[] = ['PresentTense', 'PastTense', 'Modal', 'Copula', 'Auxiliary'];

/**
 * Some word of `text`, tagged by compromise in `text` alone, has one of `tags` and none of
 * `unless`: what `nlp(text).match('(#A|#B)').not('(#C|#D)').found` says.
 */
export function hasWordTagged(text: string, tags: readonly string[], unless: readonly string[]): boolean {
  return nlp(text)
    .termList()
    .some((term) => tags.some((tag) => term.tags?.has(tag)) && !unless.some((tag) => term.tags?.has(tag)));
}
