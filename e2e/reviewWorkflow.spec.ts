import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './drivers/workstationTest';

const headline = 'موسكو تدعو الشيباني';
const paragraphs = ['أعلنت روسيا اليوم دعوة رسمية للوزير.', 'وأكد الوزير أهمية الزيارة المقبلة.', 'وقال المتحدث إن الموعد لم يحدد.'];

test('the desk’s path: draft, submit, copy edit, compare, review, restore, hand off with history', async ({ host, workstation, page }) => {
  // The writer drafts and submits.
  await workstation.open(host.url);
  await workstation.createDraft();
  await workstation.typeHeadline(headline);
  await workstation.typeBody(paragraphs);
  await workstation.addRelated('الأول', 'https://example.com/one');
  await workstation.addRelated('الثاني', 'https://example.com/two');
  await workstation.waitUntilSaved();
  await workstation.workflow('إرسال للتدقيق');
  await expect(page.getByText('الحالة: بانتظار التدقيق')).toBeVisible();

  // The copy editor changes three words and the headline, removes a related link, marks it copy edited.
  await workstation.setRole('المدقق اللغوي');
  await workstation.workflow('بدء التدقيق');
  await expect(page.getByText('الحالة: قيد التدقيق')).toBeVisible();
  for (const [word, replacement] of [
    ['اليوم', 'أمس'],
    ['المقبلة', 'القادمة'],
    ['المتحدث', 'الناطق'],
  ] as const) {
    await workstation.selectWordInBody(word);
    await page.keyboard.type(replacement);
  }
  await workstation.headline.fill('موسكو تدعو وزير الخارجية السوري');
  await workstation.relatedPanel.getByRole('button', { name: 'حذف (2)' }).click();
  await workstation.waitUntilSaved();
  await workstation.workflow('إنهاء التدقيق');
  await expect(page.getByText('الحالة: مُدقَّق')).toBeVisible();

  // The comparison (last submission against the current text) shows exactly those changes.
  const history = await workstation.openHistory();
  const compare = history.getByRole('region', { name: 'مقارنة' });
  await expect(compare.getByRole('status')).toHaveText('5 تغييرات');
  await expect(compare.locator('.change-list li')).toHaveCount(2);
  await expect(compare.locator('.change-list li[data-kind="field"]')).toContainText('العنوان الرئيسي');
  await expect(compare.locator('.change-list li[data-kind="relatedRemoved"]')).toContainText('الثاني');
  await expect(compare.locator('.diff-body del')).toHaveText(['اليوم', 'المقبلة', 'المتحدث']);
  await expect(compare.locator('.diff-body ins')).toHaveText(['أمس', 'القادمة', 'الناطق']);

  // Rejecting one body change and accepting the rest yields the expected text.
  await compare.getByRole('button', { name: 'مراجعة التغييرات' }).click();
  await compare.getByRole('group', { name: 'تعديل في النص 1' }).first().getByRole('button', { name: 'رفض' }).click();
  await compare.getByRole('button', { name: 'حفظ نتيجة المراجعة' }).click();
  await expect(workstation.body.locator('p')).toHaveText([
    'أعلنت روسيا اليوم دعوة رسمية للوزير.',
    'وأكد الوزير أهمية الزيارة القادمة.',
    'وقال الناطق إن الموعد لم يحدد.',
  ]);
  await expect(workstation.headline).toHaveValue('موسكو تدعو وزير الخارجية السوري');
  expect(await workstation.relatedTitles()).toEqual(['الأول']);

  // Restoring the first revision creates a new revision equal to it.
  const restoredHistory = await workstation.openHistory();
  const revisions = restoredHistory.getByRole('list', { name: 'سجل النسخ' }).getByRole('listitem');
  const countBefore = await revisions.count();
  await revisions.last().getByRole('button').click();
  await restoredHistory.getByRole('button', { name: 'استعادة' }).click();
  await expect(workstation.headline).toHaveValue(headline);
  await expect(workstation.body.locator('p')).toHaveText(paragraphs);
  expect(await workstation.relatedTitles()).toEqual(['الأول', 'الثاني']);
  const afterRestore = await workstation.openHistory();
  const restoredRevisions = afterRestore.getByRole('list', { name: 'سجل النسخ' }).getByRole('listitem');
  await expect(restoredRevisions).toHaveCount(countBefore + 2);
  await expect(restoredRevisions.first()).toContainText('استعادة نسخة');
  await restoredRevisions.first().getByRole('button').click();
  await afterRestore.getByRole('button', { name: 'مقارنة بالنص الحالي' }).click();
  await expect(afterRestore.getByText('لا فروق بين النسختين.')).toBeVisible();
  const revisionCount = await restoredRevisions.count();

  // Export with history, and import into an empty library: every revision, and twice duplicates none.
  await page.getByRole('button', { name: 'تحرير', exact: true }).click();
  const download = page.waitForEvent('download');
  await page.getByText('تصدير', { exact: true }).click();
  await page.getByRole('button', { name: 'تصدير مع السجل' }).click();
  const file = join(host.dataFolder, 'exported.midad.json');
  await (await download).saveAs(file);
  expect(JSON.parse(await readFile(file, 'utf8')).history.revisions).toHaveLength(revisionCount);

  await page.getByRole('button', { name: 'الإعدادات' }).click();
  const settings = page.getByRole('dialog', { name: 'الإعدادات' });
  await settings.getByLabel('مجلد المكتبة (مسار كامل، اتركه فارغاً للمجلد الافتراضي)').fill(join(host.dataFolder, 'empty-library'));
  await settings.getByRole('button', { name: 'حفظ الإعدادات' }).click();
  await expect(settings.getByRole('status')).toHaveText('حُفظت الإعدادات.');
  await settings.getByRole('button', { name: 'إلغاء' }).click();
  await expect(workstation.library.getByText('لا توجد مسودات بعد. أنشئ مسودة جديدة للبدء.')).toBeVisible();

  const importer = workstation.library.getByLabel('استيراد مسودة مع سجلها');
  await importer.setInputFiles(file);
  await expect(workstation.library.getByRole('status').filter({ hasText: 'استُوردت المسودة' })).toHaveText(
    `استُوردت المسودة: أضيفت ${revisionCount} نسخة.`,
  );
  await importer.setInputFiles(file);
  await expect(workstation.library.getByRole('status').filter({ hasText: 'استُوردت المسودة' })).toHaveText('استُوردت المسودة: أضيفت 0 نسخة.');
  const imported = await workstation.openHistory();
  await expect(imported.getByRole('list', { name: 'سجل النسخ' }).getByRole('listitem')).toHaveCount(revisionCount);
});
