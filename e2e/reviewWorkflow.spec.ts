import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ui, uiPattern } from './drivers/interfaceText';
import { expect, test } from './drivers/workstationTest';

const headline = 'موسكو تدعو الشيباني';
const paragraphs = ['أعلنت روسيا اليوم دعوة رسمية للوزير.', 'وأكد الوزير أهمية الزيارة المقبلة.', 'وقال المتحدث إن الموعد لم يحدد.'];

test('a rewritten headline reads as before and after', async ({ workstation, host, page }) => {
  await workstation.open(host.url);
  await workstation.createDraft();
  await workstation.typeHeadline('لافروف يدعو الشيباني لزيارة موسكو');
  await workstation.typeBody(paragraphs);
  await workstation.waitUntilSaved();
  await workstation.workflow('submit');
  await expect(page.getByText(ui('workflow.status', { status: ui('status.submitted') }))).toBeVisible();
  await workstation.headline.fill('وزير الخارجية الروسي يستقبل نظيره السوري في موسكو');
  await workstation.waitUntilSaved();
  const history = await workstation.openHistory();
  const field = history.locator('.change-list li[data-kind="field"]');
  await expect(field.locator('[data-side="before"]')).toHaveText(`${ui('review.before')} لافروف يدعو الشيباني لزيارة موسكو`);
  await expect(field.locator('[data-side="after"]')).toHaveText(`${ui('review.after')} وزير الخارجية الروسي يستقبل نظيره السوري في موسكو`);
  await expect(field.locator('del')).toHaveCount(1);
  await expect(field.locator('ins')).toHaveCount(1);
});

