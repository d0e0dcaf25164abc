/**
 * Work the background does ahead of need, once per worker: the extraction's and the analysis's
 * first runs (`warmUpExtraction`, `WARM_UP_STEPS`), started when a tab begins loading a page the
 * detector will read, so the story finds the worker ready. Each step runs in a task of its own,
 * queued behind the worker's other work (see `lowPriorityTask`): a message or an answer of the
 * browser that arrives meanwhile waits for one step at most.
 */
export class WarmUp {
  private hasStarted = false;

  constructor(private readonly steps: ReadonlyArray<() => unknown>) {}

  /** Starts the steps, unless they were started before. */
  start(): void {
    if (this.hasStarted) return;
    this.hasStarted = true;
    void this.run();
  }

  private async run(): Promise<void> {
    for (const step of this.steps) {
      await lowPriorityTask();
      try {
        step();
      } catch {
        // The analysis meets the same error when a story needs it, and reports it there.
        return;
      }
    }
  }
}

interface TaskScheduler {
  postTask(callback: () => void, options: { priority: 'background' }): Promise<void>;
}

/**
 * A new task that waits for the worker's queued work: `scheduler.postTask` at background priority
 * where the engine has it (Chromium; Firefox from 142), else a zero-delay timer (Firefox ESR 140). In a worker whose story had already
 * loaded, a timer's task ran before the answers of the browser that the reading waited for (the
 * reading decision's storage read, the reader's injection), so each warm-up step, 10–350 ms on a
 * loaded 2-core machine, delayed the reading instead of filling its waits.
 */
export function lowPriorityTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<TaskScheduler> }).scheduler;
  if (scheduler?.postTask) return scheduler.postTask(() => undefined, { priority: 'background' });
  return new Promise((resume) => setTimeout(resume, 0));
}
