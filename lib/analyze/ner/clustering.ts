/**
 * Groups an article's name mentions into entities: the same name, a person's surname or given
 * name → their full name, an acronym ↔ its long form ("ICC" ↔ "International Criminal Court"), and
 * news short forms ("US" ↔ "United States", "G7" ↔ "Group of Seven"). Each entity is named by its
 * longest form.
 */
import type { EntityType, TextSpan } from '../../analysis';
import { LONG_FORMS, withoutLegalForm } from './news-lexicon';
import type { TypeScores } from './type-evidence';

export interface Mention extends TextSpan {
  type: EntityType;
  role?: string;
  /** How strongly its reading holds to each type (type-evidence.ts), when asked; none on a mention a rule added. */
  typeScores?: () => TypeScores;
  /** On a line in Title Case, a headline's, where a name may run into the headline's words (headlines.ts). */
  onTitleCaseLine?: boolean;
}

export interface Cluster {
  name: string;
  type: EntityType;
  role?: string;
  mentions: Mention[];
}

/** Words left out of an acronym ("Group of Seven" → G7 is a long form, "UoS" is not). */
const ACRONYM_SKIPPED_WORDS = new Set(['of', 'the', 'and', 'for', 'de', 'du', 'des', 'la', 'le', '&']);

const PATTERNS = {
  acronym: /^\p{Lu}{2,6}$/u,
  lowercase: /\p{Ll}/u,
  word: /[^\s]+/g,
};

/**
 * Clusters mentions (in text order) into entities. The same words tagged with different types stay
 * apart (the city "New York" and the team), except that a surname joins its person.
 */
export function clusterMentions(mentions: Mention[], isKnownPlace: (name: string) => boolean): Cluster[] {
  const byName = new Map<string, Group>();
  for (const mention of mentions) {
    const longForm = LONG_FORMS[mention.text];
    const name = longForm?.name ?? mention.text;
    const type = longForm?.type ?? mention.type;
    const key = `${type}:${name}`;
    const group = byName.get(key) ?? { name, type, mentions: [] };
    group.mentions.push(mention);
    byName.set(key, group);
  }
  return mergeShortForms(mergeTypeSplits(mergeCapitalisedForms([...byName.values()]), isKnownPlace)).map(
    ({ name, type, mentions: group }) => ({
      name: readableName(name, type, isKnownPlace),
      type,
      ...roleOf(group),
      mentions: group.sort((a, b) => a.start - b.start),
    }),
  );
}

/**
 * A name written in capitals joins the same name written in mixed case with the same type: a
 * dateline's "HANOI" is the story's "Hanoi", an opening "CHINA has sent troops" (the Express's style)
 * its "China" (both seen listed twice in the popup). Of another type it stays apart (mergeTypeSplits).
 */
function mergeCapitalisedForms(groups: Group[]): Group[] {
  const mixedCase = new Map<string, Group>();
  for (const group of groups) {
    if (PATTERNS.lowercase.test(group.name)) mixedCase.set(`${group.type}:${group.name.toUpperCase()}`, group);
  }
  const merged = new Set<Group>();
  for (const group of groups) {
    const same = PATTERNS.lowercase.test(group.name) ? undefined : mixedCase.get(`${group.type}:${group.name}`);
    if (!same) continue;
    same.mentions.push(...group.mentions);
    merged.add(group);
  }
  return groups.filter((group) => !merged.has(group));
}

/**
 * The same mixed-case name tagged with two types in one article is one entity, of the type its
 * mentions' evidence favours (the type whose scores, summed over every mention of the name, are
 * highest: type-evidence.ts; the count of mentions where the evidence ties), or a place when the
 * lexicon knows the name as one and the tagger read it so at least once ("Kyiv" taken for a
 * government in "accused Kyiv of"). ALL-CAPS names are left apart: in results tables the same city
 * name is a team ("NEW YORK") as well as a dateline.
 */
function mergeTypeSplits(groups: Group[], isKnownPlace: (name: string) => boolean): Group[] {
  const byName = new Map<string, Group[]>();
  for (const group of groups) byName.set(group.name, [...(byName.get(group.name) ?? []), group]);
  const merged = new Set<Group>();
  for (const [name, named] of byName) {
    if (named.length < 2 || !PATTERNS.lowercase.test(name)) continue;
    const winner = strongestReading(named, isKnownPlace);
    if (!winner) continue;
    for (const group of named.filter((other) => other !== winner)) {
      winner.mentions.push(...group.mentions);
      merged.add(group);
    }
  }
  return groups.filter((group) => !merged.has(group));
}

/** The group whose type the name's mentions favour, or none when two readings tie. */
function strongestReading(named: Group[], isKnownPlace: (name: string) => boolean): Group | null {
  const knownPlace = named.find((group) => group.type === 'place' && isKnownPlace(group.name));
  if (knownPlace) return knownPlace;
  const mentions = named.flatMap((group) => group.mentions);
  const strength = (group: Group): [number, number] => [evidenceFor(group.type, mentions), group.mentions.length];
  const ranked = [...named].sort((a, b) => compareStrength(strength(b), strength(a)));
  return compareStrength(strength(ranked[0]), strength(ranked[1])) > 0 ? ranked[0] : null;
}

/** The mentions' scores for `type`, summed (a mention without scores holds to no type). */
function evidenceFor(type: EntityType, mentions: Mention[]): number {
  return mentions.reduce((sum, mention) => sum + (mention.typeScores?.()[type] ?? 0), 0);
}

function compareStrength([evidenceA, countA]: [number, number], [evidenceB, countB]: [number, number]): number {
  return evidenceA - evidenceB || countA - countB;
}

