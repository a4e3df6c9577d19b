import { defineConfig } from 'vitest/config';

// Unit and integration tests sit next to the code they test; the Playwright specs in e2e/ are not theirs.
export default defineConfig({
  test: {
    include: ['{shared,electron,renderer,build,bench}/**/*.test.{ts,tsx}', '*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    reporters: ['default', ['json', { outputFile: 'test-results/unit.json' }]],
  },
});
