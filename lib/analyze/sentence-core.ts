/**
 * A sentence's core, for a one-line key point: what it says without its asides. Each cut is data with
 * its reason, and a cut is kept only when what remains still reads as a sentence (enough words, a
 * full stop to end, a verb in a tense).
 */

import { FINITE_VERB_TAGS, hasWordTagged } from './tagged-words';

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
 * dash; failing those, at any comma but a list's. What comes before must keep a verb in a tense
 * (compromise's tagger).
 */
const CLAUSE_BREAKS = [
  /(?:,\s+(?:which|who|whose|where|while|but|and|although|though|as|with|including)\b|;\s+|\s+[—–]\s+)/g,
  /,\s+/g,
];

/** A word, "Savage's" and "isn't" one each. */
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

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

/**
 * The longest run of leading clauses that fits the line, closed with a full stop; failing that, the
 * main clause without the phrases that lead to it.
 */
function firstClauses(sentence: string, keepsVerb: (text: string) => boolean): string | null {
  for (const breaks of CLAUSE_BREAKS) {
    const heads = [...sentence.matchAll(breaks)]
      .filter((match) => !splitsList(sentence, match.index))
      .map((match) => closedWithFullStop(sentence.slice(0, match.index)))
      .filter((head) => wordCount(head) <= MAX_CORE_WORDS && readsAsSentence(head) && isBalanced(head));
    // Longest first, and the tagger only until one passes: it is the slow check.
    const best = heads.reverse().find(keepsVerb);
    if (best) return best;
  }
  return mainClause(sentence, keepsVerb);
}

/**
 * The sentence from its first clause with a verb in a tense, when all before it are phrases without
 * one ("On Thursday, with 110 days to go, Wikinews interviewed …"): they set the scene, as a leading
 * subordinate clause does. The longest such rest that fits the line.
 */
function mainClause(sentence: string, keepsVerb: (text: string) => boolean): string | null {
  for (const comma of sentence.matchAll(/,\s+/g)) {
    const rest = sentence.slice(comma.index + comma[0].length);
    // The cheap checks of the rest first: the tagger then reads only the leads of rests that could be
    // the core. A lead skipped so is part of every later lead, whose verb it would have given.
    if (!couldBeMainClause(sentence, comma.index, rest)) continue;
    if (keepsVerb(sentence.slice(0, comma.index))) return null;
    if (keepsVerb(rest.split(/[,;]/)[0])) return capitalise(rest);
  }
  return null;
}

/** The rest after the comma at `at` fits the line and reads as a sentence of its own, not half of a list. */
function couldBeMainClause(sentence: string, at: number, rest: string): boolean {
  if (wordCount(rest) > MAX_CORE_WORDS || splitsList(sentence, at)) return false;
  return readsAsSentence(rest) && isBalanced(rest) && !CLAUSE_TAIL.test(rest);
}

/**
 * A comma that belongs to a list: a cut there would end the point on half of it ("… the repair of
 * the old bridge." for "the old bridge, the town hall and the library"). It is one when items follow
 * it up to an "and" or "or" that brings the last; a comma right before that "and" is one when an item
 * after another comma precedes it ("what it is, why …, how …, and why …").
 */
function splitsList(sentence: string, at: number): boolean {
  if (sentence.charAt(at) !== ',') return false;
  const items = sentence
    .slice(at + 1)
    .trim()
    .split(/,\s+/);
  for (const [index, item] of items.entries()) {
    const words = item.split(/\s+/);
    const conjunction = words.findIndex((word) => /^(?:and|or|&)$/i.test(word));
    if (conjunction > 0) return isListItem(words.slice(0, conjunction).join(' '));
    if (conjunction === 0) return index > 0 || followsAnItem(sentence.slice(0, at));
    if (!isListItem(item)) return false;
  }
  return false;
}

/**
 * What starts the second half of a clause, not a main clause: a conjunction, a relative pronoun, a
 * participle ("and would help me…", "based on a web crawler, that…").
 */
const CLAUSE_TAIL = /^(?:and|or|but|nor|so|yet|which|who|whom|whose|that|where|when|while)\b|^[\p{L}]+(?:ed|ing)\b/iu;

/** Up to this many words, a run between commas may be an item of a list ("the town hall"). */
const MAX_ITEM_WORDS = 3;

/**
 * An item of a list: a few words, or one of a run of parallel questions ("why he chose it"), which
 * may be longer. A longer run is a clause or an aside, whose comma is a clause's.
 */
function isListItem(run: string): boolean {
  return wordCount(run) <= MAX_ITEM_WORDS || /^(?:what|why|how|whether|where|when)\b/i.test(run);
}

/** The text before a comma ends on an item after another comma. */
function followsAnItem(before: string): boolean {
  const lastComma = before.lastIndexOf(',');
  return lastComma >= 0 && isListItem(before.slice(lastComma + 1).trim());
}

/** A word compromise tags a verb in a tense counts but for an infinitive. */
const INFINITIVE_TAGS = ['Infinitive'];

/** A main clause has a verb in a tense ("hailed", "is"), not only an infinitive ("eager to curb"). */
function hasFiniteVerb(text: string): boolean {
  return hasWordTagged(text, FINITE_VERB_TAGS, INFINITIVE_TAGS);
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

/**
 * The head closed with a full stop, one only: a head ending on an abbreviation's stop ("… the
 * largest newspaper chain in the U.S., encompassing …", seen on a Los Angeles Times page) has it.
 */
function closedWithFullStop(head: string): string {
  const trimmed = head.replace(/[,;:\s]+$/, '');
  return trimmed.endsWith('.') ? trimmed : `${trimmed}.`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function wordCount(text: string): number {
  return text.match(WORD)?.length ?? 0;
}
