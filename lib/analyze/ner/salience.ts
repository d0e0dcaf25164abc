/**
 * How central an entity is to the story, in [0,1]: mostly how often it is mentioned, relative to
 * the most mentioned entity, and partly how early it first appears (news puts the main actors in
 * the first lines).
 */
import type { TextSpan } from '../../analysis';

/** Share of the score given to the mention count; the rest goes to the first mention's position. */
const MENTION_SHARE = 0.7;

/** Salience of an entity with these mentions, in a text of `textLength` characters. */
export function salienceOf(mentions: TextSpan[], mostMentions: number, textLength: number): number {
  const frequency = mentions.length / Math.max(1, mostMentions);
  const firstStart = Math.min(...mentions.map((mention) => mention.start));
  const earliness = 1 - firstStart / Math.max(1, textLength);
  return Math.round((MENTION_SHARE * frequency + (1 - MENTION_SHARE) * earliness) * 1000) / 1000;
}
