import { describe, expect, it } from 'vitest';
import { known } from '../../../lib/page/declared-values';

describe('known', () => {
  it('keeps the declared values in order, none null, undefined or empty', () => {
    expect(known(['Jane Roe', null, '', undefined, 'NBC News'])).toEqual(['Jane Roe', 'NBC News']);
  });
});
