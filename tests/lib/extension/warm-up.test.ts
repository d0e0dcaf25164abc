import { afterEach, describe, expect, it, vi } from 'vitest';
import { WARM_UP_STEPS } from '../../../lib/analyze';
import { WarmUp, lowPriorityTask } from '../../../lib/extension/warm-up';
import { warmUpExtraction } from '../../../lib/extract';

/** Lets the tasks queued so far (and those they queue) run. */
const settle = () => new Promise((done) => setTimeout(done, 20));

describe('WarmUp', () => {
  it('runs its steps once, each in a task of its own, however often it is started', async () => {
    const ran: string[] = [];
    const warmUp = new WarmUp([() => ran.push('first'), () => ran.push('second')]);
    warmUp.start();
    warmUp.start();
    setTimeout(() => ran.push('a task queued meanwhile'), 0);
    expect(ran).toEqual([]);
    await settle();
    warmUp.start();
    await settle();
    expect(ran).toEqual(['first', 'a task queued meanwhile', 'second']);
  });

  it('stops at a step that fails, and leaves the error to the work that needs it', async () => {
    const later = vi.fn();
    new WarmUp([
      () => {
        throw new Error('no model');
      },
      later,
    ]).start();
    await settle();
    expect(later).not.toHaveBeenCalled();
  });
});

describe('lowPriorityTask', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('queues a task of background priority where the engine schedules tasks by priority', async () => {
    const postTask = vi.fn((callback: () => void) => Promise.resolve(callback()));
    vi.stubGlobal('scheduler', { postTask });
    await lowPriorityTask();
    expect(postTask).toHaveBeenCalledWith(expect.any(Function), { priority: 'background' });
  });

  it('falls back to a zero-delay timer, after the tasks queued before it', async () => {
    vi.stubGlobal('scheduler', undefined);
    const ran: string[] = [];
    setTimeout(() => ran.push('queued before'), 0);
    await lowPriorityTask();
    expect(ran).toEqual(['queued before']);
  });
});

describe('the analysis’s warm-up steps', () => {
  it('read the tagger, then analyse a story with a name, a place and a quote', () => {
    const results = WARM_UP_STEPS.map((step) => step());
    const findings = results.at(-1) as { entities: Array<{ name: string }>; quotes: unknown[] };
    expect(findings.entities.map((entity) => entity.name)).toEqual(expect.arrayContaining(['Ana Lopez', 'Paris']));
    expect(findings.quotes).toHaveLength(1);
  });
});

describe('the extraction’s warm-up', () => {
  it('finds the short story in its copy', () => {
    expect(warmUpExtraction()?.text).toContain('The city council voted on Tuesday to close the old bridge');
  });
});
