import { describe, expect, it } from 'vitest';
import { AnalysisCache, cacheKey, hashText } from '../../../lib/extension/analysis-cache';
import { sampleAnalysis } from '../../components/sample-analysis';

describe('cache keys', () => {
  it('differ when the text or the URL differs, and agree otherwise', () => {
    expect(cacheKey('https://a.test/1', 'text')).toBe(cacheKey('https://a.test/1', 'text'));
    expect(cacheKey('https://a.test/1', 'text')).not.toBe(cacheKey('https://a.test/1', 'text!'));
    expect(cacheKey('https://a.test/1', 'text')).not.toBe(cacheKey('https://a.test/2', 'text'));
    expect(cacheKey('https://a.test/1', 'text', true)).not.toBe(cacheKey('https://a.test/1', 'text'));
  });

  it('hash to 8 hex digits (FNV-1a of "a" is e40c292c)', () => {
    expect(hashText('a')).toBe('e40c292c');
    expect(hashText('')).toBe('811c9dc5');
  });
});

describe('AnalysisCache', () => {
  it('keeps the most recently used entries up to its capacity', () => {
    const cache = new AnalysisCache(2);
    const [a, b, c] = [sampleAnalysis(), sampleAnalysis(), sampleAnalysis()];
    cache.set('a', a);
    cache.set('b', b);
    expect(cache.get('a')).toBe(a);
    cache.set('c', c);
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBe(a);
    expect(cache.get('c')).toBe(c);
    expect(cache.size).toBe(2);
  });
});
