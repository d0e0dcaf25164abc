import { describe, expect, it } from 'vitest';
import { attachRoles } from '../../../../lib/analyze/ner/roles';
import { describeSpan, handLexicons, handTag } from './spans';

/** The lexicons these tests need: the rest of their words are unknown, as rare names are. */
const LEXICONS = handLexicons({ 'u.n. general assembly': 'ORG' }, { study: ['Singular'], raul: ['FirstName'] }, ['co']);

describe('attachRoles', () => {
  it.each([
    // a country's possessive before a capitalized office: "X of Country"
    [
      'Norway’s President Ingrid Dahl spoke.',
      [
        ['Norway', 'place'],
        ['Ingrid Dahl', 'person'],
      ],
      ['Norway (place)', 'Ingrid Dahl (person, President of Norway)'],
    ],
    // a demonym before an office: the country it names
    [
      'Danish Prime Minister Mette Holm came.',
      [['Mette Holm', 'person']],
      ['Mette Holm (person, Prime Minister of Denmark)'],
    ],
    // an office that already says "of": the qualifier stays in front
    [
      'UK Secretary of State Tom Reed said',
      [
        ['UK', 'place'],
        ['Tom Reed', 'person'],
      ],
      ['UK (place)', 'Tom Reed (person, UK Secretary of State)'],
    ],
    // a lowercase description stays as written
    ['Chinese leader Li Wei arrived.', [['Li Wei', 'person']], ['Li Wei (person, Chinese leader)']],
    // a title the tagger took into the name is cut off; an honorific is not a role
    [
      'Then President Ana Ruiz and Mr. Bo Lind met.',
      [
        ['President Ana Ruiz', 'person'],
        ['Mr. Bo Lind', 'person'],
      ],
      ['Ana Ruiz (person, President)', 'Bo Lind (person)'],
    ],
    // a title and person run together with an organization are split out of it
    [
      'the Boxing Association President Raul Vega said',
      [['Boxing Association President Raul Vega', 'organization']],
      ['Boxing Association (organization)', 'Raul Vega (person, President of Boxing Association)'],
    ],
    // ...but not in a name known whole, nor before common words only: no one is named
    [
      'Obama told the U.N. General Assembly that',
      [['U.N. General Assembly', 'organization']],
      ['U.N. General Assembly (organization)'],
    ],
    // ...nor in a firm whose name ends as an organization's does
    [
      'what General Motors Co and Ford would pay',
      [['General Motors Co', 'organization']],
      ['General Motors Co (organization)'],
    ],
    [
      'the Center for Judicial Studies Director Study said',
      [['Center for Judicial Studies Director Study', 'organization']],
      ['Center for Judicial Studies Director Study (organization)'],
    ],
  ] as const)('%s', (text, tagged, expected) => {
    const hand = handTag(text);
    const spans = tagged.map(([phrase, type]) => hand.span(phrase, type));
    expect(attachRoles(spans, hand.lines, LEXICONS).map((span) => describeSpan(text, span))).toEqual(expected);
  });

  it.each([
    ['Tom Reed, the UK Secretary of State, said', 'UK Secretary of State'],
    ['Olga Berg, Norway’s foreign minister, said', 'Foreign Minister of Norway'],
    ['Ana Ruiz, a spokeswoman, declined', 'Spokeswoman'],
    ['Li Wei, the Chinese leader.', 'Chinese leader'],
    // not an apposition that ends with the title: no role
    ['Ana Ruiz, the president of the club, said', undefined],
    ['Ana Ruiz, who was president, said', undefined],
  ])('reads the role in the apposition of %j', (text, role) => {
    const hand = handTag(text);
    const name = text.slice(0, text.indexOf(','));
    expect(attachRoles([hand.span(name, 'person')], hand.lines, LEXICONS)[0].role).toBe(role);
  });

  it('drops a span that is only a title', () => {
    const hand = handTag('Secretary of State Tom Reed said');
    const spans = [hand.span('Secretary of State', 'organization'), hand.span('Tom Reed', 'person')];
    expect(attachRoles(spans, hand.lines, LEXICONS).map((span) => describeSpan(hand.text, span))).toEqual([
      'Tom Reed (person, Secretary of State)',
    ]);
  });
});
