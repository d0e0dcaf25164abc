import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'happy-dom',
    include: ['tests/lib/**/*.test.ts', 'tests/components/**/*.test.tsx', 'tests/entrypoints/**/*.test.ts', 'tests/scripts/**/*.test.ts'],
  },
});
