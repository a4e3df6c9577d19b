import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ui, uiPattern } from './drivers/interfaceText';
import { expect, test, testUserName } from './drivers/workstationTest';

const headline = 'موسكو تدعو الشيباني';
const copyEditor = 'سامر المدقق';
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
  await workstation.workflow('submit');
  await expect(page.getByText(ui('workflow.status', { status: ui('status.submitted') }))).toBeVisible();

  // The copy editor changes three words and the headline, removes a related link, marks it copy edited.
  await workstation.setRole('copyEditor', copyEditor);
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

  // It names who saved each side and when: the writer's submission, the copy editor's current text (today, in the interface's language).
  const today = await page.evaluate(() => new Intl.DateTimeFormat('ar', { dateStyle: 'medium' }).format(new Date()));
  const sides = compare.locator('[data-compare-sides]');
  await expect(sides.locator('[data-side="from"]')).toHaveText(uiPattern('compare.sideBy', { author: testUserName, time: /.+/ }));
  await expect(sides.locator('[data-side="from"]')).toContainText(`${ui('compare.from')}: `);
  await expect(sides.locator('[data-side="to"]')).toHaveText(uiPattern('compare.sideBy', { author: copyEditor, time: /.+/ }));
  await expect(sides.locator('[data-side="to"]')).toContainText(today);

  // A replaced word and its replacement never touch: a separator (a space) stands between them in the DOM.
  const replaced = compare.locator('.diff-body del').first();
  expect(
    await replaced.evaluate((element) => {
      const separator = element.nextElementSibling;
      const replacement = separator?.nextElementSibling;
      return [separator?.hasAttribute('data-separator'), separator?.textContent, replacement?.tagName, replacement?.textContent];
    }),
  ).toEqual([true, ' ', 'INS', 'أمس']);
  // The headline, rewritten, reads as its text before and after.
  const headlineChange = compare.locator('.change-list li[data-kind="field"]');
  await expect(headlineChange.locator('[data-rewrite] .diff-before del')).toHaveText(headline);
  await expect(headlineChange.locator('[data-rewrite] .diff-after ins')).toHaveText('موسكو تدعو وزير الخارجية السوري');

  // Each decision is named after its change, and starts undecided.
  await compare.getByRole('button', { name: ui('review.start') }).click();
  const firstEdit = compare.getByRole('group', {
    name: ui('review.edit.replace', { removed: 'اليوم', added: 'أمس', place: ui('compare.place.block', { number: 1 }) }),
  });
  await expect(firstEdit).toHaveAttribute('data-decision', 'undecided');
  await expect(firstEdit.getByRole('button', { name: ui('review.accept') })).toHaveAttribute('aria-pressed', 'false');
  await expect(firstEdit.getByRole('button', { name: ui('review.reject') })).toHaveAttribute('aria-pressed', 'false');
  await expect(
    compare.getByRole('group', {
      name: ui('review.edit.replace', { removed: 'الشيباني', added: 'وزير الخارجية السوري', place: ui('compare.field.headline') }),
    }),
  ).toBeVisible();

  // Rejecting one body change and saving with the rest undecided asks first; accepting them yields the expected text.
  await firstEdit.getByRole('button', { name: ui('review.reject') }).click();
  await expect(firstEdit).toHaveAttribute('data-decision', 'false');
  await compare.getByRole('button', { name: ui('review.apply') }).click();
  const question = page.getByRole('alertdialog', { name: ui('review.undecidedTitle') });
  await expect(question).toContainText(ui('review.undecidedQuestion', { count: 4 }));
  await question.getByRole('button', { name: ui('review.backToReview') }).click();
  await expect(question).toBeHidden();
  await compare.getByRole('button', { name: ui('review.apply') }).click();
  await page
    .getByRole('alertdialog', { name: ui('review.undecidedTitle') })
    .getByRole('button', { name: ui('review.acceptUndecided') })
    .click();
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
  // The history names each workflow move, and says the review's decisions (kept as data) in words.
  await expect(revisions.filter({ hasText: ui('history.move.submit') })).toHaveCount(1);
  await expect(revisions.filter({ hasText: ui('history.move.startCopyEdit') })).toHaveCount(1);
  await expect(revisions.filter({ hasText: ui('history.move.finishCopyEdit') })).toHaveCount(1);
  await expect(revisions.filter({ hasText: ui('history.kind.statusChange') })).toHaveCount(0);
  await expect(revisions.first()).toContainText(ui('history.kind.review'));
  await expect(revisions.first()).toContainText(ui('review.summary', { accepted: 4, rejected: 1 }));
  await expect(revisions.first()).toContainText(
    `${ui('review.rejected')}: ${ui('review.edit.replace', { removed: 'اليوم', added: 'أمس', place: ui('compare.place.block', { number: 1 }) })}`,
  );
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
  await settings.getByRole('button', { name: ui('settings.close') }).click();
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
