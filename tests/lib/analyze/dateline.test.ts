import { describe, expect, it } from 'vitest';
import { readDateline } from '../../../lib/analyze/dateline';

describe('readDateline', () => {
  it.each([
    // [opening, dateline, agencies, where the story starts]
    ['Moscow, March 21 (AFP/APP): China and Russia’s leaders met.', 'Moscow', ['AFP', 'APP'], 'China'],
    ['WASHINGTON (Reuters) - The Senate voted on Tuesday.', 'Washington', ['Reuters'], 'The Senate'],
    ['LONDON, Jan 5 (Reuters) - Shares fell.', 'London', ['Reuters'], 'Shares'],
    ['PARIS — The museum reopened.', 'Paris', [], 'The museum'],
    ['(AP) — A storm hit the coast.', null, ['AP'], 'A storm'],
    ['KABUL, Afghanistan (AP) — Two hostages were freed.', 'Kabul', ['AP'], 'Two hostages'],
    ['NEW YORK, Nov. 19, 2019 /PRNewswire/ -- The company said.', 'New York', ['PRNewswire'], 'The company'],
    ['BEIJING, March 21 (Xinhua) -- Officials met.', 'Beijing', ['Xinhua'], 'Officials'],
    ['UNITED NATIONS (AP) — The council met.', 'United Nations', ['AP'], 'The council'],
    ['Berlin, 5 June: The talks ended.', 'Berlin', [], 'The talks'],
    ['AFP and Reuters were both there.', null, [], null],
  ])('reads %j', (text, dateline, agencies, storyOpening) => {
    const read = readDateline(text);
    expect(read.dateline).toBe(dateline);
    expect(read.agencies).toEqual(agencies);
    if (storyOpening === null) expect(read.bodyStart).toBe(0);
    else expect(text.slice(read.bodyStart).startsWith(storyOpening)).toBe(true);
  });

  it.each([
    'BREAKING NEWS - Markets closed early.',
    'The president (R) said little.',
    'NOTE: this story was updated.',
    'Trump — who spoke on Monday — left.',
  ])('finds no dateline in %j', (text) => {
    expect(readDateline(text)).toEqual({ dateline: null, agencies: [], bodyStart: 0 });
  });

  it('passes over lines that end with no full stop (a label, a time stamp) as no paragraph of the story', () => {
    const text =
      'Sign up for alerts\nLeaders hail a new era.\nUpdated 21 March 2023, 10:04\nLive\nOfficials agree.\nMOSCOW (AFP) - The talks began.';
    const read = readDateline(text);
    expect(read).toMatchObject({ dateline: 'Moscow', agencies: ['AFP'] });
    expect(text.slice(read.bodyStart)).toBe('The talks began.');
  });

  it('looks no further than the third paragraph of the story', () => {
    const text = 'Leaders hail a new era.\nOfficials agree.\nThe talks went on.\nMOSCOW (AFP) - The talks began.';
    expect(readDateline(text)).toEqual({ dateline: null, agencies: [], bodyStart: 0 });
  });

  it('finds the dateline in the first paragraph after a standfirst, counting offsets in the whole text', () => {
    const text = 'Leaders hail a new era.\nMOSCOW (AFP) - The talks began.';
    const read = readDateline(text);
    expect(read).toMatchObject({ dateline: 'Moscow', agencies: ['AFP'] });
    expect(text.slice(read.bodyStart)).toBe('The talks began.');
  });
});
