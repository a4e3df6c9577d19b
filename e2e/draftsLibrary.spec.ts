import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { startWebHostProcess, type WebHostProcess } from './drivers/webHostProcess';
import { Workstation } from './drivers/workstation';
import { expect, test } from './drivers/workstationTest';

/** A second workstation: its own browser context, on a second host over the same library folder. */
async function secondWorkstation(
  browser: Browser,
  dataFolder: string,
): Promise<{ host: WebHostProcess; workstation: Workstation; close: () => Promise<void> }> {
  const host = await startWebHostProcess(dataFolder);
  const context = await browser.newContext({ locale: 'ar' });
  const workstation = new Workstation(await context.newPage());
  await workstation.open(host.url);
  return {
    host,
    workstation,
    close: async () => {
      await context.close();
      await host.stop();
    },
  };
}

test('an edit in one host appears in the other host’s list within two seconds', async ({ host, workstation, browser }) => {
  await workstation.open(host.url);
  const other = await secondWorkstation(browser, host.dataFolder);
  try {
    await workstation.createDraft();
    await workstation.typeHeadline('خبر من المكتب الأول');
    await workstation.waitUntilSaved();
    await expect(other.workstation.draftInLibrary('خبر من المكتب الأول')).toBeVisible({ timeout: 2_000 });
    await workstation.typeHeadline(' محدّث');
    await workstation.waitUntilSaved();
    await expect(other.workstation.draftInLibrary('خبر من المكتب الأول محدّث')).toBeVisible({ timeout: 2_000 });
  } finally {
    await other.close();
  }
});

test('concurrent edits of one draft produce a visible conflict, and both texts are kept', async ({ host, workstation, browser }) => {
  await workstation.open(host.url);
  await workstation.createDraft();
  await workstation.typeHeadline('مسودة مشتركة');
  await workstation.waitUntilSaved();
  const other = await secondWorkstation(browser, host.dataFolder);
  try {
    await other.workstation.openDraft('مسودة مشتركة');
    await expect(other.workstation.page.getByText(/يحرر هذه المسودة الآن/)).toBeVisible();

    await workstation.typeBody(['نص المكتب الأول']);
    await workstation.waitUntilSaved();
    await other.workstation.typeBody(['نص المكتب الثاني']);
    const conflict = other.workstation.page.getByRole('alert').filter({ hasText: 'تعارض: تغيّرت هذه المسودة في مكان آخر' });
    await expect(conflict).toBeVisible();

    // Nothing was overwritten: the first desk's text is the draft, the second's is a conflict copy.
    const draftsFolder = join(host.dataFolder, 'library', 'drafts');
    const [id] = await readdir(draftsFolder);
    expect(await readFile(join(draftsFolder, id!, 'draft.json'), 'utf8')).toContain('نص المكتب الأول');
    const [copy] = await readdir(join(draftsFolder, id!, 'conflicts'));
    expect(await readFile(join(draftsFolder, id!, 'conflicts', copy!), 'utf8')).toContain('نص المكتب الثاني');

    await conflict.getByRole('button', { name: 'عرض النسختين جنباً إلى جنب' }).click();
    await expect(conflict.getByRole('region', { name: 'نسختي' })).toContainText('نص المكتب الثاني');
    await expect(conflict.getByRole('region', { name: 'النسخة المحفوظة' })).toContainText('نص المكتب الأول');
    await conflict.getByRole('button', { name: 'الاحتفاظ بالنسختين' }).click();
    await expect(conflict).toBeHidden();
    await expect(other.workstation.draftInLibrary('مسودة مشتركة (نسخة)')).toBeVisible();
    await other.workstation.openDraft('مسودة مشتركة (نسخة)');
    await expect(other.workstation.body).toContainText('نص المكتب الثاني');
  } finally {
    await other.close();
  }
});

test('searching "الاسد" finds a draft that says "الأسد", with the passage highlighted', async ({ host, workstation, page }) => {
  await workstation.open(host.url);
  await workstation.createDraft();
  await workstation.typeHeadline('تطورات الملف السوري');
  await workstation.typeBody(['وعقب سقوط نظام الأسد شرعت روسيا بالتفاوض مع الإدارة الجديدة.']);
  await workstation.waitUntilSaved();
  await workstation.createDraft();
  await workstation.typeHeadline('أسعار الذهب اليوم');
  await workstation.waitUntilSaved();
  await page.getByRole('searchbox', { name: 'بحث في المسودات' }).fill('الاسد');
  await expect(page.getByText('نتيجة واحدة')).toBeVisible();
  await expect(workstation.library.locator('mark')).toHaveText('الأسد');
  await expect(workstation.draftInLibrary('أسعار الذهب اليوم')).toBeHidden();
});

