/**
 * End-to-end tests: the built extension (`npm run build` first) in headless Chromium and Firefox
 * ESR on locally served fixture pages. One browser at a time: the machine has two cores.
 */
import { defineConfig } from 'vitest/config';
import { TEST_WATCHDOG_MS } from './tooling/browser/watchdog';

export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.test.ts'],
    fileParallelism: false,
    testTimeout: TEST_WATCHDOG_MS,
    hookTimeout: TEST_WATCHDOG_MS,
  },
});
