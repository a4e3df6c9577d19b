/** Dates the desk reads: typed and shown day first, printed with the desk's month names and digits in the preview and the exports. */
import { readFile } from 'node:fs/promises';
import { ui } from './drivers/interfaceText';
import { expect, test } from './drivers/workstationTest';

test('the story date is typed day first, refused when it is no date, and printed as the desk writes dates', async ({
  host,
  workstation,
  page,
}) => {
  await workstation.open(host.url);
  await workstation.createDraft();
  await workstation.typeHeadline('خبر بتاريخه');
  const date = workstation.field('article.datelineDate');
  await expect(date).toHaveAttribute('placeholder', ui('date.placeholder'));

  // Typed in Arabic-Indic digits, with real key events: the day first, and the year is where the year goes.
  await date.click();
  await page.keyboard.type('٢/١٢/٢٠٢٦');
  await page.keyboard.press('Tab');
  await expect(date).toHaveValue('02/12/2026');
  await expect(page.locator('#dateline-date-hint')).toHaveText('2 كانون الأول 2026');
  await workstation.waitUntilSaved();

  // The American order is no date here: it says so, and the stored date stays.
  await date.selectText();
  await page.keyboard.type('12/31/2026');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('alert')).toHaveText(ui('date.invalid'));
  await expect(date).toHaveAttribute('aria-invalid', 'true');
  let preview = await workstation.showPreview();
  await expect(preview.locator('.article-dateline')).toHaveText('2 كانون الأول 2026');
  await workstation.showEditor();
  await date.fill('2/12/2026');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('alert')).toHaveCount(0);

  // The desk writes Gregorian month names in Arabic-Indic digits: the field, the preview and the export follow.
  const settings = await workstation.openSettings();
  await settings.getByLabel(ui('settings.monthNames')).selectOption({ label: ui('monthNames.gregorian') });
  await settings.getByLabel(ui('settings.dateDigits')).selectOption({ label: ui('dateDigits.arabicIndic') });
  await expect(settings).toContainText(ui('settings.dateExample', { date: '٢ ديسمبر ٢٠٢٦' }));
  await settings.getByRole('button', { name: ui('settings.save') }).click();
  await expect(settings.getByRole('status')).toHaveText(ui('settings.saved'));
  await settings.getByRole('button', { name: ui('settings.close') }).click();
  await expect(date).toHaveValue('٠٢/١٢/٢٠٢٦');
  await expect(page.locator('#dateline-date-hint')).toHaveText('٢ ديسمبر ٢٠٢٦');
  preview = await workstation.showPreview();
  await expect(preview.locator('.article-dateline')).toHaveText('٢ ديسمبر ٢٠٢٦');

  await page.locator('.export-menu summary').click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: ui('export.markdown') }).click()]);
  const markdown = await readFile((await download.path())!, 'utf8');
  expect(markdown).toContain('٢ ديسمبر ٢٠٢٦');
});
