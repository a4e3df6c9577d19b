/**
 * Intent-level actions on the workstation's page ("create a draft", "type the body"), so specs
 * read as what a journalist does. Waits are on what the app shows, never on time.
 */
import { expect, type Locator, type Page } from '@playwright/test';

export class Workstation {
  /** `allowConsoleErrors` lets a test accept console errors it expects (by pattern); any other fails it. */
  constructor(
    readonly page: Page,
    readonly allowConsoleErrors: (pattern: RegExp) => void = () => {},
  ) {}

  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await expect(this.page.getByRole('heading', { name: /^(مكتبة المسودات|Drafts library)$/ })).toBeVisible();
  }

  get library(): Locator {
    return this.page.getByRole('navigation', { name: 'مكتبة المسودات' });
  }

  get headline(): Locator {
    return this.page.getByLabel('العنوان الرئيسي', { exact: true });
  }

  get body(): Locator {
    return this.page.getByRole('textbox', { name: 'نص المقال' });
  }

  get saveStatus(): Locator {
    return this.page.locator('output.save-status');
  }

  async createDraft(): Promise<void> {
    await this.library.getByRole('button', { name: 'مسودة جديدة' }).click();
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

  /** A field of the open article, by its label. */
  field(label: string): Locator {
    return this.page.locator('.article-workspace').getByLabel(label, { exact: true });
  }

  /** Opens "build an article from text", pastes `text` into it and creates the article. */
  async importText(text: string): Promise<void> {
    await this.library.getByRole('button', { name: 'استيراد نص' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'بناء مقال من نص' });
    await dialog.getByLabel('النص').fill(text);
    await dialog.getByRole('button', { name: 'إنشاء المقال' }).click();
    await expect(dialog).toBeHidden();
    await expect(this.body).toBeVisible();
  }

  get outline(): Locator {
    return this.page.getByRole('region', { name: 'مخطط المقال' });
  }

  get relatedPanel(): Locator {
    return this.page.getByRole('region', { name: 'مقالات ذات صلة' });
  }

  async addRelated(title: string, url: string): Promise<void> {
    await this.relatedPanel.getByRole('button', { name: 'إضافة مقال' }).click();
    const count = await this.relatedPanel.locator('li.related-item').count();
    await this.relatedPanel.getByLabel(`عنوان المقال ${count}`).fill(title);
    await this.relatedPanel.getByLabel(`رابط المقال ${count}`).fill(url);
    await this.relatedPanel.getByLabel(`رابط المقال ${count}`).blur();
  }

  async relatedTitles(): Promise<string[]> {
    return this.relatedPanel
      .locator('li.related-item input[data-field="title"]')
      .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
  }

  async showPreview(): Promise<Locator> {
    await this.page.getByRole('button', { name: 'معاينة' }).click();
    const preview = this.page.locator('.article-preview');
    await expect(preview).toBeVisible();
    return preview;
  }

  async showEditor(): Promise<void> {
    await this.page.getByRole('button', { name: 'تحرير', exact: true }).click();
    await expect(this.body).toBeVisible();
  }

  toolbarButton(name: string): Locator {
    return this.page.getByRole('toolbar', { name: 'تنسيق النص' }).getByRole('button', { name, exact: true });
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

  /** Switches the user's role in the settings. */
  async setRole(role: 'الكاتب' | 'المدقق اللغوي' | 'رئيس القسم'): Promise<void> {
    await this.page.getByRole('button', { name: 'الإعدادات' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'الإعدادات' });
    await dialog.getByLabel('دورك في القسم').selectOption({ label: role });
    await dialog.getByRole('button', { name: 'حفظ الإعدادات' }).click();
    await expect(dialog.getByRole('status')).toHaveText('حُفظت الإعدادات.');
    await dialog.getByRole('button', { name: 'إلغاء' }).click();
  }

  async workflow(action: string): Promise<void> {
    await this.page.getByRole('button', { name: action, exact: true }).click();
  }

  async openHistory(): Promise<Locator> {
    await this.page.getByRole('button', { name: 'سجل النسخ', exact: true }).click();
    const history = this.page.getByRole('region', { name: 'سجل النسخ' });
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
    return this.page.getByRole('region', { name: 'النشر', exact: true });
  }

  /** Adds a WordPress site in the settings; the app checks the connection before it keeps it. */
  async addSite(site: { url: string; userName: string; password: string; isPasswordRemembered?: boolean }): Promise<void> {
    await this.page.getByRole('button', { name: 'الإعدادات' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'الإعدادات' });
    await dialog.getByRole('button', { name: 'إضافة موقع' }).click();
    await dialog.getByLabel('عنوان الموقع').fill(site.url);
    await dialog.getByLabel('اسم المستخدم').fill(site.userName);
    await dialog.getByLabel('كلمة مرور التطبيق').fill(site.password);
    if (site.isPasswordRemembered) await dialog.getByLabel('احفظ كلمة المرور في ملف على هذا الجهاز لا يقرؤه غيرك').check();
    await dialog.getByRole('button', { name: 'تحقّق واحفظ' }).click();
    await expect(dialog.getByRole('status')).toContainText('حُفظ الموقع');
    await dialog.getByRole('button', { name: 'إلغاء' }).click();
    await expect(dialog).toBeHidden();
  }

  /** Sends the open article to the outbox with a WordPress status ("مسودة", "منشور", …). */
  async publish(status: string): Promise<void> {
    await this.publishPanel.getByLabel('الحالة على الموقع').selectOption({ label: status });
    await this.publishPanel.getByRole('button', { name: /^أرسل (التحديث )?إلى صندوق الصادر$/ }).click();
    await expect(this.publishPanel.getByRole('status')).toHaveText('أُضيف إلى صندوق الصادر.');
  }

  /** The open draft's newest outbox item. */
  get latestSend(): Locator {
    return this.publishPanel.getByTestId('outbox-item').first();
  }
}
