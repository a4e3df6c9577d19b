import { ui } from './drivers/interfaceText';
import { expect, test } from './drivers/workstationTest';

const headline = 'موسكو تدعو الشيباني';

test('a writer’s edit after copy editing moves the draft back to the copy desk, with its warning first', async ({
  host,
  workstation,
  page,
}) => {
  // The writer submits; the copy editor copy edits.
  await workstation.open(host.url);
  await workstation.createDraft();
  await workstation.typeHeadline(headline);
  await workstation.typeBody(['أعلنت روسيا اليوم دعوة رسمية للوزير.']);
  await workstation.waitUntilSaved();
  await workstation.workflow('submit');
  await workstation.setRole('copyEditor');
  await workstation.workflow('startCopyEdit');
  await workstation.workflow('finishCopyEdit');
  await expect(page.getByText(ui('workflow.status', { status: ui('status.copyEdited') }))).toBeVisible();
  // The copy desk itself is not warned.
  await expect(page.getByTestId('copy-desk-notice')).toHaveCount(0);

  // The writer is warned before the first change.
  await workstation.setRole('writer');
  const notice = page.getByTestId('copy-desk-notice');
  await expect(notice).toHaveText(ui('copyDesk.editSendsBack', { status: ui('status.copyEdited'), next: ui('status.submitted') }));

  // The edit sends the draft back to the copy desk, and the editor says so with the new status.
  await workstation.headline.fill('موسكو تدعو وزير الخارجية السوري');
  await workstation.waitUntilSaved();
  await expect(notice).toHaveText(ui('copyDesk.sentBack', { status: ui('status.submitted') }));
  await expect(page.getByText(ui('workflow.status', { status: ui('status.submitted') }))).toBeVisible();
  await expect(workstation.headline).toBeFocused();

  // On disk too: the history records the move with its reason, and the copy editor can start again.
  const history = await workstation.openHistory();
  await expect(
    history
      .getByRole('list', { name: ui('history.title') })
      .getByRole('listitem')
      .filter({ hasText: ui('history.move.editedAfterCopyDesk') }),
  ).toHaveCount(1);
  await workstation.setRole('copyEditor');
  await expect(page.getByRole('button', { name: ui('workflow.action.startCopyEdit'), exact: true })).toBeVisible();
});

test('a writer opening a draft the copy editor changed is told how many places, with one action to see them', async ({
  host,
  workstation,
  page,
}) => {
  await workstation.open(host.url);
  await workstation.createDraft();
  await workstation.typeHeadline(headline);
  await workstation.typeBody(['أعلنت روسيا اليوم دعوة رسمية للوزير في الأيام المقبلة.']);
  await workstation.waitUntilSaved();
  await workstation.workflow('submit');
  // Nothing to tell before the copy desk has worked on it.
  await expect(page.getByTestId('copy-desk-changes')).toHaveCount(0);

  await workstation.setRole('copyEditor');
  await workstation.workflow('startCopyEdit');
  for (const [word, replacement] of [
    ['اليوم', 'أمس'],
    ['المقبلة', 'القادمة'],
  ] as const) {
    await workstation.selectWordInBody(word);
    await page.keyboard.type(replacement);
  }
  await workstation.waitUntilSaved();
  await workstation.workflow('finishCopyEdit');
  await expect(page.getByText(ui('workflow.status', { status: ui('status.copyEdited') }))).toBeVisible();
  // The copy editor is not told of their own changes.
  await expect(page.getByTestId('copy-desk-changes')).toHaveCount(0);

  await workstation.setRole('writer');
  await page.reload();
  await workstation.openDraft(headline);
  const notice = page.getByTestId('copy-desk-changes');
  await expect(notice).toContainText(ui('copyDesk.changedPlaces', { count: 2 }));
  await notice.getByRole('button', { name: ui('copyDesk.showChanges') }).click();
  const compare = page.getByRole('region', { name: ui('compare.title') });
  await expect(compare.getByRole('status')).toHaveText(ui('compare.changes', { count: 2 }));
  await expect(compare.locator('.diff-body ins')).toHaveText(['أمس', 'القادمة']);
  await expect(notice).toHaveCount(0);
});
