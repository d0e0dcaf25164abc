import { describe, expect, it } from 'vitest';
import { isTitleCaseLine } from '../../../../lib/analyze/ner/headlines';
import { tokenizeLines } from '../../../../lib/analyze/ner/tokens';

describe('isTitleCaseLine', () => {
  it('reads a line that capitalises every word but the small ones as a headline', () => {
    const lines = tokenizeLines(
      [
        'Conservative Icon Morton Blackwell Endorses Ted Cruz',
        'Blackwell, an icon of the movement, endorses the senator.',
        'Ted Cruz Wins in Iowa',
        'Ted Cruz',
      ].join('\n\n'),
    );
    expect(lines.map(isTitleCaseLine)).toEqual([true, false, true, false]);
  });
});
