/**
 * The rules that read the tagger's names again, as data: each pass has a name, the reason it
 * exists, and a function over the names found so far, and they run in this order. Each stays only
 * while `npm run ablate:names` shows that dropping it costs F1 on two sources or more
 * (docs/quality.md), the seed article counting as a source of its own. Dropped so: five that
 * helped on CoNLL++ dev alone (the split they were written from): the "&" firms, firms by legal
 * form, bodies named for a topic, names run together over "and", capitalised common words opening
 * a sentence; and, once the tagger learned from every source, a function word opening a name
 * ("When Ford"), which helped on GUM's interviews alone.
 */
import { applyContextCues } from './context-cues';
import { JOINED_BY_FOR, JOINED_BY_OF, joinInstitutionNames } from './institutions';
import type { Lexicons } from './lexicons';
import { retypedByMentions, withoutNonNames } from './mention-classifier';
import { canBeName, withoutLocatedPrefix, withoutLowerCaseEnd } from './name-words';
import type { TypedSpan } from './recognizer';
import { findRepeats } from './repeats';
import { attachRoles } from './roles';
import type { NameSpan } from './tagger';
import type { TokenLine } from './tokens';

/** The names so far: typed spans, and the MISC names a later cue may still type. */
export interface Names {
  spans: TypedSpan[];
  otherNames: NameSpan[];
}

/** What every pass may read: the text, its token lines, the lexicons. */
export interface NameContext {
  text: string;
  lines: TokenLine[];
  lexicons: Lexicons;
}

export interface NamePass {
  name: string;
  reason: string;
  apply(names: Names, context: NameContext): Names;
}

/** Runs a pass that only rewrites the typed spans. */
const onSpans =
  (rewrite: (spans: TypedSpan[], lines: TokenLine[], lexicons: Lexicons) => TypedSpan[]): NamePass['apply'] =>
  ({ spans, otherNames }, { lines, lexicons }) => ({ spans: rewrite(spans, lines, lexicons), otherNames });

/** Runs a pass over each name alone, typed or MISC: it keeps, mends (same type) or drops it. */
const eachName =
  (mend: <T extends NameSpan>(span: T, context: NameContext) => T | null): NamePass['apply'] =>
  ({ spans, otherNames }, context) => ({
    spans: spans.flatMap((span) => mend(span, context) ?? []),
    otherNames: otherNames.flatMap((span) => mend(span, context) ?? []),
  });

/** A pass that drops each name `isNoName` says is none. */
const dropping = (isNoName: (span: NameSpan, context: NameContext) => boolean): NamePass['apply'] =>
  eachName((span, context) => (isNoName(span, context) ? null : span));

export const NAME_PASSES: NamePass[] = [
  {
    name: 'lower-case-end',
    reason: 'No name ends in a lower-case word or a score ("Congress who", "Pittsburgh Penguins 5-4").',
    apply: eachName((span, { lines }) => withoutLowerCaseEnd(span, lines[span.line].tokens)),
  },
  {
    name: 'located-prefix',
    reason: 'A place joined to "-based" describes the name after it ("Sacramento-based McClatchy"): no part of it.',
    apply: eachName((span, { lines }) => withoutLocatedPrefix(span, lines[span.line].tokens)),
  },
  {
    name: 'can-be-name',
    reason: 'Pronouns, negated auxiliaries, number words, lone letters are no names, whatever their capital.',
    apply: dropping((span, { text }) => !canBeName(text.slice(span.start, span.end))),
  },
  {
    name: 'institution-for',
    reason:
      'An institution named for its purpose runs over "for" ("Chinese Center for Disease Control and Prevention"): one organization.',
    apply: onSpans((spans, lines) => joinInstitutionNames(spans, lines, JOINED_BY_FOR)),
  },
  {
    name: 'institution-of',
    reason:
      'An institution named for its place or field runs over "of" ("University of California", "Linguistic Society of America"): one organization.',
    apply: onSpans((spans, lines) => joinInstitutionNames(spans, lines, JOINED_BY_OF)),
  },
  {
    name: 'context-cues',
    reason: 'An apposition, a naming phrase or a noun before a name types it ("Bucha, a town"; "the airline Ryanair").',
    apply: ({ spans, otherNames }, { lines, lexicons }) => ({
      spans: applyContextCues(spans, otherNames, lines, lexicons.wordClasses),
      otherNames,
    }),
  },
  {
    name: 'roles',
    reason: "A title before a person's name is the person's role, never part of the name.",
    apply: onSpans(attachRoles),
  },
  {
    name: 'repeats',
    reason: 'A name found once is the same name where it repeats untagged.',
    apply: onSpans((spans, lines, lexicons) => findRepeats(spans, lines, lexicons.wordClasses)),
  },
  {
    name: 'mention-drop',
    reason:
      'A name whose mentions the mention classifier reads, on the whole, as no name is none ("Abstract", "Table").',
    apply: ({ spans, otherNames }, { text, lines, lexicons }) => ({
      spans: withoutNonNames(spans, lines, text, lexicons),
      otherNames,
    }),
  },
  {
    name: 'mention-retype',
    reason: "A name takes the type the mention classifier's whole-span reading of its mentions favours.",
    apply: ({ spans, otherNames }, { text, lines, lexicons }) => ({
      spans: retypedByMentions(spans, lines, text, lexicons),
      otherNames,
    }),
  },
];
