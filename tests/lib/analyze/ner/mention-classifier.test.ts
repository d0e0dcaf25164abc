import { afterEach, describe, expect, it } from 'vitest';
import type { Lexicons } from '../../../../lib/analyze/ner/lexicons';
import {
  classLogProbabilitiesOf,
  type MentionModelFile,
  type MentionModels,
  readMentionModel,
  retypedByMentions,
  useMentionModel,
  withoutNonNames,
} from '../../../../lib/analyze/ner/mention-classifier';
import type { TypedSpan } from '../../../../lib/analyze/ner/recognizer';
import { describeSpan, handTag } from './spans';

const LEXICONS = {
  wordClasses: new Map(),
  orgWords: new Set(),
  placeWords: new Set(),
  wordClusters: new Map(),
} as unknown as Lexicons;

/** A model that knows a few head words: weights for person, place, organization, no name. */
const NAMES: MentionModelFile = {
  classes: ['person', 'place', 'organization', 'none'],
  weights: ['head=hotel\t0 4 2 0', 'head=abstract\t0 0 0 6', 'head=smith\t4 0 0 0'].join('\n'),
};

/** A typing model that knows the same head words: weights for person, place, organization. */
const TYPES: MentionModelFile = {
  classes: ['person', 'place', 'organization'],
  weights: ['head=hotel\t0 4 2', 'head=smith\t4 0 0'].join('\n'),
};

const MODEL: MentionModels = { names: NAMES, types: TYPES };

/** A span the tagger typed, with its scores under each type (0 for its own). */
function tagged(span: TypedSpan, scores: Record<'person' | 'place' | 'organization', number>): TypedSpan {
  return { ...span, tagged: { label: span.label, scores: () => scores } };
}

afterEach(() => useMentionModel(null));

