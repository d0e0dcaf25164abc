import { afterEach, describe, expect, it, vi } from 'vitest';
import { runFeature, runFeatureAsync } from '../../../lib/extension/run-feature';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('runFeature', () => {
  it('returns what the feature returns', () => {
    expect(runFeature('ok', () => 3, 0)).toBe(3);
  });

  it('catches a failure, undoes, returns the fallback and logs once per feature and message', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const undo = vi.fn();
    const fail = () => {
      throw new Error('boom');
    };
    expect(runFeature('broken feature', fail, 'fallback', undo)).toBe('fallback');
    expect(runFeature('broken feature', fail, 'fallback', undo)).toBe('fallback');
    expect(undo).toHaveBeenCalledTimes(2);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]![0])).toContain('broken feature');
  });

  it('survives an undo that fails too', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const result = runFeature(
      'double failure',
      () => {
        throw new Error('first');
      },
      1,
      () => {
        throw new Error('second');
      },
    );
    expect(result).toBe(1);
  });
});

describe('runFeatureAsync', () => {
  it('catches a rejected promise the same way', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await expect(runFeatureAsync('async feature', () => Promise.reject(new Error('late')), 'fallback')).resolves.toBe(
      'fallback',
    );
  });
});
