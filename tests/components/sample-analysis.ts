/**
 * A small hand-written Analysis for the view and export tests: two people (one quoted twice,
 * with a role), a place, an organization, a quote nobody is named for, and a dateline.
 */
import type { Analysis } from '../../lib/analysis';

/** The story text; offsets below index into it. */
const TEXT = [
  'MOSCOW (AFP) - Vladimir Putin met NATO envoys in Moscow.',
  '“We are ready,” Putin said. “Talks go on,” he added.',
  'Antony Blinken, US Secretary of State, called it “a stalling tactic”.',
  '“Nobody knows,” one diplomat said.',
].join('\n');

function span(text: string, from = 0): { start: number; end: number; text: string } {
  const start = TEXT.indexOf(text, from);
  if (start < 0) throw new Error(`"${text}" is not in the sample text`);
  return { start, end: start + text.length, text };
}

export function sampleAnalysis(): Analysis {
  const secondPutin = TEXT.indexOf('Putin said');
  return {
    isArticle: true,
    detection: { score: 0.9, reasons: ['schema.org NewsArticle'] },
    article: {
      title: 'Putin meets NATO envoys',
      byline: 'Jane Roe',
      siteName: 'Example News',
      publishedTime: '2023-03-21T18:40:00+05:00',
      dateline: 'Moscow',
      agencies: ['AFP'],
      lang: 'en',
      wordCount: 40,
    },
    text: TEXT,
    entities: [
      {
        id: 'e1',
        name: 'Vladimir Putin',
        type: 'person',
        role: 'President of Russia',
        salience: 0.9,
        mentions: [span('Vladimir Putin'), span('Putin', secondPutin)],
      },
      {
        id: 'e2',
        name: 'Antony Blinken',
        type: 'person',
        role: 'US Secretary of State',
        salience: 0.6,
        mentions: [span('Antony Blinken')],
      },
      { id: 'e3', name: 'Moscow', type: 'place', salience: 0.5, mentions: [span('Moscow')] },
      { id: 'e4', name: 'NATO', type: 'organization', salience: 0.4, mentions: [span('NATO')] },
    ],
    quotes: [
      { id: 'q1', ...span('We are ready,'), kind: 'direct', speakerId: 'e1', speaker: 'Putin', cue: 'said' },
      { id: 'q2', ...span('Talks go on,'), kind: 'direct', speakerId: 'e1', speaker: 'Putin', cue: 'added' },
      {
        id: 'q3',
        ...span('a stalling tactic'),
        kind: 'partial',
        speakerId: 'e2',
        speaker: 'Antony Blinken',
        cue: 'called',
      },
      { id: 'q4', ...span('Nobody knows,'), kind: 'direct', speakerId: null, speaker: null },
    ],
    keyPoints: ['Vladimir Putin met NATO envoys in Moscow.', 'Antony Blinken called it “a stalling tactic”.'],
    shortPoints: ['Vladimir Putin met NATO envoys in Moscow.'],
    voices: {
      speakers: [
        { speaker: 'Vladimir Putin', kind: 'person', reason: 'a person of the story', quotes: 2, direct: 2 },
        { speaker: 'Antony Blinken', kind: 'person', reason: 'a person of the story', quotes: 1, direct: 0 },
      ],
      first: 'Vladimir Putin',
      last: 'Antony Blinken',
    },
    skipped: null,
  };
}

/** An article the pipeline read but did not analyse (a page in French): nothing found, and why. */
export function skippedAnalysis(): Analysis {
  return {
    ...sampleAnalysis(),
    entities: [],
    quotes: [],
    keyPoints: [],
    skipped: 'the page is in French: only English is analysed',
  };
}

/**
 * The sample story with no author of its own (its byline names its site, in capitals) and its
 * quotes given to a descriptor that names no entity ("a spokesman").
 */
export function unsignedAnalysis(): Analysis {
  const base = sampleAnalysis();
  return {
    ...base,
    article: { ...base.article, byline: 'EXAMPLE NEWS' },
    quotes: base.quotes.map((quote) => ({ ...quote, speakerId: null, speaker: quote.speaker && 'a spokesman' })),
  };
}

/** What the pipeline says about a page that is not an article. */
export function notArticleAnalysis(): Analysis {
  return {
    isArticle: false,
    detection: { score: 0.1, reasons: ['og:type website', 'little prose'] },
    article: {
      title: null,
      byline: null,
      siteName: null,
      publishedTime: null,
      dateline: null,
      agencies: [],
      lang: 'en',
      wordCount: 0,
    },
    text: '',
    entities: [],
    quotes: [],
    keyPoints: [],
    skipped: 'not an article',
  };
}