describe('the mention classifier', () => {
  it('reads its file and gives each class a probability, summing to one', () => {
    const weights = readMentionModel(NAMES);
    const probabilities = [
      ...classLogProbabilitiesOf(weights, (sink) => {
        sink('head', 'hotel');
        sink('unknown');
      }),
    ].map(Math.exp);
    expect(probabilities.reduce((sum, p) => sum + p, 0)).toBeCloseTo(1, 9);
    expect(probabilities[1]).toBeGreaterThan(probabilities[2]);
    // Each row as its line writes it, the last line's too, however often it is asked for.
    expect([...(weights.partRows.rowOf('head', 'smith') ?? [])]).toEqual([4, 0, 0, 0]);
    expect([...(weights.partRows.rowOf('head', 'smith') ?? [])]).toEqual([4, 0, 0, 0]);
    expect([...(weights.partRows.rowOf('head', 'hotel') ?? [])]).toEqual([0, 4, 2, 0]);
    expect(weights.partRows.rowOf('head', 'smit')).toBeNull();
    expect(() => readMentionModel({ ...NAMES, classes: ['person', 'place'] })).toThrow(/classes/);
    expect(() => readMentionModel(TYPES)).toThrow(/classes/);
  });

  it('drops a name its mentions read as no name, and keeps the others', () => {
    useMentionModel(MODEL);
    const text = handTag('Abstract. We met Smith at the Grand Hotel.');
    const spans = [
      tagged(text.span('Abstract', 'organization'), { person: -5, place: -5, organization: 0 }),
      tagged(text.span('Smith', 'person'), { person: 0, place: -5, organization: -5 }),
    ];
    const kept = withoutNonNames(spans, text.lines, text.text, LEXICONS);
    expect(kept.map((span) => describeSpan(text.text, span))).toEqual(['Smith (person)']);
  });

  it('retypes a name when its whole-span reading outweighs the tagger’s evidence', () => {
    useMentionModel(MODEL);
    const text = handTag('We stayed at the Grand Hotel. The Grand Hotel is old.');
    // The tagger holds weakly to an organization (the place loses it 10 points, 0.5 once scaled).
    const spans = [0, 20].map((from) =>
      tagged(text.span('Grand Hotel', 'organization', from), { person: -40, place: -10, organization: 0 }),
    );
    const retyped = retypedByMentions(spans, text.lines, text.text, LEXICONS);
    expect(retyped.map((span) => describeSpan(text.text, span))).toEqual([
      'Grand Hotel (place)',
      'Grand Hotel (place)',
    ]);
  });

  it('drops by the first model alone, and types by both models', () => {
    // The typing model holds Abstract for a person, and adds to the Grand Hotel's first reading
    // (a place, an organization second) enough to make it an organization.
    useMentionModel({ names: NAMES, types: { ...TYPES, weights: 'head=hotel\t0 0 6\nhead=abstract\t9 0 0' } });
    const text = handTag('Abstract. We stayed at the Grand Hotel.');
    const spans = [
      tagged(text.span('Abstract', 'person'), { person: 0, place: -5, organization: -5 }),
      tagged(text.span('Grand Hotel', 'place'), { person: -5, place: 0, organization: -5 }),
    ];
    const kept = withoutNonNames(spans, text.lines, text.text, LEXICONS);
    const retyped = retypedByMentions(kept, text.lines, text.text, LEXICONS);
    expect(retyped.map((span) => describeSpan(text.text, span))).toEqual(['Grand Hotel (organization)']);
    // A typing model leaning to an organization by less than the first model leans to a place leaves a place
    // (new spans: a span's scores are kept once read).
    useMentionModel({ names: NAMES, types: { ...TYPES, weights: 'head=hotel\t0 1.5 2' } });
    const hotel = tagged(text.span('Grand Hotel', 'place'), { person: -5, place: 0, organization: -5 });
    expect(retypedByMentions([hotel], text.lines, text.text, LEXICONS)[0].type).toBe('place');
  });

  it('weighs the tagger’s evidence less for a name whose last word has no word cluster', () => {
    // The typing model leans to a place by 1; the tagger to a person by 30 points: 1.5 once scaled
    // where it knows the word's cluster, 0.5 where it does not.
    useMentionModel({ names: { ...NAMES, weights: '' }, types: { ...TYPES, weights: 'head=coron\t0 1 0' } });
    const text = handTag('We sailed to Coron.');
    const typeWithClusters = (wordClusters: Map<string, readonly number[]>) => {
      const span = tagged(text.span('Coron', 'person'), { person: 0, place: -30, organization: -400 });
      return retypedByMentions([span], text.lines, text.text, { ...LEXICONS, wordClusters })[0].type;
    };
    expect(typeWithClusters(new Map([['coron', [1]]]))).toBe('person');
    expect(typeWithClusters(new Map())).toBe('place');
  });

  it('keeps the tagger’s type where the tagger holds firmly to it', () => {
    useMentionModel(MODEL);
    const text = handTag('We stayed at the Grand Hotel.');
    const span = tagged(text.span('Grand Hotel', 'organization'), { person: -400, place: -400, organization: 0 });
    expect(retypedByMentions([span], text.lines, text.text, LEXICONS)[0].type).toBe('organization');
  });

  it('leaves alone a name a rule typed against the tagger, and one a rule found alone', () => {
    useMentionModel(MODEL);
    const text = handTag('Abstract. The Grand Hotel, a company, said. Abstract.');
    const ruleTyped = {
      ...text.span('Grand Hotel', 'organization'),
      tagged: { label: 'LOC', scores: () => ({ person: 0, place: 0, organization: 0 }) },
    };
    const ruleFound = text.span('Abstract', 'organization');
    const spans = [ruleFound, ruleTyped];
    expect(withoutNonNames(spans, text.lines, text.text, LEXICONS)).toEqual(spans);
    expect(retypedByMentions(spans, text.lines, text.text, LEXICONS)).toEqual(spans);
  });
});
