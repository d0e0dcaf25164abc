/**
 * Timeouts for tests that start a process (tsx compiling a script, a shell script): a cold tsx
 * start alone takes seconds on a busy two-core machine, past vitest's 5 s default. They only stop
 * a process that hangs; they measure nothing.
 */

/** One started process, killed past this. A synchronous spawn blocks vitest's own timer, so the spawn needs its own. */
export const CHILD_PROCESS_TIMEOUT_MS = 120_000;

/** A test that starts a process: room for one killed as hung, and for the test's own work. */
export const CHILD_PROCESS_TEST_TIMEOUT_MS = 2 * CHILD_PROCESS_TIMEOUT_MS;
