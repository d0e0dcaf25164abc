import { describe, expect, it } from 'vitest';
import {
  countLabel,
  describeVoices,
  distinctByline,
  entitiesOfType,
  firstScreenPoints,
  formatPublishedDate,
  groupQuotesBySpeaker,
  leadParagraphs,
  quotesBy,
} from '../../../lib/summary/view';
import { speakerHeading } from '../../../lib/summary/speaker-heading';
import type { Voice, VoiceKind, Voices } from '../../../lib/analysis';
import { sampleAnalysis } from '../../components/sample-analysis';

describe('groupQuotesBySpeaker', () => {
  it('puts speakers who said more first and unnamed speakers last, quotes in story order', () => {
    const groups = groupQuotesBySpeaker(sampleAnalysis());
    expect(groups.map((g) => [g.speaker, g.quotes.map((q) => q.id)])).toEqual([
      ['Vladimir Putin', ['q1', 'q2']],
      ['Antony Blinken', ['q3']],
      [null, ['q4']],
    ]);
  });

  it('groups quotes with a named speaker but no entity by that name', () => {
    const analysis = sampleAnalysis();
    analysis.quotes = analysis.quotes.map((q) => ({
      ...q,
      speakerId: null,
      speaker: q.speaker ? 'a spokesman' : null,
    }));
    expect(groupQuotesBySpeaker(analysis).map((g) => [g.speaker, g.quotes.length])).toEqual([
      ['a spokesman', 3],
      [null, 1],
    ]);
  });
});

describe('speakerHeading', () => {
  it('names the speaker, capitalises a descriptor as a heading, and says when nobody is named', () => {
    const [putin, , nobody] = groupQuotesBySpeaker(sampleAnalysis());
    expect(speakerHeading(putin!)).toBe('Vladimir Putin');
    expect(speakerHeading({ speaker: 'the foreign ministry', entity: null, quotes: [] })).toBe('The foreign ministry');
    expect(speakerHeading({ speaker: 'officials in Kyiv', entity: null, quotes: [] })).toBe('Officials in Kyiv');
    // A name the story did not link keeps its particle as written.
    expect(speakerHeading({ speaker: 'de Mistura', entity: null, quotes: [] })).toBe('de Mistura');
    expect(speakerHeading({ speaker: 'van der Leyen', entity: null, quotes: [] })).toBe('van der Leyen');
    expect(speakerHeading(nobody!)).toBe('Speaker not named');
  });
});

describe('distinctByline', () => {
  const article = sampleAnalysis().article;
  it.each([
    // A story with no author of its own names its site as the author.
    ['ABC News', 'ABC News', null],
    ['ABC News', 'abc news', null],
    ['DW', 'D.W.', null],
    // Compared as the extraction compares a site's names (lib/page/site-names.ts).
    ['The Guardian', 'Guardian', null],
    ['Salon.com', 'Salon', null],
    ['Example News', 'Jane Roe', 'Jane Roe'],
    [null, 'Jane Roe', 'Jane Roe'],
    ['Example News', null, null],
  ])('shows beside site %j the byline %j as %j', (siteName, byline, shown) => {
    expect(distinctByline({ ...article, siteName, byline })).toBe(shown);
  });
});

describe('describeVoices', () => {
  const voice = (speaker: string, kind: VoiceKind): Voice => ({ speaker, kind, reason: '', quotes: 1, direct: 1 });

  it.each([
    // [voices, the row]
    [
      // kinds counted in a fixed order, one or many, whatever the order of the voices
      [
        voice('officials', 'unnamed'),
        voice('Vladimir Putin', 'person'),
        voice('NATO', 'organization'),
        voice('Antony Blinken', 'person'),
        voice('Russia', 'government'),
        voice('the two leaders', 'group'),
        voice('a source', 'unnamed'),
      ],
      '2 people, 1 organization, 1 government, 1 group, 2 unnamed; first word: officials, last word: a source',
    ],
    // one voice, or the same voice opening and closing: said once
    [[voice('Vladimir Putin', 'person')], '1 person; first and last word: Vladimir Putin'],
  ])('describes %j', (speakers, row) => {
    const voices: Voices = { speakers, first: speakers[0].speaker, last: speakers.at(-1)!.speaker };
    expect(describeVoices(voices)).toBe(row);
  });

  it('counts documents last and, when only documents are quoted, gives no first word', () => {
    const speakers = [
      { ...voice('the statement', 'unnamed'), document: true as const },
      voice('Ellen Karsh', 'person'),
      { ...voice('the letter', 'unnamed'), document: true as const },
    ];
    expect(describeVoices({ speakers, first: 'Ellen Karsh', last: 'Ellen Karsh' })).toBe(
      '1 person, 2 documents; first and last word: Ellen Karsh',
    );
    expect(describeVoices({ speakers: [speakers[0]], first: null, last: null })).toBe('1 document');
  });

  it('has nothing to say of a story that quotes nobody, or of an Analysis without voices', () => {
    expect(describeVoices({ speakers: [], first: null, last: null })).toBeNull();
    expect(describeVoices(undefined)).toBeNull();
  });
});

describe('summary helpers', () => {
  it('select entities by type, keeping salience order', () => {
    expect(entitiesOfType(sampleAnalysis(), 'person').map((e) => e.name)).toEqual(['Vladimir Putin', 'Antony Blinken']);
  });

  it('put the one-line points on the first screen, or at most three whole key points of an older Analysis', () => {
    expect(firstScreenPoints(sampleAnalysis())).toEqual(['Vladimir Putin met NATO envoys in Moscow.']);
    const older = { ...sampleAnalysis(), shortPoints: undefined, keyPoints: ['One.', 'Two.', 'Three.', 'Four.'] };
    expect(firstScreenPoints(older)).toEqual(['One.', 'Two.', 'Three.']);
  });

  it('take the lead as the first paragraphs, stopping at three or once about 120 words are in', () => {
    expect(leadParagraphs(sampleAnalysis())).toHaveLength(3);
    const long = `${'word '.repeat(130).trim()}\n\nSecond paragraph.\nThird.`;
    expect(leadParagraphs({ ...sampleAnalysis(), text: long })).toEqual([long.split('\n')[0]]);
    expect(leadParagraphs({ ...sampleAnalysis(), text: '' })).toEqual([]);
  });

  it('list what one entity said', () => {
    expect(quotesBy(sampleAnalysis(), 'e1').map((q) => q.id)).toEqual(['q1', 'q2']);
  });

  it.each([
    ['2023-03-21T18:40:00+05:00', '21 March 2023'],
    ['2023-03-21', '21 March 2023'],
    ['last Tuesday', 'last Tuesday'],
  ])('formatPublishedDate(%j) → %j', (iso, expected) => {
    expect(formatPublishedDate(iso)).toBe(expected);
  });

  it.each([
    [0, '0 mentions'],
    [1, '1 mention'],
    [2, '2 mentions'],
  ])('countLabel(%i)', (count, expected) => {
    expect(countLabel(count, 'mention')).toBe(expected);
  });
});
