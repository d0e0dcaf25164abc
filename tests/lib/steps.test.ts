import { describe, expect, it } from 'vitest';
import { inTasksOfTheirOwn, runSteps, runStepsWithPauses, type Steps } from '../../lib/steps';

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
  /** A clock read by hand: each step below moves it by `stepMs`. */
  function pacing(log: string[], stepMs: number, budgetMs: number) {
    let time = 0;
    return {
      pause: async () => void log.push('pause'),
      now: () => time,
      budgetMs,
      tick: () => {
        time += stepMs;
      },
    };
  }

  function* timedSteps(log: string[], tick: () => void): Steps<string> {
    for (const name of ['one', 'two', 'three']) {
      log.push(name);
      tick();
      if (name !== 'three') yield;
    }
    return 'done';
  }

  it('pauses once a task has used its budget, never before the first step or after the last', async () => {
    const log: string[] = [];
    const pace = pacing(log, 5, 8);
    const result = await runStepsWithPauses(timedSteps(log, pace.tick), pace, () => true);
    expect(result).toBe('done');
    // 5 ms after "one": within 8 ms, "two" follows in the same task; 10 ms after it, a pause.
    expect(log).toEqual(['one', 'two', 'pause', 'three']);
  });

  it('runs steps back to back while they fit in one task', async () => {
    const log: string[] = [];
    const pace = pacing(log, 1, 8);
    expect(await runStepsWithPauses(timedSteps(log, pace.tick), pace, () => true)).toBe('done');
    expect(log).toEqual(['one', 'two', 'three']);
  });

  it('gives up after a pause once the result is no longer wanted', async () => {
    const log: string[] = [];
    const pace = pacing(log, 10, 8);
    const result = await runStepsWithPauses(timedSteps(log, pace.tick), pace, () => false);
    expect(result).toBeNull();
    expect(log).toEqual(['one', 'pause']);
  });
});

describe('inTasksOfTheirOwn', () => {
  it('runs each step after a pause of its own, and stops after a pause once the rest is not wanted', async () => {
    const log: string[] = [];
    const pause = async () => void log.push('pause');
    const steps = ['one', 'two', 'three'].map((name) => () => void log.push(name));
    await inTasksOfTheirOwn(pause, steps, () => true);
    expect(log).toEqual(['pause', 'one', 'pause', 'two', 'pause', 'three']);
    log.length = 0;
    await inTasksOfTheirOwn(pause, steps, () => !log.includes('one'));
    expect(log).toEqual(['pause', 'one', 'pause']);
  });
});
