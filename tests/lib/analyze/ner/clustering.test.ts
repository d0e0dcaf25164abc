import { describe, expect, it } from 'vitest';
import type { EntityType } from '../../../../lib/analysis';
import { clusterMentions, type Mention } from '../../../../lib/analyze/ner/clustering';

/** Mentions in text order, at made-up but increasing offsets. */
function mentionsOf(...named: Array<[string, EntityType, string?]>): Mention[] {
  let start = 0;
  return named.map(([text, type, role]) => {
    const mention = { start, end: start + text.length, text, type, ...(role ? { role } : {}) };
    start += text.length + 10;
    return mention;
  });
}

const KNOWN_PLACES = new Set(['kyiv', 'new york']);
const cluster = (mentions: Mention[]) =>
  clusterMentions(mentions, (name) => KNOWN_PLACES.has(name.toLowerCase())).map(
    ({ name, type, role, mentions: group }) =>
      [name, type, role ?? '', group.map((mention) => mention.text).join('|')].join(' / '),
  );

describe('clusterMentions', () => {
  it.each([
    {
      why: 'a surname and a given name join the full name, with its role',
      mentions: mentionsOf(['Ana Ruiz', 'person', 'President of Chile'], ['Ruiz', 'person'], ['Ana', 'organization']),
      expected: ['Ana Ruiz / person / President of Chile / Ana Ruiz|Ruiz|Ana'],
    },
    {
      why: 'a shorter form of several words joins the full name it is part of',
      mentions: mentionsOf(
        ['Te Kaurinui Robert Parata', 'person'],
        ['Te Kaurinui', 'person'],
        ['Te Kaurinui Parata', 'person'],
      ),
      expected: ['Te Kaurinui Robert Parata / person /  / Te Kaurinui Robert Parata|Te Kaurinui|Te Kaurinui Parata'],
    },
    {
      why: 'a known place written in capitals is named as a reader writes it; an acronym is not',
      mentions: mentionsOf(['NEW YORK', 'place'], ['NATO', 'organization']),
      expected: ['New York / place /  / NEW YORK', 'NATO / organization /  / NATO'],
    },
    {
      why: 'a surname joins a full name that writes it with an Arabic particle',
      mentions: mentionsOf(['Omar Hassan al-Bashir', 'person'], ['Bashir', 'person']),
      expected: ['Omar Hassan al-Bashir / person /  / Omar Hassan al-Bashir|Bashir'],
    },
    {
      why: 'a surname two people share goes, mention by mention, to the one named last before it',
      mentions: mentionsOf(
        ['Parata', 'person'],
        ['Hori Parata', 'person'],
        ['Parata', 'person'],
        ['Kauri Parata', 'person'],
        ['Parata', 'person'],
      ),
      expected: [
        'Parata / person /  / Parata',
        'Hori Parata / person /  / Hori Parata|Parata',
        'Kauri Parata / person /  / Kauri Parata|Parata',
      ],
    },
    {
      why: 'a company named without its legal form is the company, whatever the tagger read',
      mentions: mentionsOf(
        ['Pirelli SpA', 'organization'],
        ['Pirelli', 'person'],
        ['Acme Inc.', 'organization'],
        ['Acme', 'organization'],
      ),
      expected: ['Pirelli SpA / organization /  / Pirelli SpA|Pirelli', 'Acme Inc. / organization /  / Acme Inc.|Acme'],
    },
    {
      why: 'a place keeps its name even when a person bears it',
      mentions: mentionsOf(['Denzel Washington', 'person'], ['Washington', 'place']),
      expected: ['Denzel Washington / person /  / Denzel Washington', 'Washington / place /  / Washington'],
    },
    {
      why: 'an acronym joins its long form; news short forms get their long name and type',
      mentions: mentionsOf(
        ['International Criminal Court', 'organization'],
        ['ICC', 'organization'],
        ['US', 'organization'],
        ['G7', 'place'],
      ),
      expected: [
        'International Criminal Court / organization /  / International Criminal Court|ICC',
        'United States / place /  / US',
        'Group of Seven / organization /  / G7',
      ],
    },
    {
      why: 'a name read with two types, without scores, is one entity of the majority type',
      mentions: mentionsOf(['Lund', 'person'], ['Lund', 'organization'], ['Lund', 'person']),
      expected: ['Lund / person /  / Lund|Lund|Lund'],
    },
    {
      why: 'a name read with two types takes the type its mentions hold to most strongly, all scores summed',
      mentions: [
        // two headlines' bare "Delta", barely a place; "the company said Delta's shares" firmly a firm
        {
          start: 0,
          end: 5,
          text: 'Delta',
          type: 'place',
          typeScores: () => ({ person: -4, place: 0, organization: -0.5 }),
        },
        {
          start: 20,
          end: 25,
          text: 'Delta',
          type: 'place',
          typeScores: () => ({ person: -4, place: 0, organization: -0.5 }),
        },
        {
          start: 40,
          end: 45,
          text: 'Delta',
          type: 'organization',
          typeScores: () => ({ person: -6, place: -3, organization: 0 }),
        },
      ] satisfies Mention[],
      expected: ['Delta / organization /  / Delta|Delta|Delta'],
    },
    {
      why: 'a known place read once as a place stays a place',
      mentions: mentionsOf(['Kyiv', 'organization'], ['Kyiv', 'organization'], ['Kyiv', 'place']),
      expected: ['Kyiv / place /  / Kyiv|Kyiv|Kyiv'],
    },
    {
      why: 'a lone word is the surname of the name it ends, not of one it opens',
      mentions: mentionsOf(['Donald Trump', 'person'], ['Trump Tower', 'person'], ['Trump', 'person']),
      expected: ['Donald Trump / person /  / Donald Trump|Trump', 'Trump Tower / person /  / Trump Tower'],
    },
    {
      why: 'a lone word inside a longer person name is neither its given name nor its surname',
      mentions: mentionsOf(['Rachel Maddow Show', 'person'], ['Maddow', 'person']),
      expected: ['Rachel Maddow Show / person /  / Rachel Maddow Show', 'Maddow / person /  / Maddow'],
    },
    {
      why: 'a surname stays apart from a name of three words seen only in headlines',
      mentions: [
        { start: 0, end: 39, text: 'Icon Morton Blackwell Endorses Ted Cruz', type: 'person', onTitleCaseLine: true },
        { start: 60, end: 69, text: 'Blackwell', type: 'person' },
      ] satisfies Mention[],
      expected: [
        'Icon Morton Blackwell Endorses Ted Cruz / person /  / Icon Morton Blackwell Endorses Ted Cruz',
        'Blackwell / person /  / Blackwell',
      ],
    },
    {
      why: 'ALL-CAPS names of two types stay apart (a team and a city in a results table)',
      mentions: mentionsOf(['DETROIT', 'organization'], ['DETROIT', 'organization'], ['DETROIT', 'place']),
      expected: ['DETROIT / organization /  / DETROIT|DETROIT', 'DETROIT / place /  / DETROIT'],
    },
    {
      why: 'a name in capitals joins the same name in mixed case of its type, not of another',
      mentions: mentionsOf(['HANOI', 'place'], ['Hanoi', 'place'], ['CHINA', 'place'], ['China', 'organization']),
      expected: ['Hanoi / place /  / HANOI|Hanoi', 'CHINA / place /  / CHINA', 'China / organization /  / China'],
    },
  ])('$why', ({ mentions, expected }) => {
    expect(cluster(mentions)).toEqual(expected);
  });
});
