/**
 * Work the background does ahead of need, once per worker: the extraction's and the analysis's
 * first runs (`warmUpExtraction`, `WARM_UP_STEPS`), started when a tab begins loading a page the
 * detector will read, so the story finds the worker ready. Each step runs in a task of its own:
 * a message that arrives meanwhile (the reader's copy of the page) waits for one step at most.
 */
export class WarmUp {
  private hasStarted = false;

  constructor(private readonly steps: ReadonlyArray<() => unknown>) {}

  /** Whether the steps were started in this worker: nothing is left to decide once they were. */
  get started(): boolean {
    return this.hasStarted;
  }

  /** Starts the steps, unless they were started before. */
  start(): void {
    if (this.hasStarted) return;
    this.hasStarted = true;
    void this.run();
  }

  private async run(): Promise<void> {
    for (const step of this.steps) {
      await new Promise((resume) => setTimeout(resume, 0));
      try {
        step();
      } catch {
        // The analysis meets the same error when a story needs it, and reports it there.
        return;
      }
    }
  }
}
