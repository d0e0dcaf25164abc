import { describe, expect, it } from 'vitest';
import type { Entity, Quote } from '../../../lib/analysis';
import { chooseKeyPoints, chooseShortPoints, keyPointCandidates } from '../../../lib/analyze/key-points';

/** A story whose news arrives late: the lead is scene-setting, the later paragraphs carry who and what. */
const STORY = [
  'It was a cold and grey morning in the capital, and the streets near the river were quiet for hours.',
  'Commuters waited at the stations as the trains ran slowly through the fog that had settled overnight.',
  'On Tuesday the city council voted to close the old bridge over the river for two years of repairs.',
  'Mayor Ana Lopez said the closure was the only way to keep the crossing safe for the next fifty years.',
  'The city council approved the closure of the old bridge over the river on Tuesday for repairs.',
  '“We cannot wait any longer, because the steel is failing faster than anyone expected,” Lopez said.',
  'Follow our city desk on social media for the latest news about the bridge and the repairs.',
].join('\n');

function span(text: string, needle: string) {
  const start = text.indexOf(needle);
  return { start, end: start + needle.length, text: needle };
}

/** Every occurrence of `needle` in the story, as mentions. */
function mentionsOf(needle: string) {
  return [...STORY.matchAll(new RegExp(needle, 'g'))].map((m) => ({
    start: m.index,
    end: m.index + needle.length,
    text: needle,
  }));
}

const ENTITIES: Entity[] = [
  { id: 'e1', name: 'Ana Lopez', type: 'person', salience: 1, mentions: mentionsOf('Lopez') },
  { id: 'e2', name: 'city council', type: 'organization', salience: 0.6, mentions: mentionsOf('city council') },
];

const QUOTE_TEXT = 'We cannot wait any longer, because the steel is failing faster than anyone expected,';
const QUOTES: Quote[] = [
  {
    id: 'q1',
    ...span(STORY, QUOTE_TEXT),
    kind: 'direct',
    speakerId: 'e1',
    speaker: 'Ana Lopez',
    cue: 'said',
    speakerMention: mentionsOf('Lopez').at(-1),
  },
];

