/**
 * How strongly the tagger holds to each type of a name it found: for each span of a decoded line,
 * what the line's score under the model would lose if the span, its words kept, took another
 * class. The decoder's own choice loses nothing; a class close behind loses little. Summed over an
 * entity's mentions, these margins say which one type costs the story's tagging least
 * (clustering.ts gives it to every mention), so a mention with strong evidence outweighs several
 * weak ones ("the company said Delta's shares…" over headlines' bare "Delta").
 */
import type { EntityType } from '../../analysis';
import { tagFeaturesOf, type PreparedLine } from './features';
import { addScoresOfParts, isLabelAllowed, LABEL_OF_TYPE, type NameSpan, type Scorer } from './tagger';
import { tokenRange } from './tokens';

/**
 * Each type's score against the tagger's choice (0 for its own, ≤ 0 for the others; -Infinity for
 * a type the span's words cannot have).
 */
export type TypeScores = Record<EntityType, number>;

/** Tokens after a span whose features read its tags (the two tags to their left). */
const TAG_CONTEXT = 2;

/**
 * The span's score under each type against its decoded one, all else in the line as decoded.
 * `staticScores` are the line's `lineStaticScores` as the decoder read them (with the text's
 * history before this line was recorded).
 */
export function typeScoresOf(
  prepared: PreparedLine,
  tags: string[],
  span: NameSpan,
  labels: string[],
  scorer: Scorer,
  staticScores: readonly Float32Array[],
): TypeScores {
  const scored = tokenRange(span.first, Math.min(span.last + TAG_CONTEXT, tags.length - 1));
  const lineScore = (classTags: string[]): number =>
    scored.reduce((sum, i) => sum + tokenScore(prepared, i, classTags, labels, scorer, staticScores[i]), 0);
  const decoded = lineScore(tags);
  const scoreOf = (type: EntityType): number => {
    const classTags = relabelled(tags, span, LABEL_OF_TYPE[type]);
    return isAllowed(prepared, classTags, span) ? lineScore(classTags) - decoded : Number.NEGATIVE_INFINITY;
  };
  return { person: scoreOf('person'), place: scoreOf('place'), organization: scoreOf('organization') };
}

/** Whether the decoder could give the span's words these tags at all ("of" is in no person's name). */
function isAllowed(prepared: PreparedLine, tags: string[], span: NameSpan): boolean {
  return tokenRange(span.first, span.last).every((i) => isLabelAllowed(tags[i], prepared.line.tokens[i].text));
}

/** The tags with the span's words given `entityClass`, in BIO. */
function relabelled(tags: string[], span: NameSpan, entityClass: string): string[] {
  return tags.map((tag, i) =>
    i < span.first || i > span.last ? tag : `${i === span.first ? 'B' : 'I'}-${entityClass}`,
  );
}

/** Token `i`'s score for its tag in `tags`: its static scores plus those of the tags to its left. */
function tokenScore(
  prepared: PreparedLine,
  i: number,
  tags: string[],
  labels: string[],
  scorer: Scorer,
  own: Float32Array,
): number {
  const scores = own.slice();
  const lowered = prepared.lowered[i];
  addScoresOfParts(scorer, (sink) => tagFeaturesOf(lowered, tags[i - 1] ?? 'O', tags[i - 2] ?? 'O', sink), scores);
  return scores[labels.indexOf(tags[i])];
}
