import { startWebHostProcess } from './drivers/webHostProcess';
import { ui, uiIn } from './drivers/interfaceText';
import { expect, test } from './drivers/workstationTest';

const headline = 'لافروف: وجهنا دعوة لوزير الخارجية السوري لزيارة روسيا';
const paragraphs = [
  'أعلنت روسيا، اليوم الثلاثاء، أنها وجهت دعوة رسمية لوزير الخارجية السوري أسعد الشيباني لزيارة موسكو.',
  'وأكد لافروف في تصريحاته على تطابق مواقف بلاده مع تركيا بشأن وحدة وسيادة الأراضي السورية.',
  'وعقب سقوط نظام الأسد في الثامن من كانون الأول الماضي، شرعت روسيا بالتفاوض مع الإدارة السورية الجديدة.',
];

test('the printed URL opens the app in Arabic, right to left, and drops the token from the address', async ({
  host,
  workstation,
  page,
}) => {
  await workstation.open(host.url);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  expect(await page.evaluate(() => getComputedStyle(document.body).direction)).toBe('rtl');
  expect(page.url()).not.toContain('token');
  await expect(page.getByText(ui('library.empty'))).toBeVisible();
});

test('a page without the token gets nothing from the host', async ({ host, page }) => {
  const response = await page.goto(`${host.origin}/`);
  expect(response?.status()).toBe(401);
  await expect(page.locator('#root')).toHaveCount(0);
});

test('a draft typed in Arabic survives a restart of the host, every word', async ({ host, workstation }) => {
  await workstation.open(host.url);
  await workstation.createDraft();
  await workstation.typeHeadline(headline);
  await workstation.typeBody(paragraphs);
  await workstation.waitUntilSaved();
  await expect(workstation.draftInLibrary(headline)).toBeVisible();

  await host.stop();
  const restarted = await startWebHostProcess(host.dataFolder);
  try {
    await workstation.open(restarted.url);
    await workstation.openDraft(headline);
    await expect(workstation.body.locator('p')).toHaveText(paragraphs);
  } finally {
    await restarted.stop();
  }
});

test('a paragraph written wholly in English runs left to right inside the Arabic article', async ({ host, workstation }) => {
  await workstation.open(host.url);
  await workstation.createDraft();
  await workstation.typeBody(['فقرة عربية أولى.', 'This paragraph is written wholly in English.']);
  const directions = await workstation.body.locator('p').evaluateAll((nodes) => nodes.map((node) => getComputedStyle(node).direction));
  expect(directions).toEqual(['rtl', 'ltr']);
});

test('the interface switches to English and back, with the direction', async ({ host, workstation, page }) => {
  await workstation.open(host.url);
  await page.getByRole('button', { name: ui('app.language.en') }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(page.getByRole('heading', { name: uiIn('en', 'library.title') })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: uiIn('en', 'library.title') })).toBeVisible();
  await page.getByRole('button', { name: uiIn('en', 'app.language.ar') }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
});
