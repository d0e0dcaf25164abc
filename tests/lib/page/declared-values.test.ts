import { describe, expect, it } from 'vitest';
import { nonEmptyValues } from '../../../lib/page/declared-values';

describe('nonEmptyValues', () => {
  it('keeps the declared values in order, none null, undefined or empty', () => {
    expect(nonEmptyValues(['Jane Roe', null, '', undefined, 'NBC News'])).toEqual(['Jane Roe', 'NBC News']);
  });
});
