import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { startWebHostProcess, type WebHostProcess } from './drivers/webHostProcess';
import { Workstation } from './drivers/workstation';
import { ui, uiPattern } from './drivers/interfaceText';
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
    await expect(other.workstation.page.getByText(uiPattern('draft.lockedBy'))).toBeVisible();

    await workstation.typeBody(['نص المكتب الأول']);
    await workstation.waitUntilSaved();
    await other.workstation.typeBody(['نص المكتب الثاني']);
    const conflict = other.workstation.page.getByRole('alert').filter({ hasText: ui('conflict.title') });
    await expect(conflict).toBeVisible();

    // Nothing was overwritten: the first desk's text is the draft, the second's is a conflict copy.
    const draftsFolder = join(host.dataFolder, 'library', 'drafts');
    const [id] = await readdir(draftsFolder);
    expect(await readFile(join(draftsFolder, id!, 'draft.json'), 'utf8')).toContain('نص المكتب الأول');
    const [copy] = await readdir(join(draftsFolder, id!, 'conflicts'));
    expect(await readFile(join(draftsFolder, id!, 'conflicts', copy!), 'utf8')).toContain('نص المكتب الثاني');

    await conflict.getByRole('button', { name: ui('conflict.sideBySide') }).click();
    await expect(conflict.getByRole('region', { name: ui('conflict.mine') })).toContainText('نص المكتب الثاني');
    await expect(conflict.getByRole('region', { name: ui('conflict.theirs') })).toContainText('نص المكتب الأول');
    await conflict.getByRole('button', { name: ui('conflict.keepBoth') }).click();
    await expect(conflict).toBeHidden();
    const copyHeadline = `مسودة مشتركة ${ui('library.copySuffix')}`;
    await expect(other.workstation.draftInLibrary(copyHeadline)).toBeVisible();
    await other.workstation.openDraft(copyHeadline);
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
  await page.getByRole('searchbox', { name: ui('library.search') }).fill('الاسد');
  await expect(page.getByText(ui('library.results', { count: 1 }))).toBeVisible();
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
  const attention = workstation.library.getByRole('button', { name: uiPattern('library.view.attention') });
  await expect(attention).toContainText('1');
  await attention.click();
  await expect(workstation.library.getByText(ui('attention.reason.notJson'))).toBeVisible();
  await expect(workstation.library.getByText(damagedId, { exact: true })).toBeVisible();
  await workstation.library.getByRole('button', { name: ui('library.view.drafts'), exact: true }).click();
  await workstation.openDraft('مسودة سليمة');
});

test('a draft moved to the trash can be restored', async ({ host, workstation, page }) => {
  await workstation.open(host.url);
  await workstation.createDraft();
  await workstation.typeHeadline('مسودة للحذف');
  await workstation.waitUntilSaved();
  await page.getByRole('button', { name: ui('draft.trash') }).click();
  await expect(workstation.draftInLibrary('مسودة للحذف')).toBeHidden();
  await workstation.library.getByRole('button', { name: ui('library.view.trash'), exact: true }).click();
  await workstation.library.getByRole('button', { name: ui('trash.restore') }).click();
  await workstation.library.getByRole('button', { name: ui('library.view.drafts'), exact: true }).click();
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

test('the library can live in another folder, chosen in the settings', async ({ host, workstation }) => {
  await workstation.open(host.url);
  await workstation.createDraft();
  await workstation.typeHeadline('في المجلد الافتراضي');
  await workstation.waitUntilSaved();
  const sharedFolder = join(host.dataFolder, 'shared-library');
  const dialog = await workstation.openSettings();
  await dialog.getByLabel(ui('settings.libraryFolder')).fill('relative/path');
  await dialog.getByRole('button', { name: ui('settings.save') }).click();
  await expect(dialog.getByRole('alert')).toHaveText(ui('error.library.invalidFolder'));
  await dialog.getByLabel(ui('settings.libraryFolder')).fill(sharedFolder);
  await dialog.getByRole('button', { name: ui('settings.save') }).click();
  await expect(dialog.getByRole('status')).toHaveText(ui('settings.saved'));
  await dialog.getByRole('button', { name: ui('settings.close') }).click();
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
    await workstation.field('article.section').fill(section!);
    await workstation.typeHeadline(headline!);
    await workstation.field('article.byline').fill(byline!);
    await workstation.waitUntilSaved();
  }
  const filters = page.getByRole('group', { name: ui('library.filters') });
  await filters.getByRole('button', { name: 'رياضة' }).click();
  await expect(workstation.draftInLibrary('الليرة تتحسن')).toBeHidden();
  await expect(workstation.draftInLibrary('مباراة الديربي')).toBeVisible();
  await filters.getByRole('button', { name: ui('library.allSections') }).click();
  await filters.getByText(ui('library.moreFilters')).click();
  await filters.getByLabel(ui('article.byline')).fill('ريم الحسن');
  await expect(workstation.draftInLibrary('مباراة الديربي')).toBeHidden();
  await expect(workstation.draftInLibrary('الليرة تتحسن')).toBeVisible();
  await filters.getByRole('button', { name: ui('status.published') }).click();
  await expect(page.getByText(ui('library.noResults'))).toBeVisible();
});
