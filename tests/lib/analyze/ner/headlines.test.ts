import { describe, expect, it } from 'vitest';
import { isGluedToHeadline, isTitleCaseLine, lowerCaseWords } from '../../../../lib/analyze/ner/headlines';
import { tokenizeLines } from '../../../../lib/analyze/ner/tokens';

const TEXT = [
  'Conservative Icon Morton Blackwell Endorses Ted Cruz',
  'Blackwell, an icon of the movement, endorses the senator.',
  'Ted Cruz Wins in Iowa',
].join('\n\n');
const LINES = tokenizeLines(TEXT);
const LOWER_CASE = lowerCaseWords(LINES);

describe('names glued to a headline', () => {
  it('reads a line that capitalises every word but the small ones as Title Case', () => {
    expect(LINES.map(isTitleCaseLine)).toEqual([true, false, true]);
  });

  it('takes a name on a Title Case line holding a word the text writes in lower case as glued', () => {
    expect(isGluedToHeadline('Icon Morton Blackwell Endorses Ted Cruz', LINES[0], LOWER_CASE)).toBe(true);
  });

  it('leaves a plain name on a headline, and any name of the body, alone', () => {
    expect(isGluedToHeadline('Ted Cruz', LINES[2], LOWER_CASE)).toBe(false);
    expect(isGluedToHeadline('Icon Morton Blackwell', LINES[1], LOWER_CASE)).toBe(false);
  });
});
