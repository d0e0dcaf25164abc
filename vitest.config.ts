import { configDefaults, defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

/**
 * A watchdog, not a speed limit: vitest's 5 s default fails a slow but correct test (a property
 * test, a huge text) on a busy two-core machine. Speed has its bars in `npm run bench`.
 */
const TEST_WATCHDOG_MS = 60_000;

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'happy-dom',
    testTimeout: TEST_WATCHDOG_MS,
    // Every test file under tests/, whatever its folder or extension, so none is silently left out;
    // the end-to-end tests need a build and the browsers, and run apart (vitest.e2e.config.ts).
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: [...configDefaults.exclude, 'tests/e2e/**'],
  },
});
