/**
 * Room to write: at the desk's usual screens (1280×720, 1440×900) the body shows when an article
 * opens, the side panels collapse and stay collapsed, the action bar and the library's buttons keep
 * to one line, and nothing in the sidebars overflows.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from './drivers/workstationTest';

const seed = readFileSync(new URL('./fixtures/seed-article.txt', import.meta.url), 'utf8');
const shots = process.env.ROOM_TO_WRITE_SHOTS;

test('baseline look', async ({ host, workstation, page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await workstation.open(host.url);
  await workstation.importText(seed);
  await workstation.waitUntilSaved();
  if (shots) await page.screenshot({ path: `${shots}/ar-1280.png` });
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.locator('.more-filters summary').click();
  if (shots) await page.screenshot({ path: `${shots}/ar-1440.png` });
});
