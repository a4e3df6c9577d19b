/** Nothing is lost by one click: moving to the trash can be undone, deleting for good asks first. */
import { ui } from './drivers/interfaceText';
import { expect, test } from './drivers/workstationTest';

test('moving a draft to the trash shows a notice whose undo puts it back and opens it again', async ({ host, workstation, page }) => {
  await workstation.open(host.url);
  await workstation.createDraft();
  await workstation.typeHeadline('مسودة تعود');
  await workstation.waitUntilSaved();
  await page.getByRole('button', { name: ui('draft.trash') }).click();
  await expect(workstation.draftInLibrary('مسودة تعود')).toBeHidden();
  const notice = page.getByRole('status').filter({ hasText: ui('trash.moved', { headline: 'مسودة تعود' }) });
  await expect(notice).toBeVisible();
  await notice.getByRole('button', { name: ui('notice.undo') }).click();
  await expect(notice).toBeHidden();
  await expect(workstation.headline).toHaveValue('مسودة تعود');
  await expect(workstation.draftInLibrary('مسودة تعود')).toBeVisible();
  await workstation.library.getByRole('button', { name: ui('library.view.trash'), exact: true }).click();
  await expect(workstation.library.getByText(ui('trash.empty'))).toBeVisible();
});

test('deleting for good asks, naming the draft; Escape and cancel keep it; restoring says where it went', async ({
  host,
  workstation,
  page,
}) => {
  await workstation.open(host.url);
  for (const headline of ['مسودة تُحذف', 'مسودة تُستعاد']) {
    await workstation.createDraft();
    await workstation.typeHeadline(headline);
    await workstation.waitUntilSaved();
    await page.getByRole('button', { name: ui('draft.trash') }).click();
    await expect(workstation.draftInLibrary(headline)).toBeHidden();
  }
  await workstation.library.getByRole('button', { name: ui('library.view.trash'), exact: true }).click();
  const entry = (headline: string) => workstation.library.getByRole('listitem').filter({ hasText: headline });
  const purge = entry('مسودة تُحذف').getByRole('button', { name: ui('trash.purge') });
  const question = page.getByRole('alertdialog', { name: ui('trash.confirmPurge.title') });

  await purge.click();
  await expect(question).toBeVisible();
  await expect(question).toContainText(ui('trash.confirmPurge.message', { headline: 'مسودة تُحذف' }));
  await expect(question.getByRole('button', { name: ui('trash.confirm.cancel') })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(question).toBeHidden();
  await expect(purge).toBeFocused();
  await expect(entry('مسودة تُحذف')).toBeVisible();

  await purge.click();
  await question.getByRole('button', { name: ui('trash.confirm.cancel') }).click();
  await expect(question).toBeHidden();
  await expect(entry('مسودة تُحذف')).toBeVisible();

  await purge.click();
  await question.getByRole('button', { name: ui('trash.purge') }).click();
  await expect(entry('مسودة تُحذف')).toBeHidden();
  await expect(workstation.library.getByRole('status')).toHaveText(ui('trash.purged', { headline: 'مسودة تُحذف' }));

  await entry('مسودة تُستعاد')
    .getByRole('button', { name: ui('trash.restore') })
    .click();
  await expect(workstation.library.getByRole('status')).toHaveText(
    ui('trash.restored', { headline: 'مسودة تُستعاد', status: ui('status.draft') }),
  );
  await expect(page.getByRole('status').filter({ hasText: ui('trash.moved', { headline: 'مسودة تُستعاد' }) })).toBeHidden();
  await page.screenshot({ path: '/tmp/workflow-shots/trash-restored.png' });
  await workstation.library.getByRole('button', { name: ui('library.view.drafts'), exact: true }).click();
  await expect(workstation.draftInLibrary('مسودة تُستعاد')).toBeVisible();
  await expect(workstation.draftInLibrary('مسودة تُحذف')).toBeHidden();
});

test('emptying the trash asks first', async ({ host, workstation, page }) => {
  await workstation.open(host.url);
  await workstation.createDraft();
  await workstation.typeHeadline('في السلة');
  await workstation.waitUntilSaved();
  await page.getByRole('button', { name: ui('draft.trash') }).click();
  await workstation.library.getByRole('button', { name: ui('library.view.trash'), exact: true }).click();
  await workstation.library.getByRole('button', { name: ui('trash.purgeAll') }).click();
  const question = page.getByRole('alertdialog', { name: ui('trash.confirmPurgeAll.title') });
  await expect(question).toContainText(ui('trash.confirmPurgeAll.message'));
  await page.screenshot({ path: '/tmp/workflow-shots/trash-confirm-all.png' });
  await question.getByRole('button', { name: ui('trash.purgeAll') }).click();
  await expect(workstation.library.getByText(ui('trash.empty'))).toBeVisible();
  await expect(workstation.library.getByRole('status')).toHaveText(ui('trash.purgedAll'));
});
