import { describe, expect, it } from 'vitest';
import { tasksRunning, type TraceEvent } from '../../tooling/browser/trace';

const PREFIX = 'chrome-extension://newslens/';

function event(name: string, tid: number, ts: number, dur: number, url?: string): TraceEvent {
  return { name, ph: 'X', ts, dur, pid: 1, tid, args: url ? { data: { url } } : {} };
}

describe('tasksRunning', () => {
  const pageThread = 10;
  const otherThread = 20;
  const trace = [
    event('RunTask', pageThread, 1_000, 4_000),
    event('EvaluateScript', pageThread, 1_500, 3_000, `${PREFIX}detector.js`),
    event('RunTask', pageThread, 10_000, 60_000),
    event('RunTask', otherThread, 0, 80_000),
  ];

  it('counts a task holding one of the extension’s script events', () => {
    expect(tasksRunning(trace, PREFIX)).toEqual([4]);
  });

  it('counts a task of the extension’s thread holding a profiler sample of its code', () => {
    expect(tasksRunning(trace, PREFIX, [20_000])).toEqual([60, 4]);
  });

  it('does not blame another thread’s task that a sample falls in by time', () => {
    expect(tasksRunning(trace, PREFIX, [2_000])).toEqual([4]);
  });
});
