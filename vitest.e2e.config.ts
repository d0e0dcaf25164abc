/**
 * End-to-end tests: the built extension (`npm run build` first) in headless Chromium and Firefox
 * ESR on locally served fixture pages. One browser at a time: the machine has two cores.
 */
import { defineConfig } from 'vitest/config';

/** A browser start plus the seed article's analysis takes ~10 s here; leave room for slow CI. */
const E2E_TIMEOUT_MS = 90_000;

export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.test.ts'],
    fileParallelism: false,
    testTimeout: E2E_TIMEOUT_MS,
    hookTimeout: E2E_TIMEOUT_MS,
  },
});
