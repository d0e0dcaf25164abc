import { describe, expect, it } from 'vitest';
import { isFirmName } from '../../../../lib/analyze/ner/name-words';

describe('isFirmName', () => {
  it('knows a firm by its legal form or its web domain, not a person by a name', () => {
    expect(isFirmName('Michael Sims')).toBe(false);
    expect(isFirmName('Ceres Robotics Inc')).toBe(true);
    expect(isFirmName('Tyvak Nano-Satellite Systems Inc.')).toBe(true);
    expect(isFirmName('Moneycontrol.com')).toBe(true);
    expect(isFirmName('Pirelli SpA')).toBe(true);
    expect(isFirmName('Banco Rural SA')).toBe(true);
  });
});
