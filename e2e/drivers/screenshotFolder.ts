/**
 * Where the specs write their screenshots: beside the test results, or with UPDATE_SCREENSHOTS=1
 * over the ones the README shows (e2e/screenshots/), so a test run never changes tracked files.
 */
export const screenshotFolder = process.env.UPDATE_SCREENSHOTS ? 'e2e/screenshots' : 'test-results/screenshots';
