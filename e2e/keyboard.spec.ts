/** The keyboard's way: the toolbar and the chip rows are one Tab stop each with the arrow keys inside; shortcuts for preview and the next workflow move. */
import type { Locator } from '@playwright/test';
import { ui, uiIn } from './drivers/interfaceText';
import { expect, test } from './drivers/workstationTest';

/** How many of a row's buttons Tab can reach. */
const tabStops = (row: Locator): Promise<number> =>
  row.locator('button').evaluateAll((buttons) => buttons.filter((button) => (button as HTMLButtonElement).tabIndex >= 0).length);

test('the body’s toolbar is one Tab stop, with the arrow keys inside it the way they point', async ({ host, workstation, page }) => {
  await workstation.open(host.url);
  await workstation.createDraft();
  await workstation.typeBody(['نص الخبر الأول']);
  const toolbar = page.getByRole('toolbar', { name: ui('toolbar.label') });
  const bold = workstation.toolbarButton('toolbar.bold');
  const italic = workstation.toolbarButton('toolbar.italic');
  expect(await tabStops(toolbar)).toBe(1);

  // From the body, one Shift+Tab reaches the toolbar, one more leaves it; Tab from it goes straight to the body.
  await page.keyboard.press('Shift+Tab');
  await expect(bold).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(toolbar.locator(':focus')).toHaveCount(0);
  await page.keyboard.press('Tab');
  await expect(bold).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(workstation.body).toBeFocused();

  // Right to left, ← moves on and → back, End and Home go to the ends; the button last used keeps the Tab stop.
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('ArrowLeft');
  await expect(italic).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(bold).toBeFocused();
  // Past the first button, → wraps round to the last that can be used (undo; redo has nothing to redo).
  await page.keyboard.press('ArrowRight');
  await expect(workstation.toolbarButton('toolbar.undo')).toBeFocused();
  await page.keyboard.press('End');
  await expect(workstation.toolbarButton('toolbar.undo')).toBeFocused();
  await page.keyboard.press('Home');
  await expect(bold).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Tab');
  await expect(workstation.body).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(italic).toBeFocused();
  expect(await tabStops(toolbar)).toBe(1);

  // Escape goes back to the text; Alt+F10 in the text comes to the toolbar, as in the word processors.
  await page.keyboard.press('Escape');
  await expect(workstation.body).toBeFocused();
  await page.keyboard.press('Alt+F10');
  await expect(italic).toBeFocused();
  await page.keyboard.press('Space');
  await expect(italic).toHaveAttribute('aria-pressed', 'true');

  // In English the toolbar's letters are English and it runs left to right: → moves on.
  await page.getByRole('button', { name: uiIn('en', 'app.language.en'), exact: true }).click();
  const englishToolbar = page.getByRole('toolbar', { name: uiIn('en', 'toolbar.label') });
  const englishBold = englishToolbar.getByRole('button', { name: uiIn('en', 'toolbar.bold'), exact: true });
  await expect(englishBold).toHaveText(uiIn('en', 'toolbar.glyph.bold'));
  await expect(englishToolbar.getByRole('button', { name: uiIn('en', 'toolbar.heading2'), exact: true })).toHaveText('H2');
  await englishBold.focus();
  await page.keyboard.press('ArrowRight');
  await expect(englishToolbar.getByRole('button', { name: uiIn('en', 'toolbar.italic'), exact: true })).toBeFocused();
});

test('the library’s views and each row of chips are one Tab stop', async ({ host, workstation, page }) => {
  await workstation.open(host.url);
  const statuses = workstation.library.getByRole('toolbar', { name: ui('library.byStatus') });
  const views = workstation.library.getByRole('toolbar', { name: ui('library.views') });
  expect(await tabStops(statuses)).toBe(1);
  expect(await tabStops(views)).toBe(1);
  const first = statuses.getByRole('button', { name: ui('status.draft') });
  await first.focus();
  await page.keyboard.press('ArrowLeft');
  await expect(statuses.getByRole('button', { name: ui('status.submitted') })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(statuses.getByRole('button', { name: ui('status.submitted') })).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Tab');
  await expect(statuses.locator(':focus')).toHaveCount(0);
});

test('shortcuts show the preview and make the next workflow move, and the buttons say so', async ({ host, workstation, page }) => {
  await workstation.open(host.url);
  await workstation.createDraft();
  await workstation.typeHeadline('خبر يُرسل بلوحة المفاتيح');
  await workstation.typeBody(['نص']);
  const previewButton = page.getByRole('button', { name: ui('view.preview') });
  await expect(previewButton).toHaveAttribute('aria-keyshortcuts', 'Control+Shift+P');
  await expect(previewButton).toHaveAttribute('title', `${ui('view.preview')} (Ctrl+Shift+P)`);
  const submit = page.getByRole('button', { name: ui('workflow.action.submit'), exact: true });
  await expect(submit).toHaveAttribute('aria-keyshortcuts', 'Control+Shift+Enter');

  await page.keyboard.press('Control+Shift+P');
  await expect(page.locator('.article-preview')).toBeVisible();
  await expect(previewButton).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Control+Shift+P');
  await expect(workstation.body).toBeVisible();

  // The move leaves the editor open with the caret where it was: what is typed straight after it is kept.
  await workstation.body.click();
  await page.keyboard.press('End');
  await page.keyboard.press('Control+Shift+Enter');
  await page.keyboard.type(' يتبع');
  await expect(page.getByText(ui('workflow.status', { status: ui('status.submitted') }))).toBeVisible();
  await expect(workstation.body).toBeFocused();
  await workstation.waitUntilSaved();
  await page.reload();
  await workstation.openDraft('خبر يُرسل بلوحة المفاتيح');
  await expect(workstation.body).toHaveText('نص يتبع');
  await expect(page.getByText(ui('workflow.status', { status: ui('status.submitted') }))).toBeVisible();
});
