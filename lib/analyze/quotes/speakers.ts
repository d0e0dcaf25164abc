/**
 * From a phrase naming a speaker to the speaker a reader would name: a named entity of the article
 * ("US Secretary of State Antony Blinken" → the entity "Antony Blinken"), a name the entity list
 * missed (the capitalised run ending the phrase, titles dropped), a group or institution named as
 * such ("Ukraine’s foreign ministry", "the two leaders"), or a pronoun left for pronouns.ts.
 */
import type { Entity, TextSpan } from '../../analysis';
import { isTitleCase } from '../ner/headlines';
import { isCapitalised } from '../ner/tokens';
import { isDeterminer, isNameParticle, isPronoun, phraseTokens, type PhraseToken } from './phrases';
import type { RuleSet } from './rules';

export interface Speaker {
  /** The speaker as a reader would name them; null for a pronoun not yet resolved. */
  name: string | null;
  id: string | null;
  /** Where the text names the speaker for this cue (a name, a phrase or a pronoun). */
  mention: TextSpan;
  /** A pronoun to resolve ("he"), lower-cased; absent for names and phrases. */
  pronoun?: string;
  /** A single person (as opposed to a group, institution, place or document). */
  isPerson: boolean;
  plural: boolean;
}

export interface MentionIndex {
  /** Entity mentions sorted by start. */
  mentions: Array<{ start: number; end: number; entity: Entity }>;
  entities: Entity[];
  /** Words the text writes in lower case, lowered: in a headline they are no name words ("Says"). */
  lowerCaseWords: Set<string>;
  /** Each entity's place in `entities` (its salience rank) and how many mentions it has, by id. */
  rankOf: Map<string, number>;
  timesNamed: Map<string, number>;
  /** Whether the line starting at each offset is in Title Case, as computed (a long line is read once). */
  titleCaseLines: Map<number, boolean>;
}

/**
 * Single words of titles and descriptors, dropped from the front of a name: "Rep. Gwen Moore" →
 * "Gwen Moore". Words, not the whole titles of ner/news-lexicon.ts's TITLES ("prime minister").
 */
const WORDS_BEFORE_A_NAME = new Set([
  'mr.',
  'mrs.',
  'ms.',
  'dr.',
  'rep.',
  'reps.',
  'sen.',
  'sens.',
  'gov.',
  'gen.',
  'lt.',
  'col.',
  'sgt.',
  'capt.',
  'prof.',
  'rev.',
  'maj.',
  'adm.',
  'atty.',
  'sec.',
  'del.',
  'supt.',
  'president',
  'vice',
  'secretary',
  'state',
  'minister',
  'prime',
  'foreign',
  'defense',
  'defence',
  'senator',
  'governor',
  'congressman',
  'congresswoman',
  'chairman',
  'chairwoman',
  'chair',
  'chief',
  'judge',
  'justice',
  'general',
  'mayor',
  'ambassador',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'leader',
  'king',
  'queen',
  'pope',
  'prince',
  'princess',
  'lord',
  'sir',
  'dame',
  'democratic',
  'republican',
  'gop',
  'candidate',
  'nominee',
  'speaker',
  'house',
  'senate',
  'attorney',
  'director',
  'commissioner',
  'sheriff',
  'officer',
  'minority',
  'majority',
  'whip',
  'former',
  'the',
  'us',
  'u.s.',
  'uk',
  'u.k.',
  'un',
  'u.n.',
  'white',
  'press',
  'campaign',
  'manager',
  'adviser',
  'advisor',
  'chancellor',
  'premier',
  'emir',
  'sheikh',
  'ayatollah',
  'rabbi',
  'father',
  'sister',
  'brother',
  'coach',
  'professor',
  'doctor',
  'detective',
  'officer',
  'deputy',
  'assistant',
  'acting',
  'interim',
  'executive',
  'ceo',
  'founder',
  'co-founder',
  'host',
  'anchor',
  'correspondent',
  'editor',
  'analyst',
  'strategist',
  'pollster',
  'economist',
  'surrogate',
  'aide',
  'staffer',
  'counsel',
  'lawyer',
  'mr',
  'mrs',
  'ms',
  'dr',
]);