test('a corrupt draft file shows in "needs attention" while the rest open', async ({ host, workstation }) => {
  await workstation.open(host.url);
  await workstation.createDraft();
  await workstation.typeHeadline('مسودة سليمة');
  await workstation.waitUntilSaved();
  const damagedId = '00000000-0000-4000-8000-0000000000aa';
  await mkdir(join(host.dataFolder, 'library', 'drafts', damagedId), { recursive: true });
  await writeFile(join(host.dataFolder, 'library', 'drafts', damagedId, 'draft.json'), '{"schemaVersion": 2, "headline": "مقطوع');
  const attention = workstation.library.getByRole('button', { name: /يحتاج إلى مراجعة/ });
  await expect(attention).toContainText('1');
  await attention.click();
  await expect(workstation.library.getByText('الملف ليس JSON صالحاً (قد يكون مقطوعاً).')).toBeVisible();
  await expect(workstation.library.getByText(damagedId, { exact: true })).toBeVisible();
  await workstation.library.getByRole('button', { name: 'المسودات', exact: true }).click();
  await workstation.openDraft('مسودة سليمة');
});

test('a draft moved to the trash can be restored', async ({ host, workstation, page }) => {
  await workstation.open(host.url);
  await workstation.createDraft();
  await workstation.typeHeadline('مسودة للحذف');
  await workstation.waitUntilSaved();
  await page.getByRole('button', { name: 'نقل إلى سلة المهملات' }).click();
  await expect(workstation.draftInLibrary('مسودة للحذف')).toBeHidden();
  await workstation.library.getByRole('button', { name: 'سلة المهملات', exact: true }).click();
  await workstation.library.getByRole('button', { name: 'استعادة' }).click();
  await workstation.library.getByRole('button', { name: 'المسودات', exact: true }).click();
  await expect(workstation.draftInLibrary('مسودة للحذف')).toBeVisible();
});

test('the library list moves with the keyboard', async ({ host, workstation, page }) => {
  await workstation.open(host.url);
  for (const headline of ['الأولى', 'الثانية', 'الثالثة']) {
    await workstation.createDraft();
    await workstation.typeHeadline(headline);
    await workstation.waitUntilSaved();
  }
  await workstation.draftInLibrary('الثالثة').focus();
  await page.keyboard.press('ArrowDown');
  await expect(workstation.draftInLibrary('الثانية')).toBeFocused();
  await page.keyboard.press('End');
  await expect(workstation.draftInLibrary('الأولى')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(workstation.headline).toHaveValue('الأولى');
});

test('the library can live in another folder, chosen in the settings', async ({ host, workstation, page }) => {
  await workstation.open(host.url);
  await workstation.createDraft();
  await workstation.typeHeadline('في المجلد الافتراضي');
  await workstation.waitUntilSaved();
  const sharedFolder = join(host.dataFolder, 'shared-library');
  await page.getByRole('button', { name: 'الإعدادات' }).click();
  const dialog = page.getByRole('dialog', { name: 'الإعدادات' });
  await dialog.getByLabel('مجلد المكتبة (مسار كامل، اتركه فارغاً للمجلد الافتراضي)').fill('relative/path');
  await dialog.getByRole('button', { name: 'حفظ الإعدادات' }).click();
  await expect(dialog.getByRole('alert')).toContainText('مساراً كاملاً');
  await dialog.getByLabel('مجلد المكتبة (مسار كامل، اتركه فارغاً للمجلد الافتراضي)').fill(sharedFolder);
  await dialog.getByRole('button', { name: 'حفظ الإعدادات' }).click();
  await expect(dialog.getByRole('status')).toHaveText('حُفظت الإعدادات.');
  await dialog.getByRole('button', { name: 'إلغاء' }).click();
  await expect(workstation.draftInLibrary('في المجلد الافتراضي')).toBeHidden();
  await workstation.createDraft();
  await workstation.typeHeadline('في المجلد المشترك');
  await workstation.waitUntilSaved();
  const [id] = await readdir(join(sharedFolder, 'drafts'));
  expect(await readFile(join(sharedFolder, 'drafts', id!, 'draft.json'), 'utf8')).toContain('في المجلد المشترك');
});

test('the library filters by status, section and author', async ({ host, workstation, page }) => {
  await workstation.open(host.url);
  for (const [headline, section, byline] of [
    ['الليرة تتحسن', 'اقتصاد', 'ريم الحسن'],
    ['مباراة الديربي', 'رياضة', 'سامر العلي'],
  ]) {
    await workstation.createDraft();
    await workstation.field('القسم').fill(section!);
    await workstation.typeHeadline(headline!);
    await workstation.field('اسم الكاتب').fill(byline!);
    await workstation.waitUntilSaved();
  }
  const filters = page.getByRole('group', { name: 'تصفية المسودات' });
  await filters.getByRole('button', { name: 'رياضة' }).click();
  await expect(workstation.draftInLibrary('الليرة تتحسن')).toBeHidden();
  await expect(workstation.draftInLibrary('مباراة الديربي')).toBeVisible();
  await filters.getByRole('button', { name: 'كل الأقسام' }).click();
  await filters.getByText('تصفية حسب الكاتب والوسم والتاريخ').click();
  await filters.getByLabel('اسم الكاتب').fill('ريم الحسن');
  await expect(workstation.draftInLibrary('مباراة الديربي')).toBeHidden();
  await expect(workstation.draftInLibrary('الليرة تتحسن')).toBeVisible();
  await filters.getByRole('button', { name: 'منشور' }).click();
  await expect(page.getByText('لا مسودات تطابق البحث أو التصفية.')).toBeVisible();
});
