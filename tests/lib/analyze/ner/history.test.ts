import { describe, expect, it } from 'vitest';
import { prepareLines } from '../../../../lib/analyze/ner/features';
import { TagHistory } from '../../../../lib/analyze/ner/history';
import { loadLexicons } from '../../../../lib/analyze/ner/lexicons';
import { tokenizeLines } from '../../../../lib/analyze/ner/tokens';

describe('TagHistory', () => {
  it('offers the class most often chosen so far for a capitalized word', () => {
    const [line] = prepareLines(tokenizeLines('Simmons met Simmons and Leeds'), loadLexicons(new Map()));
    const history = new TagHistory();
    expect(history.featureFor('Simmons', 'simmons')).toBe('h=none');
    history.record(line, ['B-PER', 'O', 'B-PER', 'O', 'B-ORG']);
    expect(history.featureFor('Simmons', 'simmons')).toBe('h=PER');
    expect(history.featureFor('Leeds', 'leeds')).toBe('h=ORG');
    // lowercase words get no history: "met" is never a name
    expect(history.featureFor('met', 'met')).toBe('h=none');
  });
});
