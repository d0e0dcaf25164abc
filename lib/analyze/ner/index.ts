/**
 * People, places and organizations of an article body, clustered and ranked: the trained tagger
 * finds the names, rules for news text turn titles into roles and catch repeated names, and the
 * mentions are grouped into entities sorted by salience.
 */
import type { Entity } from '../../analysis';
import { clusterMentions, type Mention } from './clustering';
import { isTitleCaseLine } from './headlines';
import type { Lexicons } from './lexicons';
import { trimMentionEdges } from './mention-edges';
import { NAME_PASSES, type NamePass, type Names } from './passes';
import { hasTaggerType, recognizeNames, type TypedSpan } from './recognizer';
import { salienceOf } from './salience';

/** compromise's classes of place names. */
const PLACE_CLASSES = new Set(['Country', 'City', 'Region', 'Place']);

/** The entities of `text`; `passes` are the rules run after the tagger (all of them but in an ablation). */
export function findEntities(text: string, passes: NamePass[] = NAME_PASSES): Entity[] {
  const { lines, spans, otherNames, lexicons } = recognizeNames(text);
  const context = { text, lines, lexicons };
  const names = passes.reduce<Names>((found, pass) => pass.apply(found, context), { spans, otherNames });
  const named = names.spans.filter((span) => !span.excluded);
  // Once a line, not once a name: a long story may be one line holding thousands of names.
  const titleCaseLines = lines.map(isTitleCaseLine);
  const mentions: Mention[] = named.flatMap((span) => {
    const [start, end] = trimMentionEdges(text, span.start, span.end);
    if (start === end) return [];
    const mentionText = text.slice(start, end);
    return [
      {
        start,
        end,
        text: mentionText,
        type: span.type,
        ...(span.role ? { role: span.role } : {}),
        ...(titleCaseLines[span.line] ? { onTitleCaseLine: true } : {}),
        ...typeEvidenceOf(span),
      },
    ];
  });
  const clusters = clusterMentions(mentions, (name) => isKnownPlace(name, lexicons));
  const mostMentions = Math.max(0, ...clusters.map((cluster) => cluster.mentions.length));
  return clusters
    .map((cluster) => ({ ...cluster, salience: salienceOf(cluster.mentions, mostMentions, text.length) }))
    .sort((a, b) => b.salience - a.salience || a.mentions[0].start - b.mentions[0].start)
    .map(({ name, type, role, salience, mentions: clusterMentionList }, rank) => ({
      id: `e${rank + 1}`,
      name,
      type,
      ...(role ? { role } : {}),
      salience,
      mentions: clusterMentionList.map(({ start, end, text: mentionText }) => ({ start, end, text: mentionText })),
    }));
}

/**
 * A mention's type scores: the tagger's, where its type stands. None where a rule retyped it (a
 * context cue, a title) or added it (a repeat follows the names it repeats): screened with each
 * other type put below a rule's by 100 (the tagger's median margin) or by any amount, no held-out
 * figure moved (docs/quality.md).
 */
function typeEvidenceOf(span: TypedSpan): Pick<Mention, 'typeScores'> {
  return hasTaggerType(span) ? { typeScores: span.tagged.scores } : {};
}

function isKnownPlace(name: string, lexicons: Lexicons): boolean {
  return (lexicons.wordClasses.get(name.toLowerCase()) ?? []).some((wordClass) => PLACE_CLASSES.has(wordClass));
}
