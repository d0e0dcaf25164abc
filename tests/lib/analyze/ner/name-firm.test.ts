import { describe, expect, it } from 'vitest';
import { entityTypeOf } from '../../../../lib/analyze/ner/recognizer';

describe('entityTypeOf', () => {
  it('types a name by its tag, and a name with a legal form an organization whatever its tag', () => {
    expect(entityTypeOf('PER', 'Michael Sims')).toBe('person');
    expect(entityTypeOf('PER', 'Ceres Robotics Inc')).toBe('organization');
    expect(entityTypeOf('LOC', 'Tyvak Nano-Satellite Systems Inc.')).toBe('organization');
    expect(entityTypeOf('PER', 'Moneycontrol.com')).toBe('organization');
    expect(entityTypeOf('PER', 'Pirelli SpA')).toBe('organization');
    expect(entityTypeOf('PER', 'Banco Rural SA')).toBe('organization');
    expect(entityTypeOf('MISC', 'Olympics')).toBeUndefined();
  });
});
