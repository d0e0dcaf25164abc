/**
 * People, places and organizations of an article body, clustered and ranked: the trained tagger
 * finds the names, rules for news text turn titles into roles and catch repeated names, and the
 * mentions are grouped into entities sorted by salience.
 */
import type { Entity } from '../analysis';
import { clusterMentions, type Mention } from './ner/clustering';
import { applyContextCues } from './ner/context-cues';
import type { Lexicons } from './ner/lexicons';
import { trimMentionEdges } from './ner/mention-edges';
import { splitCoordinatedNames } from './ner/coordination';
import { joinFirmNames } from './ner/firm-names';
import { recognizeNames } from './ner/recognizer';
import { joinTopicsOfBodies } from './ner/named-for-topic';
import { findRepeats } from './ner/repeats';
import { attachRoles } from './ner/roles';
import { salienceOf } from './ner/salience';

/** compromise's classes of place names. */
const PLACE_CLASSES = new Set(['Country', 'City', 'Region', 'Place']);

export function findEntities(text: string): Entity[] {
  const { lines, spans, otherNames, lexicons } = recognizeNames(text);
  const firms = joinFirmNames(spans, otherNames, lines);
  const cued = applyContextCues(firms.spans, firms.otherNames, lines, lexicons.wordClasses);
  const bodies = joinTopicsOfBodies(cued, lines, lexicons.orgWords);
  // After the roles: a title splits an organization into the people it names ("Prince Norodom
  // Ranariddh and Hun Sen"), whom this split parts.
  const people = splitCoordinatedNames(attachRoles(bodies, lines, lexicons), lines, lexicons);
  const named = findRepeats(people, lines, lexicons.wordClasses).filter((span) => !span.excluded);
  const mentions: Mention[] = named.flatMap((span) => {
    const [start, end] = trimMentionEdges(text, span.start, span.end);
    if (start === end) return [];
    return [{ start, end, text: text.slice(start, end), type: span.type, ...(span.role ? { role: span.role } : {}) }];
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

function isKnownPlace(name: string, lexicons: Lexicons): boolean {
  return (lexicons.wordClasses.get(name.toLowerCase()) ?? []).some((wordClass) => PLACE_CLASSES.has(wordClass));
}
