import { describe, expect, it } from 'vitest';
import type { Entity, Quote } from '../../../lib/analysis';
import { findVoices, kindOfSpeaker } from '../../../lib/analyze/voices';
import { analyzePlainText } from '../../../lib/pipeline';

/** What a document quoted for its words reads as: unnamed (it names nobody), and marked a document. */
const DOCUMENT_READING = { kind: 'unnamed', reason: 'a document, not a voice', document: true };

/** A made-up story whose first two quotes are a statement's and a letter's words, as agencies write them. */
const DOCUMENT_STORY = `Coastal towns brace for second storm
The regional water board warned residents on Tuesday to boil their water. “Supplies in the northern districts may carry bacteria for several days,” the statement said.
A five-page letter sent to the governor went further. “The board has ignored the pumping stations for a decade,” the letter read.
Mayor Ellen Karsh said the town would open two shelters. “Nobody should sleep in a flooded house tonight,” Karsh said.
“We are doing everything we can,” she added.`;

const ENTITIES: Entity[] = [
  { id: 'e1', name: 'Vladimir Putin', type: 'person', salience: 0.9, mentions: [] },
  { id: 'e2', name: 'NATO', type: 'organization', salience: 0.5, mentions: [] },
  { id: 'e3', name: 'Russia', type: 'place', salience: 0.5, mentions: [] },
  { id: 'e4', name: 'New Hampshire Democrat', type: 'organization', salience: 0.1, mentions: [] },
  { id: 'e5', name: 'White House', type: 'organization', salience: 0.3, mentions: [] },
];

/** A quote at `start` by `speaker` (an entity id, or a phrase); `mentionAt` is where the text names them. */
function quote(start: number, speaker: string | null, kind: Quote['kind'] = 'direct', mentionAt?: number): Quote {
  const entity = ENTITIES.find((e) => e.id === speaker);
  const name = entity?.name ?? speaker;
  const q: Quote = {
    id: `q${start}`,
    start,
    end: start + 1,
    text: '…',
    kind,
    speakerId: entity?.id ?? null,
    speaker: name,
  };
  if (mentionAt !== undefined && name)
    q.speakerMention = { start: mentionAt, end: mentionAt + name.length, text: name };
  return q;
}

describe('kindOfSpeaker', () => {
  it.each([
    // [speaker: an entity id or the phrase the quote names, kind, reason]
    ['e1', 'person', 'a person of the story'],
    ['e2', 'organization', 'an organization of the story'],
    // "Russia said": the place speaks through its government
    ['e3', 'government', 'a place speaking: its government'],
    ['a source familiar with the talks', 'unnamed', 'kept anonymous'],
    ['officials close to the president', 'unnamed', 'kept anonymous'],
    ['one senior administration official', 'unnamed', 'someone not identified'],
    ['officials', 'unnamed', 'people not identified'],
    ['White House officials', 'unnamed', 'people not identified'],
    ['Republicans', 'unnamed', 'people not identified'],
    ['the spokesman', 'unnamed', 'a source named by what they do'],
    ['the two leaders', 'group', 'several speakers together'],
    ['Xi and Putin', 'group', 'several speakers together'],
    ['the protesters', 'group', 'several people, named before'],
    ['Ukraine’s foreign ministry', 'organization', 'an institution'],
    ['the Clinton campaign', 'organization', 'an institution'],
    ['the Florida senator', 'person', 'a person named by office'],
    ['Keidis', 'person', 'a name'],
    ['the man', 'unnamed', 'described, not named'],
  ])('%j speaks as %s', (speaker, kind, reason) => {
    const q = quote(0, speaker);
    expect(kindOfSpeaker('', q, ENTITIES.find((e) => e.id === speaker) ?? null)).toEqual({ kind, reason });
  });

  // A document quoted for its words is no voice, whatever introduces it: unnamed, and marked.
  it.each(['the statement', 'the five-page letter', 'a statement', 'Trump’s tweet'])('%j is a document', (speaker) => {
    expect(kindOfSpeaker('', quote(0, speaker), null)).toEqual(DOCUMENT_READING);
  });

  it('tells a name from a plural that opens a sentence by the story’s other uses of the word', () => {
    const text = '“We will appeal,” Prosecutors said. The prosecutors filed on Monday.';
    expect(kindOfSpeaker(text, quote(1, 'Prosecutors'), null)).toEqual({
      kind: 'unnamed',
      reason: 'people not identified',
    });
    expect(kindOfSpeaker('“No,” Keidis said.', quote(1, 'Keidis'), null)).toEqual({ kind: 'person', reason: 'a name' });
  });

  it('takes a name ending in a document noun for no document: "The Washington Post"', () => {
    expect(kindOfSpeaker('', quote(0, 'The Washington Post'), null).document).toBeUndefined();
  });

  it('calls a document introduced with "a" a document, not someone not identified', () => {
    const text = '“Leave now,” a statement said.';
    const q = quote(1, 'statement', 'direct', text.indexOf('statement'));
    expect(kindOfSpeaker(text, q, null)).toEqual(DOCUMENT_READING);
  });

  it('calls the people of an entity unnamed: "White House officials said"', () => {
    const text = '“Not now,” White House officials said.';
    const q = quote(1, 'e5', 'direct', text.indexOf('White'));
    expect(kindOfSpeaker(text, q, ENTITIES[4])).toEqual({
      kind: 'unnamed',
      reason: 'someone of an organization, not named',
    });
  });

  it('calls a speaker introduced with "a" unnamed, even where the attribution found an entity', () => {
    const text = '“It is close,” said a New Hampshire Democrat.';
    const q = quote(1, 'e4', 'direct', text.indexOf('New Hampshire'));
    expect(kindOfSpeaker(text, q, ENTITIES[3])).toEqual({ kind: 'unnamed', reason: 'someone not identified' });
  });
});

