import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumExecutable } from './e2e/drivers/chromiumExecutable';

// The end-to-end tests drive the built renderer in Chromium against the real browser host
// (started by each test with a temporary data folder). Run `npm run build` first; `npm test` does.
export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  forbidOnly: !!process.env.CI,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    locale: 'ar',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: { executablePath: chromiumExecutable(), args: chromiumArgs },
  },
  outputDir: 'test-results/e2e-artifacts',
});
