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

/**
 * Run the steps, waiting on `pause` between two of them; the result, or null when `stillWanted`
 * says, after a pause, that nobody wants it any more (the page changed, the reading was reset).
 */
export async function runStepsWithPauses<T>(
  steps: Steps<T>,
  pause: () => Promise<void>,
  stillWanted: () => boolean,
): Promise<T | null> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await pause();
    if (!stillWanted()) return null;
  }
}