describe('chooseKeyPoints', () => {
  const points = chooseKeyPoints(STORY, { entities: ENTITIES, quotes: QUOTES, bodyStart: 0 });

  it('gives 3 to 5 sentences in story order', () => {
    expect(points.length).toBeGreaterThanOrEqual(3);
    expect(points.length).toBeLessThanOrEqual(5);
    const positions = points.map((p) => STORY.indexOf(p));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it('takes the late news, which names who and shares the story’s words, not only the first sentences', () => {
    expect(points).toContain(
      'On Tuesday the city council voted to close the old bridge over the river for two years of repairs.',
    );
    expect(points).toContain(
      'Mayor Ana Lopez said the closure was the only way to keep the crossing safe for the next fifty years.',
    );
  });

  it('passes over a sentence that repeats one already chosen, and calls to action', () => {
    expect(points).not.toContain(
      'The city council approved the closure of the old bridge over the river on Tuesday for repairs.',
    );
    expect(points.some((p) => p.startsWith('Follow'))).toBe(false);
  });

  it('passes over a quoted sentence that does not say who speaks', () => {
    const text = [
      'The city council voted on Tuesday to close the old bridge over the river for two years.',
      'Mayor Ana Lopez said the closure was needed to keep the crossing safe for decades to come.',
      '“We cannot wait any longer, the steel is failing faster than anyone expected by now.',
      'The bridge carries forty thousand cars a day across the river between the two districts.',
      'Repairs will start in June, and a ferry service will run while the bridge is closed.',
    ].join('\n');
    const quoted = 'We cannot wait any longer, the steel is failing faster than anyone expected by now.';
    const quotes: Quote[] = [
      { id: 'q1', ...span(text, quoted), kind: 'direct', speakerId: null, speaker: 'Ana Lopez' },
    ];
    const points = chooseKeyPoints(text, { entities: [], quotes, bodyStart: 0 });
    expect(points.some((p) => p.includes('We cannot wait'))).toBe(false);
  });

  it('passes over either half of a quote that runs over two sentences', () => {
    const text = [
      'Mayor Ana Lopez said on Tuesday: “If you look at the steel, it is failing fast. If you look at the traffic, it is growing every year,” Lopez told the city council.',
      'The city council voted on Tuesday to close the old bridge over the river for two years.',
      'The bridge carries forty thousand cars a day across the river between the two districts.',
      'Repairs will start in June, and a ferry service will run while the bridge is closed.',
      'The council will meet again next month to choose the company that does the work.',
    ].join('\n');
    const lopez = [...text.matchAll(/Lopez/g)].map((m) => ({
      start: m.index,
      end: m.index + 'Lopez'.length,
      text: 'Lopez',
    }));
    const entities: Entity[] = [{ id: 'e1', name: 'Ana Lopez', type: 'person', salience: 1, mentions: lopez }];
    const quoted =
      'If you look at the steel, it is failing fast. If you look at the traffic, it is growing every year,';
    const quotes: Quote[] = [
      {
        id: 'q1',
        ...span(text, quoted),
        kind: 'direct',
        speakerId: 'e1',
        speaker: 'Ana Lopez',
        cue: 'told',
        speakerMention: lopez[1],
      },
    ];
    const points = chooseKeyPoints(text, { entities, quotes, bodyStart: 0 });
    expect(points.some((p) => p.includes('If you look'))).toBe(false);
    expect(points).toHaveLength(3);
  });

  it('starts after a dateline prefix', () => {
    const text =
      'PARIS (Reuters) - The French government fell on Monday after a vote of no confidence in parliament.\nIt is the first time since 1962 that a government has fallen this way in France.\nThe president must now name a new prime minister, aides said on Monday evening.';
    const [first] = chooseKeyPoints(text, { entities: [], quotes: [], bodyStart: 'PARIS (Reuters) - '.length });
    expect(first.startsWith('The French government fell')).toBe(true);
  });
});

describe('chooseShortPoints', () => {
  it('gives at most three one-line cores, in story order, with their asides cut', () => {
    const text = [
      'When the storm reached the coast on Monday night, the city council (which met in emergency session) ordered the old bridge closed.',
      'Engineers found cracks in two of the bridge’s steel beams, the council said in a statement on Tuesday morning.',
      'The bridge carries forty thousand cars a day across the river between the two districts of the city.',
      'Repairs to the bridge will start in June, and a ferry service will run while the bridge is closed.',
      'The council will meet again next month to choose the company that repairs the bridge.',
    ].join('\n');
    const points = chooseShortPoints(text, { entities: [], quotes: [], bodyStart: 0 });
    expect(points.length).toBeGreaterThan(0);
    expect(points.length).toBeLessThanOrEqual(3);
    for (const point of points) expect(point.split(' ').length).toBeLessThanOrEqual(30);
    expect(points[0]).toBe('The city council ordered the old bridge closed.');
    const positions = points.map((p) => text.indexOf(p.slice(4, 30)));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });
});

describe('keyPointCandidates', () => {
  const interview = [
    'Wikinews spoke with Ana Lopez, the mayor of the river city, about the closure of the old bridge.',
    'Lopez was elected three years ago on a promise to repair the crossings of the city.',
    'Why did the council decide to close the old bridge for two whole years?',
    'The steel is failing faster than anyone expected, and we cannot wait any longer for it.',
    'Will the ferry service be ready when the bridge closes in June of this year?',
  ].join('\n');

  it('reads which sentences ask a question, and which come before the first question', () => {
    const candidates = keyPointCandidates(interview, { entities: [], quotes: [], bodyStart: 0 });
    expect(candidates.map((c) => c.features.question)).toEqual([0, 0, 1, 0, 1]);
    expect(candidates.map((c) => c.features.intro)).toEqual([1, 1, 0, 0, 0]);
  });

  it('counts every sentence of a story that asks nothing as before its first question', () => {
    const candidates = keyPointCandidates(STORY, { entities: ENTITIES, quotes: QUOTES, bodyStart: 0 });
    expect(candidates.length).toBeGreaterThan(0);
    for (const candidate of candidates) expect(candidate.features).toMatchObject({ question: 0, intro: 1 });
  });
});
