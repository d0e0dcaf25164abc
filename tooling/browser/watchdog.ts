/**
 * Watchdogs, not limits: how long an end-to-end test, or a script driving a browser through
 * ./chromium.ts, waits before it gives up as hung. Nothing here is a speed promise; those have
 * their bars in `npm run bench` (scripts/bench-browser.ts), measured on a quiet machine. A driven
 * browser on a busy, shared CI machine can be many times slower than on a desk, and that must
 * never fail a test whose behaviour is right.
 */

/** One wait in a test: for highlights, a card, the popup, a reader's final state, a navigation. */
export const WAIT_WATCHDOG_MS = 120_000;

/** One whole test, which may wait several times, or a hook that starts a browser. */
export const TEST_WATCHDOG_MS = 300_000;
