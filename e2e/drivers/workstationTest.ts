/**
 * The specs' `test`: gives each test a Workstation on a fresh browser host with a temporary data
 * folder, and fails the test if the page logged an error or threw. The folder's user already has
 * a name (the `userName` option), as after the first-run prompt; `test.use({ userName: '' })`
 * starts with none, so the prompt shows.
 */
import { test as base, expect } from '@playwright/test';
import { presetUserName, startWebHostProcess, temporaryDataFolder, type WebHostProcess } from './webHostProcess';
import { Workstation } from './workstation';

/** The name the tests' user has given (the first-run prompt's answer); empty for none yet. */
export const testUserName = 'سلمى الكاتبة';

interface Fixtures {
  userName: string;
  host: WebHostProcess;
  workstation: Workstation;
}

export const test = base.extend<Fixtures>({
  userName: [testUserName, { option: true }],
  host: async ({ userName }, use) => {
    const dataFolder = await temporaryDataFolder();
    if (userName) await presetUserName(dataFolder, userName);
    const host = await startWebHostProcess(dataFolder);
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
