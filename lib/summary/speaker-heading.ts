/**
 * The heading of a group of quotes, in the popup and the Markdown export. Apart from the rest of
 * the summary's view (lib/summary/view.ts), which the page's reader loads too: this one reads
 * the quotes' name particles, which stay out of the page's scripts.
 */
import { isNameParticle } from '../analyze/quotes/phrases';
import type { QuoteGroup } from './view';

/**
 * The heading of a group of quotes: the speaker as named, a descriptor capitalised as a heading
 * ("The foreign ministry" for "the foreign ministry"), or "Speaker not named". A name the story
 * did not link to a person keeps its lowercase particle ("de Mistura" stays as written).
 */
export function speakerHeading(group: QuoteGroup): string {
  const { speaker, entity } = group;
  if (speaker === null) return 'Speaker not named';
  if (entity || opensOnNameParticle(speaker)) return speaker;
  return speaker.charAt(0).toUpperCase() + speaker.slice(1);
}

/** Whether `speaker` opens on a name's particle before a capitalised word ("de Mistura", "van der Leyen"). */
function opensOnNameParticle(speaker: string): boolean {
  const words = speaker.split(/\s+/);
  const firstNamed = words.findIndex((word) => !isNameParticle({ text: word }));
  return firstNamed > 0 && /^\p{Lu}/u.test(words[firstNamed] ?? '');
}
