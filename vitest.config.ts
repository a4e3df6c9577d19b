import { defineConfig } from 'vitest/config';

// Unit and integration tests sit next to the code they test. In e2e/, the Playwright specs
// (*.spec.ts) are Playwright's; only the tests of the WordPress test servers (*.test.ts beside them) are Vitest's.
export default defineConfig({
  test: {
    include: ['{shared,electron,renderer,build,bench}/**/*.test.{ts,tsx}', 'e2e/wordpress/**/*.test.ts', '*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    reporters: ['default', ['json', { outputFile: 'test-results/unit.json' }]],
  },
});