interface Group {
  name: string;
  /** A surname's mentions become the person's, whatever they were tagged. */
  type: EntityType;
  mentions: Mention[];
}

/**
 * Folds each group into a longer one it abbreviates or names part of: "Putin" into "Vladimir
 * Putin", "Te Kaurinui" into "Te Kaurinui Robert Parata", "ICC" into "International Criminal
 * Court". Longest names go first, so chains of shorter forms land on the full name. A form that
 * fits several (two Paratas in one story) goes, mention by mention, to the one named last before it,
 * as a reader would read it; mentions before any of them stay apart. A name of three words or more
 * seen only in headlines takes no shorter form, as it may have run into the headline's words:
 * "Blackwell" of the body stays "Blackwell", not "Icon Morton Blackwell Endorses Ted Cruz".
 */
function mergeShortForms(groups: Group[]): Group[] {
  const byLength = [...groups].sort((a, b) => words(b.name).length - words(a.name).length);
  const kept = new Set<Group>();
  for (const group of byLength) {
    const targets = preferSurnames(
      group,
      [...kept].filter((long) => !mayRunIntoHeadline(long) && isShortFormOf(group, long)),
    );
    if (targets.length === 1) targets[0].mentions.push(...group.mentions);
    else if (targets.length > 1) assignByRecency(group, targets);
    if (targets.length !== 1 && group.mentions.length > 0) kept.add(group);
  }
  return groups.filter((group) => kept.has(group));
}

/**
 * A lone word several longer names hold is the surname of those it ends ("Trump" of "Donald Trump"),
 * before any it opens ("Trump Tower", read as a person by the tagger).
 */
function preferSurnames(short: Group, targets: Group[]): Group[] {
  if (targets.length < 2 || words(short.name).length !== 1) return targets;
  const ending = targets.filter((long) => words(long.name).at(-1) === short.name);
  return ending.length > 0 ? ending : targets;
}

/** Moves each mention to the target named last before it; what none precedes stays in `group`. */
function assignByRecency(group: Group, targets: Group[]): void {
  const left: Mention[] = [];
  for (const mention of group.mentions) {
    const target = lastNamedBefore(mention.start, targets);
    if (target) target.mentions.push(mention);
    else left.push(mention);
  }
  group.mentions = left;
}

function lastNamedBefore(offset: number, targets: Group[]): Group | null {
  let best: Group | null = null;
  let bestStart = -1;
  for (const target of targets) {
    for (const mention of target.mentions) {
      if (mention.start < offset && mention.start > bestStart) {
        best = target;
        bestStart = mention.start;
      }
    }
  }
  return best;
}

/** Fewest words of a headline's name that may have run into the headline: a name and one more word. */
const MIN_HEADLINE_RUN_WORDS = 3;

function mayRunIntoHeadline(group: Group): boolean {
  return (
    words(group.name).length >= MIN_HEADLINE_RUN_WORDS && group.mentions.every((mention) => mention.onTitleCaseLine)
  );
}

function words(name: string): string[] {
  return name.match(PATTERNS.word) ?? [];
}

/**
 * A person's name made of some of a longer person name's words, in order ("Te Kaurinui" of
 * "Te Kaurinui Robert Parata"), a company's name without its legal form ("Pirelli" of "Pirelli
 * SpA", whatever the tagger made of it), or an acronym of the long form's capitalized words.
 */
function isShortFormOf(short: Group, long: Group): boolean {
  const shortWords = words(short.name);
  const longWords = words(long.name);
  if (shortWords.length >= longWords.length) return false;
  // A place keeps its own name: "Washington" the city is not "Denzel Washington".
  // A lone word is a given name or a surname, first or last: "Maddow" is not "Rachel Maddow Show".
  if (long.type === 'person')
    return short.type !== 'place' && isSubsequence(shortWords, longWords) && !isInnerWord(shortWords, longWords);
  if (long.type === 'organization' && withoutLegalForm(long.name) === short.name) return short.type !== 'place';
  if (shortWords.length !== 1 || !PATTERNS.acronym.test(short.name)) return false;
  const initials = longWords.filter((word) => !ACRONYM_SKIPPED_WORDS.has(word.toLowerCase())).map((word) => word[0]);
  return initials.join('') === short.name;
}

function isInnerWord(part: string[], whole: string[]): boolean {
  return part.length === 1 && !isSameNameWord(part[0], whole[0]) && !isSameNameWord(part[0], whole[whole.length - 1]);
}

function isSubsequence(part: string[], whole: string[]): boolean {
  let at = 0;
  for (const word of whole) if (at < part.length && isSameNameWord(part[at], word)) at++;
  return at === part.length;
}

/** "Bashir" is the word "al-Bashir" without its particle (Arabic al-/el-/ad-, as news writes it). */
function isSameNameWord(short: string, long: string): boolean {
  return short === long || (long.endsWith(`-${short}`) && /^(?:al|el|ad|ash|as|at|az|an|ar)-/i.test(long));
}

/**
 * A known place written in capitals, as datelines and results tables write it, is named as a
 * reader writes it: "LONDON" → "London". Acronyms ("NATO") are not places the lexicon knows.
 */
function readableName(name: string, type: EntityType, isKnownPlace: (name: string) => boolean): string {
  if (type !== 'place' || PATTERNS.lowercase.test(name) || !isKnownPlace(name)) return name;
  return name
    .toLowerCase()
    .replace(/(^|[\s-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}

function roleOf(mentions: Mention[]): { role?: string } {
  const withRole = mentions.find((mention) => mention.role);
  return withRole?.role ? { role: withRole.role } : {};
}
