/**
 * A new task for the rest of the page's work (the detector's, the reader's): `scheduler.yield()`
 * where the browser has it (Chromium), which resumes ahead of other queued tasks; else a
 * zero-delay timer (`setTimer`, the reader's stops with its context), which a chain of them turns
 * into 4 ms of waiting each (the HTML standard's clamp), a third of a task's budget.
 */
export function giveThreadBack(
  setTimer: (resume: () => void) => void = (resume) => setTimeout(resume, 0),
): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resume) => setTimer(resume));
}