test('the desk’s path: draft, submit, copy edit, compare, review, restore, hand off with history', async ({ host, workstation, page }) => {
  // The writer drafts and submits.
  await workstation.open(host.url);
  await workstation.createDraft();
  await workstation.typeHeadline(headline);
  await workstation.typeBody(paragraphs);
  await workstation.addRelated('الأول', 'https://example.com/one');
  await workstation.addRelated('الثاني', 'https://example.com/two');
  await workstation.waitUntilSaved();
  await workstation.workflow('submit');
  await expect(page.getByText(ui('workflow.status', { status: ui('status.submitted') }))).toBeVisible();

  // The copy editor changes three words and the headline, removes a related link, marks it copy edited.
  await workstation.setRole('copyEditor');
  await workstation.workflow('startCopyEdit');
  await expect(page.getByText(ui('workflow.status', { status: ui('status.inCopyEdit') }))).toBeVisible();
  for (const [word, replacement] of [
    ['اليوم', 'أمس'],
    ['المقبلة', 'القادمة'],
    ['المتحدث', 'الناطق'],
  ] as const) {
    await workstation.selectWordInBody(word);
    await page.keyboard.type(replacement);
  }
  await workstation.headline.fill('موسكو تدعو وزير الخارجية السوري');
  await workstation.relatedPanel.getByRole('button', { name: `${ui('related.remove')} (2)` }).click();
  await workstation.waitUntilSaved();
  await workstation.workflow('finishCopyEdit');
  await expect(page.getByText(ui('workflow.status', { status: ui('status.copyEdited') }))).toBeVisible();

  // The comparison (last submission against the current text) shows exactly those changes.
  const history = await workstation.openHistory();
  const compare = history.getByRole('region', { name: ui('compare.title') });
  await expect(compare.getByRole('status')).toHaveText(ui('compare.changes', { count: 5 }));
  await expect(compare.locator('.change-list li')).toHaveCount(2);
  await expect(compare.locator('.change-list li[data-kind="field"]')).toContainText(ui('compare.field.headline'));
  await expect(compare.locator('.change-list li[data-kind="relatedRemoved"]')).toContainText('الثاني');
  await expect(compare.locator('.diff-body del')).toHaveText(['اليوم', 'المقبلة', 'المتحدث']);
  await expect(compare.locator('.diff-body ins')).toHaveText(['أمس', 'القادمة', 'الناطق']);

  // Old and new text never touch: a separator outside both, so no letter joins across them.
  const replaced = compare.locator('.diff-body del').first();
  const separator = replaced.locator('xpath=following-sibling::*[1]');
  await expect(separator).toHaveClass('diff-gap');
  await expect(separator).toHaveText(' ');
  expect(await separator.evaluate((gap) => gap.nextElementSibling?.tagName)).toBe('INS');
  expect(await replaced.evaluate((del) => del.parentElement!.textContent)).toContain('اليوم أمس');

  // Each decision is named after its change; changes start undecided, and saving with one undecided asks.
  await compare.getByRole('button', { name: ui('review.start') }).click();
  const firstChange = ui('review.change.replaced', { removed: 'اليوم', added: 'أمس', place: ui('review.place.block', { number: 1 }) });
  const decision = compare.getByRole('group', { name: firstChange, exact: true });
  await expect(decision).toHaveAttribute('data-decision', 'undecided');
  await decision.getByRole('button', { name: ui('review.rejectChange', { change: firstChange }), exact: true }).click();
  await expect(decision).toHaveAttribute('data-decision', 'rejected');
  const asked = new Promise<string>((resolve) =>
    page.once('dialog', (dialog) => {
      resolve(dialog.message());
      void dialog.accept();
    }),
  );
  await compare.getByRole('button', { name: ui('review.apply') }).click();
  expect(await asked).toBe(ui('review.confirmUndecided', { count: 4 }));
  await expect(page.getByText(ui('review.saved'))).toBeVisible();
  await expect(workstation.body.locator('p')).toHaveText([
    'أعلنت روسيا اليوم دعوة رسمية للوزير.',
    'وأكد الوزير أهمية الزيارة القادمة.',
    'وقال الناطق إن الموعد لم يحدد.',
  ]);
  await expect(workstation.headline).toHaveValue('موسكو تدعو وزير الخارجية السوري');
  expect(await workstation.relatedTitles()).toEqual(['الأول']);

  // Restoring the first revision creates a new revision equal to it.
  const restoredHistory = await workstation.openHistory();
  const revisions = restoredHistory.getByRole('list', { name: ui('history.title') }).getByRole('listitem');
  await expect(revisions.filter({ hasText: ui('history.move.submit') })).toHaveCount(1);
  await expect(revisions.filter({ hasText: ui('history.move.startCopyEdit') })).toHaveCount(1);
  await expect(revisions.first()).toContainText(ui('review.summary', { accepted: 4, rejected: 1 }));
  const countBefore = await revisions.count();
  await revisions.last().getByRole('button').click();
  await restoredHistory.getByRole('button', { name: ui('history.restore') }).click();
  await expect(workstation.headline).toHaveValue(headline);
  await expect(workstation.body.locator('p')).toHaveText(paragraphs);
  expect(await workstation.relatedTitles()).toEqual(['الأول', 'الثاني']);
  const afterRestore = await workstation.openHistory();
  const restoredRevisions = afterRestore.getByRole('list', { name: ui('history.title') }).getByRole('listitem');
  await expect(restoredRevisions).toHaveCount(countBefore + 2);
  await expect(restoredRevisions.first()).toContainText(ui('history.kind.restored'));
  await restoredRevisions.first().getByRole('button').click();
  await afterRestore.getByRole('button', { name: ui('history.compareWithCurrent') }).click();
  await expect(afterRestore.getByText(ui('compare.noChanges'))).toBeVisible();
  const revisionCount = await restoredRevisions.count();

  // Export with history, and import into an empty library: every revision, and twice duplicates none.
  await page.getByRole('button', { name: ui('view.edit'), exact: true }).click();
  const download = page.waitForEvent('download');
  await page.getByText(ui('export.title'), { exact: true }).click();
  await page.getByRole('button', { name: ui('exchange.export') }).click();
  const file = join(host.dataFolder, 'exported.midad.json');
  await (await download).saveAs(file);
  expect(JSON.parse(await readFile(file, 'utf8')).history.revisions).toHaveLength(revisionCount);

  const settings = await workstation.openSettings();
  await settings.getByLabel(ui('settings.libraryFolder')).fill(join(host.dataFolder, 'empty-library'));
  await settings.getByRole('button', { name: ui('settings.save') }).click();
  await expect(settings.getByRole('status')).toHaveText(ui('settings.saved'));
  await settings.getByRole('button', { name: ui('import.cancel') }).click();
  await expect(workstation.library.getByText(ui('library.empty'))).toBeVisible();

  const importer = workstation.library.getByLabel(ui('exchange.import'));
  const imported = workstation.library.getByRole('status').filter({ hasText: uiPattern('exchange.imported') });
  await importer.setInputFiles(file);
  await expect(imported).toHaveText(ui('exchange.imported', { count: revisionCount }));
  await importer.setInputFiles(file);
  await expect(imported).toHaveText(ui('exchange.imported', { count: 0 }));
  const importedHistory = await workstation.openHistory();
  await expect(importedHistory.getByRole('list', { name: ui('history.title') }).getByRole('listitem')).toHaveCount(revisionCount);
});
