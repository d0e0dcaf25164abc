import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../../lib/analyze/ner';
import { findQuotes, readQuotes } from '../../../../lib/analyze/quotes';
import type { Candidate } from '../../../../lib/analyze/quotes/candidates';
import { bestCandidate, SPEAKER_MODEL } from '../../../../lib/analyze/quotes/ranker';

function candidate(name: string | null, features: string[]): Candidate {
  const speaker =
    name === null ? null : { name, id: null, mention: { start: 0, end: 0, text: name }, isPerson: true, plural: false };
  return { speaker, cue: null, features };
}

describe('the speaker ranker', () => {
  it('chooses the candidate whose features weigh most, the first listed on a tie', () => {
    const model = { weights: { rule: 1, 'cue:speech': 2 } };
    const candidates = [candidate(null, ['nobody']), candidate('A', ['rule']), candidate('B', ['cue:speech'])];
    expect(bestCandidate(candidates, model)?.speaker?.name).toBe('B');
    expect(bestCandidate(candidates.slice(0, 2), { weights: {} })?.speaker).toBeNull();
  });

  it('offers nobody first, then the rules’ choice, then every cue’s speaker and entity near the quote', () => {
    // "Xi Jinping" in full: the tagger with GloVe's clusters no longer reads a lone "Xi" (a Greek letter there) as a name.
    const text = 'Putin met Xi Jinping in Moscow.\n“We are ready for talks,” Putin said, as Xi listened.';
    const { candidates } = readQuotes(text, findEntities(text));
    const [nobody, rule, ...others] = candidates[0];
    expect(nobody.speaker).toBeNull();
    expect(rule.speaker?.name).toBe('Putin');
    expect(rule.features).toEqual(expect.arrayContaining(['rule', 'rule:trailing', 'cue:speech:after:sentence']));
    expect(others.map((c) => c.speaker?.name)).toEqual(expect.arrayContaining(['Xi Jinping', 'Moscow']));
  });

  it('overrules the rules where the shipped weights read the construction better', () => {
    // The rules take the subject nearest the verb; the ranker, the one the sentence is about.
    const text =
      'Clinton told the crowd she will protect rights while her opponent, Donald Trump, wants to “take America backward.”';
    const entities = findEntities(text);
    expect(findQuotes(text, entities, { weights: { rule: 1 } })[0].speaker).toBe('Donald Trump');
    expect(findQuotes(text, entities, SPEAKER_MODEL)[0].speaker).toBe('Clinton');
  });

  it('leaves a scare quote with no speaker the writer’s', () => {
    const text = 'The so-called “peace plan” drew little notice in Moscow.';
    expect(findQuotes(text, findEntities(text))[0].speaker).toBeNull();
  });
});
