import { describe, expect, it } from 'vitest';
import { runSteps, runStepsWithPauses, type Steps } from '../../lib/steps';

function* threeSteps(log: string[]): Steps<string> {
  log.push('one');
  yield;
  log.push('two');
  yield;
  log.push('three');
  return 'done';
}

describe('runSteps', () => {
  it('runs every step at once', () => {
    const log: string[] = [];
    expect(runSteps(threeSteps(log))).toBe('done');
    expect(log).toEqual(['one', 'two', 'three']);
  });
});

describe('runStepsWithPauses', () => {
  it('pauses between two steps, never before the first or after the last', async () => {
    const log: string[] = [];
    const result = await runStepsWithPauses(
      threeSteps(log),
      async () => void log.push('pause'),
      () => true,
    );
    expect(result).toBe('done');
    expect(log).toEqual(['one', 'pause', 'two', 'pause', 'three']);
  });

  it('gives up after a pause once the result is no longer wanted', async () => {
    const log: string[] = [];
    let wanted = true;
    const result = await runStepsWithPauses(
      threeSteps(log),
      async () => {
        wanted = false;
      },
      () => wanted,
    );
    expect(result).toBeNull();
    expect(log).toEqual(['one']);
  });
});
