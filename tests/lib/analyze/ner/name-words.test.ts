import { describe, expect, it } from 'vitest';
import { canBeName, withoutLocatedPrefix, withoutLowerCaseEnd } from '../../../../lib/analyze/ner/name-words';
import { spansOfTags } from '../../../../lib/analyze/ner/tagger';
import { tokenize } from '../../../../lib/analyze/ner/tokens';

/** The words of the one span the tags make of `text`, after `mend` (by default its lower-case end cut). */
function cut(text: string, tags: string[], mend = withoutLowerCaseEnd): string | null {
  const tokens = tokenize(text);
  const [span] = spansOfTags(tokens, tags, 0);
  const kept = mend(span, tokens);
  return kept && text.slice(kept.start, kept.end);
}

describe('withoutLowerCaseEnd', () => {
  it('cuts the lower-case words a name ran on with', () => {
    expect(cut('US Congress who remain', ['B-ORG', 'I-ORG', 'I-ORG', 'O'])).toBe('US Congress');
  });

  it('cuts a contraction, a score or a date the name ran on with', () => {
    expect(cut('Whole Foods doesn’t', ['B-ORG', 'I-ORG', 'I-ORG'])).toBe('Whole Foods');
    expect(cut('Pittsburgh Penguins 5-4', ['B-ORG', 'I-ORG', 'I-ORG'])).toBe('Pittsburgh Penguins');
    expect(cut('THE HAGUE 1996-08-30', ['B-LOC', 'I-LOC', 'I-LOC'])).toBe('THE HAGUE');
  });

  it('keeps a number that is part of the name', () => {
    expect(cut('Apollo 11', ['B-MISC', 'I-MISC'])).toBe('Apollo 11');
  });

  it.each([
    ['Bank of England', ['B-ORG', 'I-ORG', 'I-ORG']],
    ['eBay', ['B-ORG']],
    ['al-Qaeda', ['B-ORG']],
  ])('keeps %s whole', (text, tags) => {
    expect(cut(text, tags)).toBe(text);
  });

  it('leaves nothing of a span all in lower case', () => {
    expect(cut('the who', ['B-ORG', 'I-ORG'])).toBeNull();
  });
});

describe('withoutLocatedPrefix', () => {
  it('starts a name after the place joined to "-based" before it', () => {
    expect(cut('Sacramento-based McClatchy', ['B-PER', 'I-PER'], withoutLocatedPrefix)).toBe('McClatchy');
    expect(cut('St. Louis-based Mercantile Bank', ['B-ORG', 'I-ORG', 'I-ORG', 'I-ORG'], withoutLocatedPrefix)).toBe(
      'Mercantile Bank',
    );
  });

  it('leaves nothing of a span that ends on it, and keeps a span without it whole', () => {
    expect(cut('Hong Kong-based', ['B-LOC', 'I-LOC'], withoutLocatedPrefix)).toBeNull();
    expect(cut('Hong Kong', ['B-LOC', 'I-LOC'], withoutLocatedPrefix)).toBe('Hong Kong');
  });
});

describe('canBeName', () => {
  it.each([
    '4K',
    '16GB',
    'S.',
    'P.M.',
    'a.m.',
    'FY2020-22',
    'R-W.Va',
    'Don’t',
    'Nine',
    'mid-1990s',
    'Paper | Subscribe',
    'News • Sport',
  ])('%s is no name', (words) => {
    expect(canBeName(words)).toBe(false);
  });

  it.each(['G7', '3M', 'Apollo 11', 'Formula 1', 'Xi Jinping', 'NASA'])('%s may be one', (words) => {
    expect(canBeName(words)).toBe(true);
  });
});
