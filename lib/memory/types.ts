/**
 * What the reading memory keeps and what it answers, as plain types: the reader, the card's frame,
 * the popup and the options import these without the database code (and without idb).
 */
import type { EntityType } from '../analysis';

/** One entity as one story had it. */
export interface StoryEntity {
  /** The memory's entry for this entity (one person across stories is one entry). */
  entityId: number;
  /** The canonical name this story gave it. */
  name: string;
  type: EntityType;
  role: string | null;
  /** Mentions in this story. */
  mentions: number;
  /** What this story quoted it saying, in story order. */
  quotes: string[];
}

/** One analysed story. Keyed by its address without the fragment. */
export interface StoryRecord {
  url: string;
  headline: string;
  site: string;
  /** When the story says it was published (ISO 8601), where it says so. */
  publishedTime: string | null;
  /** When the reader read it (ms since the epoch): retention and "the last 7 days" count from it. */
  readAt: number;
  entities: StoryEntity[];
  /** The `entityId`s of `entities`, as one field, for the index from an entity to its stories. */
  entityIds: number[];
}

/** One entity across stories: a person, place or organization the reader met. */
export interface EntityRecord {
  /** Given by the database. */
  id?: number;
  type: EntityType;
  /** The fullest name met: "Vladimir Putin" once a story gave it, "Putin" before. */
  name: string;
  /** Every name it was met under, as identity keys (`nameKey`). */
  keys: string[];
  /** A person's surname as an identity key ("person:putin"); null for places and organizations. */
  surname: string | null;
}

/** A story as lists show it. */
export interface StoryLink {
  url: string;
  headline: string;
  site: string;
  publishedTime: string | null;
  readAt: number;
}

/** "Also in your reading", for one entity of the open story. */
export interface AlsoInReading {
  name: string;
  type: EntityType;
  /** The other stories where it appeared, most recently read first. */
  stories: StoryLink[];
  /** The latest thing another story quoted it saying, and where. */
  latestQuote: { text: string; story: StoryLink } | null;
}

/** One entity of the popup's "Your reading": how many stories it was in, and which. */
export interface ReadingEntity {
  name: string;
  type: EntityType;
  stories: StoryLink[];
}

/** "Your reading": the entities met most over the last days, by type. */
export interface ReadingOverview {
  days: number;
  /** Stories read over those days. */
  storyCount: number;
  people: ReadingEntity[];
  places: ReadingEntity[];
  organizations: ReadingEntity[];
}

/** "Your reading" as the popup asks for it, in one answer: the overview, or why the memory is off. */
export type ReadingAnswer = { on: true; overview: ReadingOverview } | { on: false; reason: string | null };

/** Whether the memory works, as the popup and the options page say it. */
export interface MemoryStatus {
  /** The database is open. */
  on: boolean;
  /** The reader paused recording (what was kept still shows). */
  paused: boolean;
  /** Why it is off, when it is. */
  reason: string | null;
  stories: number;
}

/** Everything kept, as the options page downloads it. */
export interface MemoryExport {
  format: 'newslens-memory';
  schemaVersion: number;
  exportedAt: string;
  stories: StoryRecord[];
  entities: EntityRecord[];
}

/** The entity of a card: what the memory is asked about. */
export interface EntityRef {
  name: string;
  type: EntityType;
}
