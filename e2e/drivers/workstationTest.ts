/**
 * The specs' `test`: gives each test a Workstation on a fresh browser host with a temporary data
 * folder, and fails the test if the page logged an error or threw.
 */
import { test as base, expect } from '@playwright/test';
import { startWebHostProcess, temporaryDataFolder, type WebHostProcess } from './webHostProcess';
import { Workstation } from './workstation';

interface Fixtures {
  host: WebHostProcess;
  workstation: Workstation;
}

export const test = base.extend<Fixtures>({
  // Playwright reads a fixture's dependencies from its first parameter, which must be a pattern.
  // eslint-disable-next-line no-empty-pattern
  host: async ({}, use) => {
    const host = await startWebHostProcess(await temporaryDataFolder());
    await use(host);
    await host.stop();
  },
  workstation: async ({ page }, use) => {
    const problems: string[] = [];
    const allowed: RegExp[] = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' && !allowed.some((pattern) => pattern.test(message.text())))
        problems.push(`console error: ${message.text()}`);
    });
    await use(new Workstation(page, (pattern) => allowed.push(pattern)));
    expect(problems, 'the page logged errors').toEqual([]);
  },
});

export { expect };
