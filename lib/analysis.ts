/**
 * The `Analysis` object of docs/contract.md: what the extension, the command line and
 * every evaluation read. Fields may be added; none may change.
 */

export type EntityType = 'person' | 'place' | 'organization';

/** Kinds of highlight a reader can switch on and off. */
export type HighlightKind = EntityType | 'quote';

/** A span of `Analysis.text`: UTF-16 offsets, end exclusive, `text.slice(start, end) === text`. */
export interface TextSpan {
  start: number;
  end: number;
  text: string;
}

export interface Entity {
  id: string;
  /** Canonical name: "Vladimir Putin", not "Putin" or "Putin’s". */
  name: string;
  type: EntityType;
  /** Title or office, e.g. "President of Ukraine". */
  role?: string;
  /** In [0,1]; `Analysis.entities` is sorted by it, most salient first. */
  salience: number;
  mentions: TextSpan[];
}

export type QuoteKind = 'direct' | 'partial';

export interface Quote {
  id: string;
  /** The words inside the quotation marks, marks excluded. */
  start: number;
  end: number;
  text: string;
  kind: QuoteKind;
  /** An entity id, where the speaker is a named entity. */
  speakerId: string | null;
  /** The speaker as a reader would name them. */
  speaker: string | null;
  /** The reporting verb or phrase: "said", "told", "according to". */
  cue?: string;
  /** Added field: where in the text the speaker is named for this quote (name or pronoun). */
  speakerMention?: TextSpan;
}

/**
 * What kind of voice a speaker is: a person, an organization, a place speaking through its
 * government ("Russia said"), several speakers as one ("the two leaders"), or a source the story
 * does not name ("officials said", "a source familiar with the talks", "the statement said").
 */
export type VoiceKind = 'person' | 'organization' | 'government' | 'group' | 'unnamed';

/** One speaker of the story and how they are quoted. */
export interface Voice {
  /** As the quotes name them: the entity's canonical name where the speaker is an entity. */
  speaker: string;
  kind: VoiceKind;
  /** Why the kind was given, readable ("a person of the story", "a source named by what they do"). */
  reason: string;
  /**
   * A document quoted for its words ("the statement said", "the five-page letter warned"): of kind
   * unnamed (it names nobody), and never the first or the last word. Absent for any other voice.
   */
  document?: true;
  /** Quotes given to this speaker, and how many of them are direct (not partial). */
  quotes: number;
  direct: number;
}

/** Who is quoted in the story. */
export interface Voices {
  /** In order of first quote. Quotes nobody is named for are not a voice. */
  speakers: Voice[];
  /**
   * The speakers of the first and the last quote that has one who is no document ("the statement
   * said" is not the story's first word); null when no quote has.
   */
  first: string | null;
  last: string | null;
}

export interface ArticleMetadata {
  title: string | null;
  /**
   * The writer's names as printed, what is not a name cut (label, date, address, site), and put in
   * the case of names when printed all in capitals or all in lower case (docs/contract.md).
   */
  byline: string | null;
  siteName: string | null;
  /** ISO 8601 where known. */
  publishedTime: string | null;
  /** Place of the dateline, e.g. "Moscow". */
  dateline: string | null;
  /** Wire agencies credited, e.g. ["AFP", "APP"]. */
  agencies: string[];
  /** BCP 47, e.g. "en". */
  lang: string | null;
  wordCount: number;
  /** Added field: the page shows only part of the story (a paywall teaser). */
  partial?: boolean;
}

export interface Detection {
  /** In [0,1]. */
  score: number;
  /** The signals that fired, readable: the popup shows them. */
  reasons: string[];
}

export interface Analysis {
  isArticle: boolean;
  detection: Detection;
  article: ArticleMetadata;
  /** The body text analysed; paragraphs joined by "\n". */
  text: string;
  entities: Entity[];
  quotes: Quote[];
  /** 3–5 sentences that carry the story, in story order. */
  keyPoints: string[];
  /**
   * Added field: at most three one-line points (≤ 30 words each), the cores of the sentences that
   * carry the story, in story order; the popup's first screen shows them.
   */
  shortPoints?: string[];
  /** Added field: who is quoted, of what kind, and who has the first and the last word. */
  voices?: Voices;
  /**
   * Added field: why the text was not analysed (e.g. "the page is in French: only English is analysed"),
   * null when it was.
   */
  skipped?: string | null;
}
