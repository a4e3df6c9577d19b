/**
 * Intent-level actions on the workstation's page ("create a draft", "type the body"), so specs
 * read as what a journalist does. Waits are on what the app shows, never on time.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import type { MessageKey } from '../../shared/i18n/catalogue';
import type { Role, transitions } from '../../shared/model/workflow';
import type { WordPressStatus } from '../../shared/publishing/outboxItem';
import { anyOf, ui, uiIn, uiPattern } from './interfaceText';

type WorkflowAction = (typeof transitions)[number]['action'];

export class Workstation {
  /** `allowConsoleErrors` lets a test accept console errors it expects (by pattern); any other fails it. */
  constructor(
    readonly page: Page,
    readonly allowConsoleErrors: (pattern: RegExp) => void = () => {},
  ) {}

  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await expect(this.page.getByRole('heading', { name: anyOf(ui('library.title'), uiIn('en', 'library.title')) })).toBeVisible();
  }

  get library(): Locator {
    return this.page.getByRole('navigation', { name: ui('library.title') });
  }

  get headline(): Locator {
    return this.page.getByLabel(ui('editor.headline'), { exact: true });
  }

  get body(): Locator {
    return this.page.getByRole('textbox', { name: ui('editor.body') });
  }

  get saveStatus(): Locator {
    return this.page.locator('output.save-status');
  }

  async createDraft(): Promise<void> {
    await this.library.getByRole('button', { name: ui('library.newDraft') }).click();
    await expect(this.body).toBeVisible();
  }

  async typeHeadline(text: string): Promise<void> {
    await this.headline.click();
    await this.page.keyboard.type(text);
  }

  /** Types paragraphs into the body with real key events, Enter between them. */
  async typeBody(paragraphs: readonly string[]): Promise<void> {
    await this.body.click();
    for (const [index, paragraph] of paragraphs.entries()) {
      if (index > 0) await this.page.keyboard.press('Enter');
      await this.page.keyboard.type(paragraph);
    }
  }

  async waitUntilSaved(): Promise<void> {
    await expect(this.saveStatus).toHaveAttribute('data-state', 'saved');
  }

  /** A draft's entry in the library list, by its exact headline. */
  draftInLibrary(headline: string): Locator {
    return this.library
      .getByRole('listitem')
      .getByRole('button')
      .filter({
        has: this.page.locator('.draft-list-headline', { hasText: new RegExp(`^${headline.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) }),
      });
  }

  /** A field of the open article, by the catalogue key of its label. */
  field(label: MessageKey): Locator {
    return this.page.locator('.article-workspace').getByLabel(ui(label), { exact: true });
  }

  /** Opens "build an article from text", pastes `text` into it and creates the article. */
  async importText(text: string): Promise<void> {
    await this.library.getByRole('button', { name: ui('import.open') }).click();
    const dialog = this.page.getByRole('dialog', { name: ui('import.title') });
    await dialog.getByLabel(ui('import.text')).fill(text);
    await dialog.getByRole('button', { name: ui('import.build') }).click();
    await expect(dialog).toBeHidden();
    await expect(this.body).toBeVisible();
  }

  get outline(): Locator {
    return this.page.getByRole('region', { name: ui('outline.title') });
  }

  get relatedPanel(): Locator {
    return this.page.getByRole('region', { name: ui('related.title') });
  }

  async addRelated(title: string, url: string): Promise<void> {
    await this.relatedPanel.getByRole('button', { name: ui('related.add') }).click();
    const position = await this.relatedPanel.locator('li.related-item').count();
    await this.relatedTitle(position).fill(title);
    await this.relatedUrl(position).fill(url);
    await this.relatedUrl(position).blur();
  }

  /** The title of the related entry at `position` (from 1). */
  relatedTitle(position: number): Locator {
    return this.relatedPanel.getByLabel(ui('related.itemTitle', { position }), { exact: true });
  }

  /** The address of the related entry at `position` (from 1). */
  relatedUrl(position: number): Locator {
    return this.relatedPanel.getByLabel(ui('related.itemUrl', { position }), { exact: true });
  }

  async relatedTitles(): Promise<string[]> {
    return this.relatedPanel
      .locator('li.related-item input[data-field="title"]')
      .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
  }

  async showPreview(): Promise<Locator> {
    await this.page.getByRole('button', { name: ui('view.preview') }).click();
    const preview = this.page.locator('.article-preview');
    await expect(preview).toBeVisible();
    return preview;
  }

  async showEditor(): Promise<void> {
    await this.page.getByRole('button', { name: ui('view.edit'), exact: true }).click();
    await expect(this.body).toBeVisible();
  }

  /** A button of the body's toolbar, by the catalogue key of its name. */
  toolbarButton(name: MessageKey): Locator {
    return this.page.getByRole('toolbar', { name: ui('toolbar.label') }).getByRole('button', { name: ui(name), exact: true });
  }

  /** Selects a word in the body (as a double-click would), ready to be typed over. */
  async selectWordInBody(word: string): Promise<void> {
    await this.body.evaluate((root, target) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf(target);
        if (at < 0) continue;
        (root as HTMLElement).focus();
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + target.length);
        const selection = window.getSelection()!;
        selection.removeAllRanges();
        selection.addRange(range);
        return;
      }
      throw new Error(`word not found: ${target}`);
    }, word);
    await this.page.waitForFunction((target) => window.getSelection()?.toString() === target, word);
  }

  /** Opens the settings dialog. */
  async openSettings(): Promise<Locator> {
    await this.page.getByRole('button', { name: ui('settings.title') }).click();
    const dialog = this.page.getByRole('dialog', { name: ui('settings.title') });
    await expect(dialog).toBeVisible();
    return dialog;
  }

  /** Switches the user's role in the settings, and their name when given (another person at the same desk). */
  async setRole(role: Role, userName?: string): Promise<void> {
    const dialog = await this.openSettings();
    await dialog.getByLabel(ui('settings.role')).selectOption({ label: ui(`role.${role}`) });
    if (userName !== undefined) await dialog.getByLabel(ui('settings.userName')).fill(userName);
    await dialog.getByRole('button', { name: ui('settings.save') }).click();
    await expect(dialog.getByRole('status')).toHaveText(ui('settings.saved'));
    await dialog.getByRole('button', { name: ui('settings.close') }).click();
  }

  /** Makes a workflow move ("submit", "startCopyEdit", …) with its button. */
  async workflow(action: WorkflowAction): Promise<void> {
    await this.page.getByRole('button', { name: ui(`workflow.action.${action}`), exact: true }).click();
  }

  async openHistory(): Promise<Locator> {
    await this.page.getByRole('button', { name: ui('history.open'), exact: true }).click();
    const history = this.page.getByRole('region', { name: ui('history.title') });
    await expect(history).toBeVisible();
    return history;
  }

  async openDraft(headline: string): Promise<void> {
    await this.draftInLibrary(headline).click();
    await expect(this.headline).toHaveValue(headline);
  }

  /** Pastes clipboard data into the body, as the browser delivers a paste. */
  async paste(data: Record<string, string>): Promise<void> {
    await this.page.locator('.body-editor').evaluate((element, entries) => {
      const transfer = new DataTransfer();
      for (const [type, value] of Object.entries(entries)) transfer.setData(type, value);
      element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
    }, data);
  }

  get publishPanel(): Locator {
    return this.page.getByRole('region', { name: ui('publish.title'), exact: true });
  }

  /** Adds a WordPress site in the settings; the app checks the connection before it keeps it. */
  async addSite(site: { url: string; userName: string; password: string; isPasswordRemembered?: boolean }): Promise<void> {
    const dialog = await this.openSettings();
    await dialog.getByRole('button', { name: ui('sites.add') }).click();
    await dialog.getByLabel(ui('sites.url')).fill(site.url);
    await dialog.getByLabel(ui('sites.userName')).fill(site.userName);
    await dialog.getByLabel(ui('sites.password')).fill(site.password);
    if (site.isPasswordRemembered) await dialog.getByLabel(ui('sites.remember')).check();
    await dialog.getByRole('button', { name: ui('sites.save') }).click();
    await expect(dialog.getByRole('status')).toHaveText(uiPattern('sites.saved'));
    await dialog.getByRole('button', { name: ui('import.cancel') }).click();
    await expect(dialog).toBeHidden();
  }

  /** Sends the open article to the outbox with a WordPress status ("draft", "publish", …). */
  async publish(status: WordPressStatus): Promise<void> {
    await this.publishPanel.getByLabel(ui('publish.status')).selectOption({ label: ui(`publish.status.${status}`) });
    await this.publishPanel.getByRole('button', { name: anyOf(ui('publish.send'), ui('publish.sendUpdate')) }).click();
    await expect(this.publishPanel.getByRole('status')).toHaveText(ui('publish.queued'));
  }

  /** The open draft's newest outbox item. */
  get latestSend(): Locator {
    return this.publishPanel.getByTestId('outbox-item').first();
  }
}
