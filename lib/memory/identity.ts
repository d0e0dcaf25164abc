/**
 * One person across stories is one entry. Each story already gives each entity its canonical name
 * ("Vladimir Putin", not "Putin’s"); across stories the memory joins names of the same type that
 * are the same once written plainly, and a person met by surname alone ("Putin") with the one
 * person of the same type who has that surname and a fuller name. When two people share the
 * surname, the surname alone is nobody's: it stays an entry of its own.
 */
import type { EntityType } from '../analysis';
import type { EntityRecord, EntityRef } from './types';

/** How a name is written plainly, so spellings of one name meet. */
const PLAIN_NAME = {
  /** Accents: "Zelenskyy" and "Zelénskyy" are one name. */
  marks: /\p{M}+/gu,
  /** A possessive the story kept, and the dots of initials and abbreviations ("U.S."). */
  dropped: /['’]s\b|[.'’]/g,
  /** "The Kremlin" and "Kremlin". */
  article: /^the\s+/,
  space: /\s+/g,
} as const;

/** A name written plainly: no accents, lower case, no dots, no leading "the", single spaces. */
export function plainName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(PLAIN_NAME.marks, '')
    .toLowerCase()
    .replace(PLAIN_NAME.dropped, '')
    .replace(PLAIN_NAME.space, ' ')
    .trim()
    .replace(PLAIN_NAME.article, '');
}

/** The identity key of a name: its type and its plain form ("person:vladimir putin"). */
export function nameKey(type: EntityType, name: string): string {
  return `${type}:${plainName(name)}`;
}

/** A person's surname as a key ("person:putin"); null for other types or an empty name. */
export function surnameKey(type: EntityType, name: string): string | null {
  if (type !== 'person') return null;
  const last = plainName(name).split(' ').at(-1);
  return last ? `${type}:${last}` : null;
}

/** Is this a name of one word (a surname alone, for a person)? */
export function isSingleWord(name: string): boolean {
  return !plainName(name).includes(' ');
}

/**
 * Which of `candidates` is the entity `ref` names, or null for a new entry. `candidates` are the
 * entries that share a key with it or (for a person) its surname; the database finds them through
 * its indexes, this decides.
 */
export function matchEntity(ref: EntityRef, candidates: readonly EntityRecord[]): EntityRecord | null {
  const key = nameKey(ref.type, ref.name);
  const sameType = candidates.filter((entity) => entity.type === ref.type);
  const surname = surnameKey(ref.type, ref.name);
  if (!surname) return sameType.find((entity) => entity.keys.includes(key)) ?? null;
  const bySurname = sameType.filter((entity) => entity.surname === surname);
  const fullNames = bySurname.filter((entity) => !isSingleWord(entity.name));
  const surnameOnly = bySurname.filter((entity) => isSingleWord(entity.name));
  if (isSingleWord(ref.name)) {
    // "Putin": the one full name with that surname, else the entry of the surname alone.
    if (fullNames.length === 1) return fullNames[0] ?? null;
    return surnameOnly[0] ?? null;
  }
  // "Vladimir Putin": the same full name, else the surname alone if nobody else has that surname.
  const same = sameType.find((entity) => entity.keys.includes(key));
  if (same) return same;
  return fullNames.length === 0 && surnameOnly.length === 1 ? (surnameOnly[0] ?? null) : null;
}

/**
 * The entry once `ref` joined it: its key added, and a surname-only entry given the full name
 * (so "Putin" recorded first reads "Vladimir Putin" once a story names him in full).
 */
export function joinEntity(entity: EntityRecord, ref: EntityRef): EntityRecord {
  const key = nameKey(ref.type, ref.name);
  const keys = entity.keys.includes(key) ? entity.keys : [...entity.keys, key];
  const fuller = isSingleWord(entity.name) && !isSingleWord(ref.name);
  return { ...entity, keys, name: fuller ? ref.name : entity.name };
}

/** A new entry for `ref`. */
export function newEntity(ref: EntityRef): EntityRecord {
  return {
    type: ref.type,
    name: ref.name,
    keys: [nameKey(ref.type, ref.name)],
    surname: surnameKey(ref.type, ref.name),
  };
}
