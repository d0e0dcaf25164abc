import { describe, expect, it } from 'vitest';
import { joinEntity, matchEntity, nameKey, newEntity, plainName, surnameKey } from '../../../lib/memory/identity';
import type { EntityRecord } from '../../../lib/memory/types';

/** An entry as the database holds it, with an id. */
function entry(id: number, name: string, type: EntityRecord['type'] = 'person', aliases: string[] = []): EntityRecord {
  return { ...newEntity({ name, type }), id, keys: [name, ...aliases].map((n) => nameKey(type, n)) };
}

describe('plainName', () => {
  it.each([
    ['Vladimir Putin', 'vladimir putin'],
    ['Volodymyr  Zelénskyy', 'volodymyr zelenskyy'], // accents and doubled spaces
    ['U.S.', 'us'], // the dots of an abbreviation
    ['the Kremlin', 'kremlin'], // a leading article
    ['Putin’s', 'putin'], // a possessive left on a name
  ])('%s is written %s', (name, plain) => {
    expect(plainName(name)).toBe(plain);
  });
});

describe('surnameKey', () => {
  it('is the last word of a person’s name, and nothing for other types', () => {
    expect(surnameKey('person', 'Vladimir Putin')).toBe('person:putin');
    expect(surnameKey('person', 'Putin')).toBe('person:putin');
    expect(surnameKey('place', 'New York')).toBeNull();
  });
});

describe('matchEntity', () => {
  const vladimir = entry(1, 'Vladimir Putin');
  const anna = entry(2, 'Anna Putin');
  const surnameOnly = entry(3, 'Putin');

  it.each([
    // The same name, however written.
    ['Vladimir Putin', [vladimir], vladimir],
    ['vladimir  putin', [vladimir], vladimir],
    // A surname alone joins the one full name that has it.
    ['Putin', [vladimir], vladimir],
    // Two people share the surname: the surname alone is neither; it finds its own entry if any.
    ['Putin', [vladimir, anna], null],
    ['Putin', [vladimir, anna, surnameOnly], surnameOnly],
    // A full name met after the surname alone takes that entry over while nobody else has the surname.
    ['Vladimir Putin', [surnameOnly], surnameOnly],
    ['Vladimir Putin', [anna, surnameOnly], null],
    // Another first name is another person.
    ['Anna Putin', [vladimir], null],
  ])('%s among %j is %j', (name, candidates, expected) => {
    expect(matchEntity({ name, type: 'person' }, candidates)).toBe(expected);
  });

  it('never joins entities of different types', () => {
    const georgiaPlace = entry(4, 'Georgia', 'place');
    expect(matchEntity({ name: 'Georgia', type: 'person' }, [georgiaPlace])).toBeNull();
    expect(matchEntity({ name: 'Georgia', type: 'place' }, [georgiaPlace])).toBe(georgiaPlace);
  });

  it('joins places and organizations by name only, never by their last word', () => {
    const nato = entry(5, 'NATO', 'organization');
    expect(matchEntity({ name: 'N.A.T.O.', type: 'organization' }, [nato])).toBe(nato);
    const york = entry(6, 'York', 'place');
    expect(matchEntity({ name: 'New York', type: 'place' }, [york])).toBeNull();
  });
});

describe('joinEntity', () => {
  it('gives a surname-only entry the full name, and keeps both keys', () => {
    const joined = joinEntity(entry(3, 'Putin'), { name: 'Vladimir Putin', type: 'person' });
    expect(joined.name).toBe('Vladimir Putin');
    expect(joined.keys).toEqual(['person:putin', 'person:vladimir putin']);
  });

  it('keeps the full name when the surname joins it', () => {
    const joined = joinEntity(entry(1, 'Vladimir Putin'), { name: 'Putin', type: 'person' });
    expect(joined.name).toBe('Vladimir Putin');
    expect(joined.keys).toContain('person:putin');
  });
});
