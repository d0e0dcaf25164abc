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

  it('counts only the page’s process, not the extension’s own (its frame in the tab, its worker)', () => {
    const committed = (pid: number, isOutermostMainFrame: boolean): TraceEvent => ({
      name: 'FrameCommittedInBrowser',
      ph: 'I',
      ts: 0,
      pid: 99,
      tid: 1,
      args: { data: { processId: pid, isOutermostMainFrame } },
    });
    const extensionProcess = 2;
    const inTheExtension = [
      { ...event('RunTask', 30, 100_000, 600_000), pid: extensionProcess },
      { ...event('FunctionCall', 30, 100_500, 500_000, `${PREFIX}background.js`), pid: extensionProcess },
    ];
    const traced = [...trace, committed(1, true), committed(extensionProcess, false), ...inTheExtension];
    expect(tasksRunning(traced, PREFIX)).toEqual([4]);
    // With no frame named, every process counts (a trace of one page alone).
    expect(tasksRunning([...trace, ...inTheExtension], PREFIX)).toEqual([600, 4]);
  });
});
