import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { Language } from '../shared/i18n/catalogue';
import { ui, uiIn } from './drivers/interfaceText';
import { screenshotFolder } from './drivers/screenshotFolder';
import type { Workstation } from './drivers/workstation';
import { expect, test } from './drivers/workstationTest';

// The desk's three views — the editor, the comparison and the library — at the two window sizes
// the desk works at, in Arabic and in English: for each, what it must show, an axe scan, and a
// screenshot for people to look at (in e2e/screenshots/, replaced with UPDATE_SCREENSHOTS=1).
const seed = readFileSync(new URL('./fixtures/seed-article.txt', import.meta.url), 'utf8');
const sizes = [
  { width: 1280, height: 720 },
  { width: 1440, height: 900 },
] as const;

/** Every axe violation on the page, as lines a person can read. */
async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map(
    (violation) =>
      `${violation.impact}: ${violation.id}: ${violation.help} — ${violation.nodes
        .slice(0, 3)
        .map((node) => node.target.join(' '))
        .join(' | ')}`,
  );
}

/** Whether nothing in the element sticks out of it sideways (a cut label, a wrapped-away button). */
const overflowsSideways = (page: Page, selector: string): Promise<boolean> =>
  page.locator(selector).evaluate((element) => element.scrollWidth > element.clientWidth + 1);

async function setLanguage(page: Page, language: Language): Promise<void> {
  await page.getByRole('button', { name: uiIn(language, `app.language.${language}`), exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', language);
  await expect(page.locator('html')).toHaveAttribute('dir', language === 'ar' ? 'rtl' : 'ltr');
}

/** The seed article, submitted and copy edited (its headline and one word changed), and two drafts beside it. */
async function deskWithAReviewedArticle(workstation: Workstation, page: Page): Promise<void> {
  for (const headline of ['موسكو تستضيف محادثات سورية روسية', 'الشيباني يصل إلى أنقرة']) {
    await workstation.createDraft();
    await workstation.typeHeadline(headline);
    await workstation.typeBody([`${headline}، بحسب ما أعلنت الخارجية اليوم.`]);
    await workstation.waitUntilSaved();
  }
  await workstation.importText(seed);
  await workstation.field('article.byline').fill('قسم الأخبار');
  await workstation.waitUntilSaved();
  await workstation.workflow('submit');
  await expect(page.getByText(ui('workflow.status', { status: ui('status.submitted') }))).toBeVisible();
  await workstation.setRole('copyEditor');
  await workstation.workflow('startCopyEdit');
  await expect(page.getByText(ui('workflow.status', { status: ui('status.inCopyEdit') }))).toBeVisible();
  await workstation.headline.fill('لافروف يدعو وزير الخارجية السوري إلى زيارة موسكو');
  await workstation.selectWordInBody('وجهت');
  await page.keyboard.type('أرسلت');
  await workstation.waitUntilSaved();
}

for (const size of sizes) {
  test(`the editor, the comparison and the library at ${size.width}×${size.height}, in Arabic and in English`, async ({
    host,
    workstation,
    page,
  }) => {
    test.setTimeout(180_000);
    await page.setViewportSize(size);
    await workstation.open(host.url);
    await deskWithAReviewedArticle(workstation, page);

    for (const language of ['ar', 'en'] as const) {
      await setLanguage(page, language);
      const name = `${size.width}x${size.height}-${language}`;

      // The editor: the article stays right to left whatever the interface's language.
      const headline = page.getByLabel(uiIn(language, 'editor.headline'), { exact: true });
      const firstParagraph = page
        .getByRole('textbox', { name: uiIn(language, 'editor.body') })
        .locator('p')
        .first();
      await page.locator('.article-main').evaluate((element) => element.scrollTo(0, 0));
      await expect(headline).toBeInViewport();
      expect(await headline.evaluate((element) => getComputedStyle(element).direction)).toBe('rtl');
      expect(await firstParagraph.evaluate((element) => getComputedStyle(element).direction)).toBe('rtl');
      await expect(firstParagraph).toBeInViewport();
      // The chrome around it is the interface's: the toolbar's letters and the quote card's controls, in its direction.
      const interfaceDirection = language === 'ar' ? 'rtl' : 'ltr';
      const quoteControls = page.locator('figure.quote figcaption').first();
      expect(await quoteControls.evaluate((element) => getComputedStyle(element).direction)).toBe(interfaceDirection);
      await expect(quoteControls).toContainText(uiIn(language, 'quote.speaker'));
      await expect(page.getByRole('button', { name: uiIn(language, 'toolbar.bold'), exact: true })).toHaveText(
        uiIn(language, 'toolbar.glyph.bold'),
      );
      expect(await axeViolations(page), `axe on the editor (${name})`).toEqual([]);
      await page.screenshot({ path: `${screenshotFolder}/desk-editor-${name}.png` });

      // The comparison: the last submission against the current text.
      await page.getByRole('button', { name: uiIn(language, 'history.open'), exact: true }).click();
      const compare = page.getByRole('region', { name: uiIn(language, 'compare.title') });
      await expect(compare).toBeVisible();
      await expect(compare.locator('del').first()).toBeVisible();
      await expect(compare.locator('ins').first()).toBeVisible();
      await compare.scrollIntoViewIfNeeded();
      expect(await axeViolations(page), `axe on the comparison (${name})`).toEqual([]);
      await page.screenshot({ path: `${screenshotFolder}/desk-comparison-${name}.png` });
      await page.getByRole('button', { name: uiIn(language, 'view.edit'), exact: true }).click();

      // The library: three drafts, one search with its highlighted passages, nothing cut sideways.
      const search = page.getByRole('searchbox', { name: uiIn(language, 'library.search') });
      await search.fill('الشيباني');
      await expect(page.locator('.library mark').first()).toBeVisible();
      expect(await overflowsSideways(page, '.library'), `the library's sidebar overflows (${name})`).toBe(false);
      expect(await axeViolations(page), `axe on the library (${name})`).toEqual([]);
      await page.screenshot({ path: `${screenshotFolder}/desk-library-${name}.png` });
      await search.fill('');
    }
  });
}