/** Words that make a capitalised name an institution or a publication rather than a person. */
const INSTITUTION_WORDS =
  /\b(?:Ministry|Party|Department|Committee|Times|Post|News|Journal|Campaign|Council|Association|Institute|University|Union|Commission|Agency|Office|House|Court|Group|Fund|Bank|Foundation|Center|Centre|Network|Press|Reuters|Administration|Government|Congress|Senate|Caucus|Corporation|Company|Inc|Club|Organization|Organisation|Service|Review|Magazine|Tribune|Herald|Daily|Report|Project|Alliance|Coalition|Board|Authority|Police|Army|Navy|Kremlin|Pentagon|Statement)\b/;

const PLURAL_HEAD = /(?:[^s]s|ies|men|people|staff|police|public)$/;

const SPEAKER_PATTERNS = {
  lowerCaseWord: /(?<![\p{L}'’-])\p{Ll}+(?![\p{L}'’-])/gu,
  word: /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu,
};

export function indexMentions(entities: Entity[], text: string): MentionIndex {
  const mentions = entities
    .flatMap((entity) => entity.mentions.map((m) => ({ start: m.start, end: m.end, entity })))
    .sort((a, b) => a.start - b.start);
  const lowerCaseWords = new Set(text.match(SPEAKER_PATTERNS.lowerCaseWord) ?? []);
  const rankOf = new Map<string, number>();
  entities.forEach((entity, rank) => {
    if (!rankOf.has(entity.id)) rankOf.set(entity.id, rank);
  });
  const timesNamed = new Map<string, number>();
  for (const { entity } of mentions) timesNamed.set(entity.id, (timesNamed.get(entity.id) ?? 0) + 1);
  return { mentions, entities, lowerCaseWords, rankOf, timesNamed, titleCaseLines: new Map() };
}

/** Is the line of `text` holding `at` in Title Case (a headline's line)? Cached per line in `index`. */
export function isOnTitleCaseLine(text: string, at: number, index: MentionIndex): boolean {
  const lineStart = text.lastIndexOf('\n', at) + 1;
  let titleCase = index.titleCaseLines.get(lineStart);
  if (titleCase === undefined) {
    const lineEnd = text.indexOf('\n', at);
    const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
    titleCase = isTitleCase(line.match(SPEAKER_PATTERNS.word) ?? []);
    index.titleCaseLines.set(lineStart, titleCase);
  }
  return titleCase;
}

/** The speaker named by `phrase`. */
export function nameSpeaker(text: string, phrase: TextSpan, index: MentionIndex, enabled: RuleSet): Speaker {
  const tokens = phraseTokens(text, phrase.start, phrase.end).filter((t) => t.isWord);
  if (tokens.length === 1 && isPronoun(tokens[0])) {
    const pronoun = tokens[0].text.toLowerCase();
    return {
      name: null,
      id: null,
      mention: phrase,
      pronoun,
      isPerson: pronoun === 'he' || pronoun === 'she',
      plural: pronoun === 'they' || pronoun === 'we',
    };
  }
  const last = tokens[tokens.length - 1];
  const joined = tokens.some((t) => t.text === 'and');
  if (joined || !isCapitalised(last.text)) return groupSpeaker(phrase, tokens, index, joined, enabled);
  const named = finalNameRun(enabled.has('name-before-of') ? nameBeforeOf(tokens) : tokens);
  const run = enabled.has('headline-words-end-name') ? withoutHeadlineWords(text, named, index) : named;
  const head = run[run.length - 1];
  const mention = { start: run[0].start, end: head.end, text: text.slice(run[0].start, head.end) };
  const bySurname = run.length === 1 && enabled.has('person-by-surname');
  const entity = entityAt(index, head) ?? (bySurname ? personBySurname(index, head.text) : null);
  if (entity) return { name: entity.name, id: entity.id, mention, isPerson: entity.type === 'person', plural: false };
  return { name: mention.text, id: null, mention, isPerson: !INSTITUTION_WORDS.test(mention.text), plural: false };
}

