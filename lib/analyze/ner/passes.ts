/**
 * The rules that read the tagger's names again, as data: each pass has a name, the reason it
 * exists, and a function over the names found so far. They run in this order (a title splits an
 * organization into the people it names only once roles are read, so coordination follows roles).
 * Each stays only while `npm run ablate:names` shows that dropping it costs F1 on two sources or
 * more (docs/quality.md).
 */
import { applyContextCues } from './context-cues';
import { splitCoordinatedNames } from './coordination';
import { joinFirmNames } from './firm-names';
import type { Lexicons } from './lexicons';
import { canBeName, isFirmName, withoutLeadingFunctionWord, withoutLowerCaseEnd } from './name-words';
import { joinTopicsOfBodies } from './named-for-topic';
import { isCommonWordOpeningSentence } from './opening-words';
import { LABEL_OF_TYPE, type TypedSpan } from './recognizer';
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
    name: 'leading-function-word',
    reason: 'A capitalised function word opening a span is no part of the name ("When Ford", "The Cambridge Analytica").',
    apply: eachName((span, { lines, lexicons }) => withoutLeadingFunctionWord(span, lines[span.line], lexicons)),
  },
  {
    name: 'can-be-name',
    reason: 'Pronouns, negated auxiliaries, number words, lone letters are no names, whatever their capital.',
    apply: dropping((span, { text }) => !canBeName(text.slice(span.start, span.end))),
  },
  {
    name: 'sentence-opening-word',
    reason: 'A common word capitalised only because it opens a sentence is no name ("Finally,").',
    apply: dropping((span, { text, lines, lexicons }) =>
      isCommonWordOpeningSentence(lines[span.line].tokens, span, text, lexicons.wordClasses),
    ),
  },
  {
    name: 'firm-by-its-name',
    reason: 'A legal form or a web domain makes a name an organization ("Ceres Robotics Inc", "Moneycontrol.com").',
    apply: ({ spans, otherNames }, { text }) => {
      const isFirm = (span: NameSpan): boolean => isFirmName(text.slice(span.start, span.end));
      const asFirm = (span: NameSpan): TypedSpan => ({ ...span, type: 'organization', label: LABEL_OF_TYPE.organization });
      return {
        spans: [...spans.map((span) => (isFirm(span) ? asFirm(span) : span)), ...otherNames.filter(isFirm).map(asFirm)].sort(
          (a, b) => a.start - b.start,
        ),
        otherNames: otherNames.filter((span) => !isFirm(span)),
      };
    },
  },
  {
    name: 'firm-names',
    reason: 'Names across an "&" are one firm ("Smith & Wesson"); the tagger reads each side as a person.',
    apply: ({ spans, otherNames }, { lines }) => joinFirmNames(spans, otherNames, lines),
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
    name: 'named-for-topic',
    reason: 'A body named for its topic is one organization ("Council on Foreign Relations").',
    apply: onSpans((spans, lines, lexicons) => joinTopicsOfBodies(spans, lines, lexicons.orgWords)),
  },
  {
    name: 'roles',
    reason: "A title before a person's name is the person's role, never part of the name.",
    apply: onSpans(attachRoles),
  },
  {
    name: 'coordination',
    reason: 'Two names run together over "and" are two names ("Kroger and Costco").',
    apply: onSpans(splitCoordinatedNames),
  },
  {
    name: 'repeats',
    reason: 'A name found once is the same name where it repeats untagged.',
    apply: onSpans((spans, lines, lexicons) => findRepeats(spans, lines, lexicons.wordClasses)),
  },
];