describe('findVoices', () => {
  it('counts quotes and direct quotes per speaker, in order of first quote, with the first and last word', () => {
    const voices = findVoices(
      '',
      [
        // given out of story order: the voices follow the story
        quote(30, 'officials', 'partial'),
        quote(10, 'e1'),
        quote(20, 'e2'),
        quote(40, 'e1', 'partial'),
        quote(50, null),
      ],
      ENTITIES,
    );
    expect(voices).toEqual({
      speakers: [
        { speaker: 'Vladimir Putin', kind: 'person', reason: 'a person of the story', quotes: 2, direct: 1 },
        { speaker: 'NATO', kind: 'organization', reason: 'an organization of the story', quotes: 1, direct: 1 },
        { speaker: 'officials', kind: 'unnamed', reason: 'people not identified', quotes: 1, direct: 0 },
      ],
      // the last quote has no speaker: the last word is the last quote that has one
      first: 'Vladimir Putin',
      last: 'Vladimir Putin',
    });
  });

  it('counts a document among the speakers but gives it neither the first nor the last word', () => {
    const voices = findVoices('', [quote(10, 'the statement'), quote(20, 'e1'), quote(30, 'the letter')], ENTITIES);
    expect(voices.speakers.map((v) => [v.speaker, v.kind, v.document])).toEqual([
      ['the statement', 'unnamed', true],
      ['Vladimir Putin', 'person', undefined],
      ['the letter', 'unnamed', true],
    ]);
    expect([voices.first, voices.last]).toEqual(['Vladimir Putin', 'Vladimir Putin']);
  });

  it('has no first word in a story that quotes only documents', () => {
    const voices = findVoices('', [quote(10, 'the statement')], ENTITIES);
    expect([voices.speakers.length, voices.first, voices.last]).toEqual([1, null, null]);
  });

  it('reads a story quoting a statement, a letter and a mayor: the mayor has the first word', () => {
    const voices = analyzePlainText(DOCUMENT_STORY).voices;
    const kinds = Object.fromEntries(
      (voices?.speakers ?? []).map((v) => [v.speaker, v.document ? 'document' : v.kind]),
    );
    expect(kinds).toEqual({ 'the statement': 'document', 'the letter': 'document', 'Ellen Karsh': 'person' });
    expect([voices?.first, voices?.last]).toEqual(['Ellen Karsh', 'Ellen Karsh']);
  });

  it('names an entity speaker by its canonical name, however the quote calls it', () => {
    const q = { ...quote(0, 'e1'), speaker: 'Putin' };
    expect(findVoices('', [q], ENTITIES).speakers.map((v) => v.speaker)).toEqual(['Vladimir Putin']);
  });

  it('finds no voice in a story without quotes, or whose quotes name nobody', () => {
    const empty = { speakers: [], first: null, last: null };
    expect(findVoices('', [], ENTITIES)).toEqual(empty);
    expect(findVoices('', [quote(0, null)], ENTITIES)).toEqual(empty);
  });
});
