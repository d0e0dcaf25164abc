/**
 * The voices of a story: who is quoted, of what kind, how often, and who has the first and the last
 * word. Read from the quotes alone (their speaker, the speaker's entity), so it follows whatever the
 * attribution decides. A speaker the story introduces with "a" or "one" is unnamed, whatever else
 * it is ("said a New Hampshire Democrat"), and so are an entity's people ("White House officials");
 * a speaker with an entity otherwise takes its kind from the entity's type; a speaker named by a phrase ("officials", "the two leaders", "Ukraine’s foreign ministry")
 * from the first of the phrase rules below that matches. Each kind carries the reason it was given.
 * A document quoted for its words ("the statement said") is unnamed and marked a document, whatever
 * its determiner, and has neither the first nor the last word: those go to the first and last voice that is none.
 */
import type { Entity, EntityType, Quote, TextSpan, Voice, VoiceKind, Voices } from '../analysis';

/** Characters read beside a speaker's mention for the word next to it: longer than " another " or " officials". */
const WORD_REACH = 12;

/** A voice's kind and why it was given. */
export interface KindReading {
  kind: VoiceKind;
  reason: string;
  /** A document quoted for its words (`Voice.document`). */
  document?: true;
}

/** A speaker who is an entity of the story speaks as that entity's type says; a place, through its government. */
const KIND_BY_ENTITY_TYPE: Record<EntityType, KindReading> = {
  person: { kind: 'person', reason: 'a person of the story' },
  organization: { kind: 'organization', reason: 'an organization of the story' },
  place: { kind: 'government', reason: 'a place speaking: its government' },
};

/** The words of a speaker phrase, lower-cased, possessives and punctuation dropped. */
interface PhraseWords {
  words: string[];
  /** The last word: what the phrase is ("officials", "ministry", "leaders"). */
  head: string;
  /**
   * A name ("Keidis", "Fox News"): no determiner, a capitalised head, and not a lone word the story
   * also writes in lower case ("Prosecutors said").
   */
  isName: boolean;
  /** The phrase begins with a determiner or a possessive ("the two leaders", "his campaign", "a source"). */
  hasDeterminer: boolean;
  /** The head is written in lower case: a common noun ("the statement"), not a name ("The Washington Post"). */
  headIsLowerCase: boolean;
}

interface PhraseRule extends KindReading {
  matches: (phrase: PhraseWords) => boolean;
}

/**
 * The speaker-phrase word lists, by what they tell. Read from PolNeAR train's speakers (see
 * docs/quality.md, "Voices"): anonymous sources come as "a/one/some …" or as bare plurals
 * ("officials", "White House officials"); groups of known people with "the" ("the two leaders").
 */
