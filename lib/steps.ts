/**
 * Long work on the page's main thread, cut into steps: a generator that yields between them, so
 * a caller in the page can give the thread back (the page stays responsive on a long story)
 * while the command line and the tests run the whole at once.
 */
export type Steps<T> = Generator<void, T, void>;

/** Run every step at once; the result. */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** How work in the page gives its thread back: by time, not by count of steps. */
export interface Pacing {
  /** Gives the thread back (a new task). */
  pause: () => Promise<void>;
  /** A clock in ms (`performance.now` in the page). */
  now: () => number;
  /** Steps run back to back while one task has taken less than this, in ms. */
  budgetMs: number;
}

/**
 * The main-thread time one task of the extension's work in the page may take, in ms: a few, so
 * that no task comes near the Long Tasks API's 50 ms on a loaded 2-core machine, where a fixed
 * count of steps would take four times longer than on an idle one.
 */
export const TASK_BUDGET_MS = 8;

/** Pauses by `pause`, on the clock `now`, within a task's budget: the pacing of all work in the page. */
export function pacingBy(pause: () => Promise<void>, now: () => number): Pacing {
  return { pause, now, budgetMs: TASK_BUDGET_MS };
}

/**
 * Run the steps, pausing once a task has used its budget; the result, or null when `stillWanted`
 * says, after a pause, that nobody wants it any more (the page changed, the reading was reset).
 * `taskStart`: when the task they start in began, if before now (the work before them counts).
 */
export async function runStepsWithPauses<T>(
  steps: Steps<T>,
  pacing: Pacing,
  stillWanted: () => boolean,
  taskStart: number = pacing.now(),
): Promise<T | null> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (pacing.now() - taskStart < pacing.budgetMs) continue;
    await pacing.pause();
    if (!stillWanted()) return null;
    taskStart = pacing.now();
  }
}

/**
 * Run `steps` each in a task after the last (`pause` gives the thread back, before the first one
 * too), until `stillWanted` says, after a pause, that nobody wants the rest.
 */
export async function inTasksOfTheirOwn(
  pause: () => Promise<void>,
  steps: ReadonlyArray<() => void>,
  stillWanted: () => boolean,
): Promise<void> {
  for (const step of steps) {
    await pause();
    if (!stillWanted()) return;
    step();
  }
}
