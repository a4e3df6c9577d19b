/** Who signs: the first run asks the user's name, and the history shows it beside their revisions. */
import { ui } from './drivers/interfaceText';
import { expect, test } from './drivers/workstationTest';

test.use({ userName: '' });

test('the first run asks the name, which cannot be skipped silently, and the history shows it', async ({ host, workstation, page }) => {
  await workstation.open(host.url);
  const prompt = page.getByRole('dialog', { name: ui('namePrompt.title') });
  await expect(prompt).toBeVisible();
  await expect(prompt).toContainText(ui('namePrompt.explain', { placeholder: ui('person.unnamed') }));
  await page.keyboard.press('Escape');
  await expect(prompt).toBeVisible();
  await prompt.getByRole('button', { name: ui('namePrompt.save') }).click();
  await expect(prompt.getByRole('alert')).toHaveText(ui('namePrompt.empty'));
  await page.screenshot({ path: '/tmp/workflow-shots/name-prompt.png' });
  await prompt.getByLabel(ui('settings.userName')).fill('ريم الحلبي');
  await prompt.getByRole('button', { name: ui('namePrompt.save') }).click();
  await expect(prompt).toBeHidden();

  await workstation.createDraft();
  await workstation.typeHeadline('خبر موقّع');
  await workstation.waitUntilSaved();
  await workstation.workflow('submit');
  await expect(page.getByText(ui('workflow.status', { status: ui('status.submitted') }))).toBeVisible();
  const history = await workstation.openHistory();
  await expect(history.getByText(/ريم الحلبي/).first()).toBeVisible();

  await page.reload();
  await expect(workstation.library).toBeVisible();
  await expect(prompt).toBeHidden();
});

test('"later" closes the prompt for now, and revisions are signed with the placeholder, not the computer account', async ({
  host,
  workstation,
  page,
}) => {
  await workstation.open(host.url);
  const prompt = page.getByRole('dialog', { name: ui('namePrompt.title') });
  await prompt.getByRole('button', { name: ui('namePrompt.later') }).click();
  await expect(prompt).toBeHidden();
  await workstation.createDraft();
  await workstation.typeHeadline('خبر بلا توقيع');
  await workstation.waitUntilSaved();
  await workstation.workflow('submit');
  await expect(page.getByText(ui('workflow.status', { status: ui('status.submitted') }))).toBeVisible();
  const history = await workstation.openHistory();
  await expect(history.getByText(ui('person.unnamed'), { exact: false }).first()).toBeVisible();
  await expect(history.getByText(/\broot\b/)).toHaveCount(0);
  await page.reload();
  await expect(prompt).toBeVisible();
});
