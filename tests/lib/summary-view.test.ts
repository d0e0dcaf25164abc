import { describe, expect, it } from 'vitest';
import {
  countLabel,
  entitiesOfType,
  formatPublishedDate,
  groupQuotesBySpeaker,
  quotesBy,
} from '../../lib/summary-view';
import { sampleAnalysis } from '../components/sample-analysis';

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

describe('summary helpers', () => {
  it('select entities by type, keeping salience order', () => {
    expect(entitiesOfType(sampleAnalysis(), 'person').map((e) => e.name)).toEqual(['Vladimir Putin', 'Antony Blinken']);
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