const PHRASE_WORDS = {
  /** Words that say the speaker is kept unnamed, wherever they stand: "a source familiar with the talks". */
  anonymity: /\b(?:familiar with|close to|condition of anonymity|anonymously|not authori[sz]ed)\b/,
  /** Determiners of someone not identified: "a diplomat", "one senior administration official", "some". */
  indefinite: new Set([
    'a',
    'an',
    'one',
    'some',
    'another',
    'several',
    'many',
    'most',
    'few',
    'multiple',
    'other',
    'others',
  ]),
  /** Determiners and possessives of someone the story has already identified. */
  definite: new Set(['the', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my']),
  /** Words of several speakers at once: "Xi and Putin", "both", "the two leaders". */
  several: new Set(['and', 'both', 'two', 'three', 'four', 'all']),
  /** Heads naming people by what they do, as stories name the sources they do not identify. */
  unnamedHeads: new Set([
    'official',
    'officials',
    'source',
    'sources',
    'aide',
    'aides',
    'adviser',
    'advisers',
    'advisor',
    'advisors',
    'spokesman',
    'spokeswoman',
    'spokesperson',
    'insider',
    'insiders',
    'confidant',
    'diplomat',
    'diplomats',
    'person',
    'people',
    'someone',
    'somebody',
    'staffer',
    'staffers',
    'friend',
    'friends',
    'member',
    'members',
  ]),
  /** Heads naming an institution: "the foreign ministry", "the company" (a document's heads are `documentHeads`). */
  organizationHeads: new Set([
    'ministry',
    'department',
    'government',
    'administration',
    'campaign',
    'committee',
    'commission',
    'council',
    'agency',
    'office',
    'party',
    'company',
    'firm',
    'group',
    'board',
    'court',
    'police',
    'army',
    'military',
    'kremlin',
    'pentagon',
    'embassy',
    'newspaper',
    'paper',
    'network',
    'union',
    'association',
    'institute',
    'foundation',
    'university',
  ]),
  /**
   * Heads naming a document: PolNeAR train credits the words to the document itself, not to its
   * issuer. Where a document noun is the subject of the cue ("the statement said", "the email read",
   * "the ad says"), 39 of 39 gold Sources are the document's phrase ("the statement", "The email",
   * "The ad"); the issuer is named in the Source only when it is the subject ("X said in a
   * statement"). A document is no voice: seen as a speaker on real pages ("The statement", "the
   * five-page letter"), it was counted as an organization or an unnamed source, and had the first word.
   */
  documentHeads: new Set([
    'statement',
    'statements',
    'letter',
    'letters',
    'release',
    'report',
    'reports',
    'memo',
    'memos',
    'email',
    'emails',
    'e-mail',
    'post',
    'posts',
    'tweet',
    'tweets',
    'message',
    'messages',
    'ad',
    'ads',
    'editorial',
    'filing',
    'complaint',
    'lawsuit',
    'document',
    'documents',
    'transcript',
    'website',
  ]),
  /** Heads naming one person by office or trade: "the Florida senator", "the Russian leader". */
  personHeads: new Set([
    'president',
    'senator',
    'governor',
    'mayor',
    'minister',
    'leader',
    'candidate',
    'nominee',
    'front-runner',
    'congressman',
    'congresswoman',
    'lawmaker',
    'judge',
    'businessman',
    'businesswoman',
    'billionaire',
    'mogul',
    'tycoon',
    'actor',
    'lawyer',
    'ambassador',
    'secretary',
    'chairman',
    'chairwoman',
    'director',
    'founder',
    'executive',
    'moderator',
    'host',
    'author',
    'supporter',
  ]),
  /** Plurals that are no name even capitalised: "Republicans said" is some Republicans, unnamed; so is "Police said". */
  peoplePlurals: new Set([
    'democrats',
    'republicans',
    'americans',
    'conservatives',
    'liberals',
    'progressives',
    'police',
  ]),
  /** Plurals not ending in "s". */
  irregularPlurals: new Set(['men', 'women', 'children', 'people', 'folks']),
};

/** A speaker introduced with "a", "one", "another": "said a New Hampshire Democrat", entity or not. */
const SOMEONE: KindReading = { kind: 'unnamed', reason: 'someone not identified' };

/** An entity's people rather than the entity: "White House officials", "a Republican National Committee member". */
const SOMEONE_OF: KindReading = { kind: 'unnamed', reason: 'someone of an organization, not named' };

/** In order: the first rule that matches decides. */
const PHRASE_RULES: PhraseRule[] = [
  { kind: 'unnamed', reason: 'kept anonymous', matches: (p) => PHRASE_WORDS.anonymity.test(p.words.join(' ')) },
  { ...SOMEONE, matches: (p) => PHRASE_WORDS.indefinite.has(p.words[0]) },
  {
    kind: 'group',
    reason: 'several speakers together',
    matches: (p) => p.words.some((w) => PHRASE_WORDS.several.has(w)),
  },
  {
    kind: 'unnamed',
    reason: 'people not identified',
    matches: (p) => !p.hasDeterminer && (PHRASE_WORDS.peoplePlurals.has(p.head) || (!p.isName && isPlural(p.head))),
  },
  { kind: 'unnamed', reason: 'a source named by what they do', matches: (p) => PHRASE_WORDS.unnamedHeads.has(p.head) },
  { kind: 'organization', reason: 'an institution', matches: (p) => PHRASE_WORDS.organizationHeads.has(p.head) },
  { kind: 'group', reason: 'several people, named before', matches: (p) => !p.isName && isPlural(p.head) },
  { kind: 'person', reason: 'a person named by office', matches: (p) => PHRASE_WORDS.personHeads.has(p.head) },
  { kind: 'person', reason: 'a name', matches: (p) => p.isName },
];

/** A document quoted for its words: "the statement said", "a five-page letter warned". */
const DOCUMENT: KindReading = { kind: 'unnamed', reason: 'a document, not a voice', document: true };

/** No rule matched: a description whose bearer the story leaves to the reader ("the man"). */
const UNDECIDED: KindReading = { kind: 'unnamed', reason: 'described, not named' };

/** The voices of the story, from its quotes in any order: only quotes with a speaker count. */
export function findVoices(text: string, quotes: Quote[], entities: Entity[]): Voices {
  const entitiesById = new Map(entities.map((entity) => [entity.id, entity]));
  const entityOf = (quote: Quote) => (quote.speakerId ? (entitiesById.get(quote.speakerId) ?? null) : null);
  /** The name is the voice: `first` and `last` give only names. */
  const nameOf = (quote: Quote) => entityOf(quote)?.name ?? (quote.speaker as string);
  const byName = new Map<string, Voice>();
  const spoken = quotes.filter((quote) => quote.speaker !== null).sort((a, b) => a.start - b.start);
  for (const quote of spoken) {
    const speaker = nameOf(quote);
    const voice = byName.get(speaker) ?? {
      speaker,
      ...kindOfSpeaker(text, quote, entityOf(quote)),
      quotes: 0,
      direct: 0,
    };
    voice.quotes++;
    if (quote.kind === 'direct') voice.direct++;
    byName.set(speaker, voice);
  }
  const voiced = spoken.filter((quote) => !byName.get(nameOf(quote))?.document);
  const [firstQuote, lastQuote] = [voiced[0], voiced.at(-1)];
  return {
    speakers: [...byName.values()],
    first: firstQuote ? nameOf(firstQuote) : null,
    last: lastQuote ? nameOf(lastQuote) : null,
  };
}

/**
 * The kind of a quote's speaker (`text` is the story): a document where a phrase names one ("a
 * statement"); someone not identified where the story introduces them with "a" or "one", even
 * under a name-like entity, or names an entity's people ("White House officials"); else its
 * entity's type; else what its phrase says.
 */
export function kindOfSpeaker(text: string, quote: Quote, entity: Entity | null): KindReading {
  const phrase = entity ? null : readPhrase(quote.speaker ?? '', text);
  if (phrase && isDocument(phrase)) return DOCUMENT;
  const mention = quote.speakerMention;
  if (PHRASE_WORDS.indefinite.has(wordBefore(text, mention))) return SOMEONE;
  if (entity)
    return PHRASE_WORDS.unnamedHeads.has(wordAfter(text, mention)) ? SOMEONE_OF : KIND_BY_ENTITY_TYPE[entity.type];
  const rule = phrase && PHRASE_RULES.find((candidate) => candidate.matches(phrase));
  return rule ? { kind: rule.kind, reason: rule.reason } : UNDECIDED;
}

/** The word just before the speaker's mention, lower-cased ("said a New Hampshire Democrat" → "a"). */
function wordBefore(text: string, mention: TextSpan | undefined): string {
  if (!mention) return '';
  const before = text.slice(Math.max(0, mention.start - WORD_REACH), mention.start);
  return before.match(/(\p{L}+)\s+$/u)?.[1].toLowerCase() ?? '';
}

/** The word just after the speaker's mention, lower-cased ("White House officials said" → "officials"). */
function wordAfter(text: string, mention: TextSpan | undefined): string {
  if (!mention) return '';
  return (
    text
      .slice(mention.end, mention.end + WORD_REACH)
      .match(/^\s+(\p{L}+)/u)?.[1]
      .toLowerCase() ?? ''
  );
}

/** The words of a speaker phrase; `text` is the story, to tell a name from a word opening a sentence. */
function readPhrase(speaker: string, text: string): PhraseWords {
  const tokens = speaker.replace(/[’']s?$/, '').match(/[\p{L}\p{N}]+(?:[-.][\p{L}\p{N}]+)*/gu) ?? [];
  const words = tokens.map((word) => word.toLowerCase());
  /** The last word with a letter: "Guccifer 2.0" is Guccifer. */
  const head = tokens.findLast((token) => /\p{L}/u.test(token)) ?? '';
  const hasDeterminer = PHRASE_WORDS.definite.has(words[0]) || PHRASE_WORDS.indefinite.has(words[0]);
  const opensSentence = words.length === 1 && isWrittenInLowerCase(text, head);
  const isName = !hasDeterminer && /^\p{Lu}/u.test(head) && !opensSentence;
  return { words, head: head.toLowerCase(), isName, hasDeterminer, headIsLowerCase: /^\p{Ll}/u.test(head) };
}

/** A document's phrase: its head a document noun in lower case ("the statement", "Trump’s letter"), not a name. */
function isDocument(phrase: PhraseWords): boolean {
  return phrase.headIsLowerCase && PHRASE_WORDS.documentHeads.has(phrase.head);
}

/** Whether `phrase` names a document ("a Feb. 1 letter"): the voices evaluation reads gold sources by it. */
export function namesDocument(phrase: string): boolean {
  return isDocument(readPhrase(phrase, ''));
}

/** The story writes `word` in lower case somewhere: capitalised, it only opens a sentence ("Prosecutors said"). */
function isWrittenInLowerCase(text: string, word: string): boolean {
  const literal = word.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<!\\p{L})${literal}(?!\\p{L})`, 'u').test(text);
}

function isPlural(head: string): boolean {
  return PHRASE_WORDS.irregularPlurals.has(head) || /[^s]s$/.test(head);
}