/** A collective or institutional speaker, named by its whole phrase ("the two leaders"). */
function groupSpeaker(
  phrase: TextSpan,
  tokens: PhraseToken[],
  index: MentionIndex,
  joined: boolean,
  enabled: RuleSet,
): Speaker {
  const byRole = () => (enabled.has('person-by-role') ? personByRole(index, tokens) : null);
  const entity = joined ? null : (entityCovering(index, phrase) ?? byRole());
  if (entity)
    return { name: entity.name, id: entity.id, mention: phrase, isPerson: entity.type === 'person', plural: false };
  const name = isDeterminer(tokens[0]) ? phrase.text[0].toLowerCase() + phrase.text.slice(1) : phrase.text;
  const head = tokens[tokens.length - 1].text.toLowerCase();
  return { name, id: null, mention: phrase, isPerson: false, plural: joined || PLURAL_HEAD.test(head) };
}

/**
 * "Ross Eisenbrey of the Economic Policy Institute": the name before "of", unless that is a title
 * ("Secretary of State Antony Blinken").
 */
function nameBeforeOf(tokens: PhraseToken[]): PhraseToken[] {
  const of = tokens.findIndex((t) => t.text === 'of');
  if (of <= 0) return tokens;
  const before = tokens[of - 1];
  return isCapitalised(before.text) && !WORDS_BEFORE_A_NAME.has(before.text.toLowerCase())
    ? tokens.slice(0, of)
    : tokens;
}

/** The capitalised words ending the phrase, without leading titles: "State Antony Blinken" → "Antony Blinken". */
function finalNameRun(tokens: PhraseToken[]): PhraseToken[] {
  let first = tokens.length - 1;
  while (first > 0 && (isCapitalised(tokens[first - 1].text) || isNameParticle(tokens[first - 1]))) first--;
  while (first < tokens.length - 1 && WORDS_BEFORE_A_NAME.has(tokens[first].text.toLowerCase())) first++;
  return tokens.slice(first);
}

/**
 * A name run into a headline's words ends before the first of them the text writes in lower case:
 * "Clinton Says Russians Hacked DNC" → "Clinton", "Mike Pence Calls" → "Mike Pence". Read only on a
 * Title Case line, where every word is capitalised, and from the second word on.
 */
function withoutHeadlineWords(text: string, run: PhraseToken[], index: MentionIndex): PhraseToken[] {
  if (!isOnTitleCaseLine(text, run[0].start, index)) return run;
  const cut = run.findIndex((token, i) => i > 0 && index.lowerCaseWords.has(token.text.toLowerCase()));
  return cut > 0 ? run.slice(0, cut) : run;
}

function entityAt(index: MentionIndex, token: PhraseToken): Entity | null {
  const hit = index.mentions.find((m) => m.start < token.end && m.end > token.start);
  return hit ? hit.entity : null;
}

function entityCovering(index: MentionIndex, phrase: TextSpan): Entity | null {
  const hit = index.mentions.find((m) => m.start <= phrase.start && m.end >= phrase.end);
  return hit ? hit.entity : null;
}

/**
 * "the president" where one person of the story holds that office (a role "President", "President
 * of France", "US President"): that person. Two holders ("the minister" beside two ministers) name nobody.
 */
function personByRole(index: MentionIndex, tokens: PhraseToken[]): Entity | null {
  if (tokens.length < 2 || tokens[0].text.toLowerCase() !== 'the') return null;
  const office = tokens
    .slice(1)
    .map((t) => t.text.toLowerCase())
    .join(' ');
  const holders = index.entities.filter((e) => {
    const role = e.type === 'person' ? e.role?.toLowerCase() : undefined;
    return role !== undefined && (role === office || role.startsWith(`${office} of `) || role.endsWith(` ${office}`));
  });
  return holders.length === 1 ? holders[0] : null;
}

/** "Putin" where the entity list has only "Vladimir Putin" elsewhere: the person of that surname. */
function personBySurname(index: MentionIndex, word: string): Entity | null {
  const bare = word.replace(/[’']s?$/, '');
  return index.entities.find((e) => e.type === 'person' && e.name.split(/\s+/).pop() === bare) ?? null;
}
