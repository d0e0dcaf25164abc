/**
 * A sentence's core, for a one-line key point: what it says without its asides. Each cut is data with
 * its reason, and a cut is kept only when what remains still reads as a sentence (enough words, a
 * full stop to end, a verb in a tense).
 */

import nlp from 'compromise';

/** A key point fits one short line of the popup. */
export const MAX_CORE_WORDS = 30;

/** Fewer words than this is no longer a sentence a reader can take alone. */
const MIN_CORE_WORDS = 6;

export interface Cut {
  /** A short name, for the ablation in scripts/eval/key-points.ts. */
  name: string;
  pattern: RegExp;
  replacement: string;
  reason: string;
}

/**
 * Applied in order, each to the result of the one before. `npm run eval -- --only keypoints` (second
 * table) measures each left out: the parenthesis helps ROUGE-2 on two genres, the leading clause on
 * one (bio), kept for what a one-line core asks (the main clause first). Cuts of citation marks, of
 * an aside between dashes, of an apposition after the subject and of a trailing "…, officials said"
 * were tried and dropped: no gain, or a gain on one genre only.
 */
export const CUTS: Cut[] = [
  {
    name: 'parenthesis',
    pattern: /\s*\((?![^()]*["“”])[^()]{0,160}\)/g,
    replacement: '',
    reason: 'a parenthesis is an aside (a translation, a date of birth, an acronym) by definition',
  },
  {
    name: 'leading-clause',
    pattern:
      /^(?:after|although|as|because|before|despite|following|however|if|in addition|meanwhile|moreover|nevertheless|once|since|though|unless|until|when|whenever|whereas|while)\b[^,"“”]{0,160},\s+/i,
    replacement: '',
    reason: 'a leading subordinate clause or connective sets the scene; the main clause follows its comma',
  },
];

/**
 * Where a long sentence may end early: before a relative or coordinate clause, a semicolon or a
 * dash; failing those, at any comma. What comes before must keep a verb in a tense (compromise's tagger).
 */
const CLAUSE_BREAKS = [
  /(?:,\s+(?:which|who|whose|where|while|but|and|although|though|as|with|including)\b|;\s+|\s+[—–]\s+)/g,
  /,\s+/g,
];

const WORD = /[\p{L}\p{N}]+/gu;

/** The sentence's core in at most `MAX_CORE_WORDS` words, or null when it has no short core. */
export function sentenceCore(sentence: string, cuts: Cut[] = CUTS, keepsVerb = hasFiniteVerb): string | null {
  let core = sentence.trim();
  for (const cut of cuts) {
    const shorter = core.replace(cut.pattern, cut.replacement);
    if (shorter !== core && readsAsSentence(shorter) && keepsVerb(shorter)) {
      core = capitalise(shorter);
    }
  }
  if (wordCount(core) <= MAX_CORE_WORDS) return core;
  return firstClauses(core, keepsVerb);
}

/**
 * The core as the cuts alone would make it, without the tagger's check of a verb: cheap enough to
 * measure every sentence of a story by, where `sentenceCore` is made only for those chosen.
 */
export function roughCore(sentence: string): string | null {
  return sentenceCore(sentence, CUTS, () => true);
}

/** The longest run of leading clauses that fits the line, closed with a full stop. */
function firstClauses(sentence: string, keepsVerb: (text: string) => boolean): string | null {
  for (const breaks of CLAUSE_BREAKS) {
    const heads = [...sentence.matchAll(breaks)]
      .map((match) => `${sentence.slice(0, match.index).replace(/[,;:\s]+$/, '')}.`)
      .filter((head) => wordCount(head) <= MAX_CORE_WORDS && readsAsSentence(head) && isBalanced(head));
    // Longest first, and the tagger only until one passes: it is the slow check.
    const best = heads.reverse().find(keepsVerb);
    if (best) return best;
  }
  return null;
}

/** A main clause has a verb in a tense ("hailed", "is"), not only an infinitive ("eager to curb"). */
function hasFiniteVerb(text: string): boolean {
  return nlp(text).match('(#PastTense|#PresentTense|#Copula|#Modal|#Auxiliary)').not('#Infinitive').found;
}

function readsAsSentence(text: string): boolean {
  return wordCount(text) >= MIN_CORE_WORDS && /[.!?…]["”’)]*$/.test(text);
}

/** No quotation or parenthesis left open by a cut. */
function isBalanced(text: string): boolean {
  const straight = (text.match(/"/g) ?? []).length % 2 === 0;
  const curly = (text.match(/“/g) ?? []).length === (text.match(/”/g) ?? []).length;
  const round = (text.match(/\(/g) ?? []).length === (text.match(/\)/g) ?? []).length;
  return straight && curly && round;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function wordCount(text: string): number {
  return text.match(WORD)?.length ?? 0;
}
