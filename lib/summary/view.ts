/**
 * The structured summary of an Analysis as the reader sees it, shared by the popup's views and
 * the Markdown export so both say the same thing in the same order.
 */
import type { Analysis, ArticleMetadata, Entity, EntityType, Quote, Voice, VoiceKind, Voices } from '../analysis';
import { nameKey } from '../page/site-names';

/** Quotes by one speaker (or by nobody named). */
export interface QuoteGroup {
  /** As a reader would name the speaker; null for quotes nobody is named for. */
  speaker: string | null;
  /** The speaker's entity where the speaker is a named entity. */
  entity: Entity | null;
  quotes: Quote[];
}

/** Plural headings of the entity lists, in the order the summary shows them. */
export const ENTITY_SECTIONS: ReadonlyArray<{ type: EntityType; heading: string }> = [
  { type: 'person', heading: 'People' },
  { type: 'place', heading: 'Places' },
  { type: 'organization', heading: 'Organizations' },
];

export const ENTITY_TYPE_LABELS: Record<EntityType, string> = {
  person: 'Person',
  place: 'Place',
  organization: 'Organization',
};

/** Each kind of voice as counted in the voices row, singular and plural, in the row's order. */
const VOICE_KIND_NOUNS: ReadonlyArray<{ kind: VoiceRowKind; one: string; many: string }> = [
  { kind: 'person', one: 'person', many: 'people' },
  { kind: 'organization', one: 'organization', many: 'organizations' },
  { kind: 'government', one: 'government', many: 'governments' },
  { kind: 'group', one: 'group', many: 'groups' },
  { kind: 'unnamed', one: 'unnamed', many: 'unnamed' },
  { kind: 'document', one: 'document', many: 'documents' },
];

/** A voice as the voices row counts it: its kind, or a document apart from the unnamed people. */
export type VoiceRowKind = VoiceKind | 'document';

/** How the voices row counts a voice (or a kind reading of one, as the voices evaluation does). */
export function rowKindOf(voice: Pick<Voice, 'kind' | 'document'>): VoiceRowKind {
  return voice.document ? 'document' : voice.kind;
}

/**
 * The voices row: "5 people, 2 organizations, 1 unnamed; first word: …, last word: …"; null for a
 * story that quotes nobody (or an Analysis made before voices were counted). A story that quotes
 * only documents has no first word.
 */
export function describeVoices(voices: Voices | undefined): string | null {
  if (!voices || voices.speakers.length === 0) return null;
  const counts = VOICE_KIND_NOUNS.flatMap(({ kind, one, many }) => {
    const count = voices.speakers.filter((voice) => rowKindOf(voice) === kind).length;
    return count > 0 ? [`${count} ${count === 1 ? one : many}`] : [];
  });
  if (voices.first === null) return counts.join(', ');
  const words =
    voices.first === voices.last
      ? `first and last word: ${voices.first}`
      : `first word: ${voices.first}, last word: ${voices.last}`;
  return `${counts.join(', ')}; ${words}`;
}

/** How much of the story the popup's lead disclosure holds: its first paragraphs, up to about this many words. */
const LEAD_PARAGRAPHS = 3;
const LEAD_WORDS = 120;

/**
 * The points on the popup's first screen: the one-line `shortPoints`, or for an Analysis made before
 * them, the first three whole `keyPoints`.
 */
export function firstScreenPoints(analysis: Analysis): string[] {
  return analysis.shortPoints ?? analysis.keyPoints.slice(0, 3);
}

/** The story's first paragraphs, as many as fit `LEAD_WORDS` (at least one, at most `LEAD_PARAGRAPHS`). */
export function leadParagraphs(analysis: Analysis): string[] {
  const lead: string[] = [];
  let words = 0;
  for (const paragraph of analysis.text.split('\n')) {
    const trimmed = paragraph.trim();
    if (!trimmed) continue;
    if (lead.length === LEAD_PARAGRAPHS || (lead.length > 0 && words >= LEAD_WORDS)) break;
    lead.push(trimmed);
    words += trimmed.split(/\s+/).length;
  }
  return lead;
}

/** The analysis's entities of one type, most salient first (the contract's order). */
export function entitiesOfType(analysis: Analysis, type: EntityType): Entity[] {
  return analysis.entities.filter((entity) => entity.type === type);
}

/**
 * Quotes grouped by speaker: speakers who said more first, then by who speaks first in the story;
 * quotes nobody is named for come last. Quotes keep story order inside a group.
 */
export function groupQuotesBySpeaker(analysis: Analysis): QuoteGroup[] {
  const entitiesById = new Map(analysis.entities.map((entity) => [entity.id, entity]));
  const groups = new Map<string, QuoteGroup & { firstStart: number }>();
  for (const quote of [...analysis.quotes].sort((a, b) => a.start - b.start)) {
    const entity = quote.speakerId ? (entitiesById.get(quote.speakerId) ?? null) : null;
    const speaker = entity?.name ?? quote.speaker;
    const key = entity ? `entity:${entity.id}` : speaker ? `name:${speaker}` : 'nobody';
    const group = groups.get(key) ?? { speaker, entity, quotes: [], firstStart: quote.start };
    group.quotes.push(quote);
    groups.set(key, group);
  }
  return [...groups.values()]
    .sort(
      (a, b) =>
        Number(a.speaker === null) - Number(b.speaker === null) ||
        b.quotes.length - a.quotes.length ||
        a.firstStart - b.firstStart,
    )
    .map(({ speaker, entity, quotes }) => ({ speaker, entity, quotes }));
}

/**
 * The byline worth showing beside the site's name: none when it only names the site again
 * ("ABC News · By ABC News", a story with no author of its own), compared as the extraction
 * compares a site's names (`nameKey`).
 */
export function distinctByline(article: ArticleMetadata): string | null {
  if (!article.byline) return null;
  return article.siteName && nameKey(article.byline) === nameKey(article.siteName) ? null : article.byline;
}

/** The quotes whose speaker is `entityId`, in story order. */
export function quotesBy(analysis: Analysis, entityId: string): Quote[] {
  return analysis.quotes.filter((quote) => quote.speakerId === entityId).sort((a, b) => a.start - b.start);
}

/**
 * A published time as a reader expects it ("28 November 2026"), in UTC so every machine says
 * the same day; the raw string when it is not a date.
 */
export function formatPublishedDate(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    date,
  );
}

/** "1 mention", "3 mentions". */
export function countLabel(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
