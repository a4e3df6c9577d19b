/**
 * Room to write: at the desk's usual screens (1280×720, 1440×900), in Arabic and in English, the
 * body shows when an article opens, the side panels fold away and stay folded after a reload, the
 * action bar and the library's buttons keep to one line, and nothing in the sidebars overflows.
 * Screenshots go to ROOM_TO_WRITE_SHOTS when it is set, to be looked at.
 */
import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import type { Language } from '../shared/i18n/catalogue';
import { ui, uiIn } from './drivers/interfaceText';
import { expect, test } from './drivers/workstationTest';
import type { Workstation } from './drivers/workstation';

const seed = readFileSync(new URL('./fixtures/seed-article.txt', import.meta.url), 'utf8');
const shots = process.env.ROOM_TO_WRITE_SHOTS;
const seedHeadline = 'لافروف: وجهنا دعوة لوزير الخارجية السوري لزيارة روسيا';
const longTitle = 'الخارجية الروسية: لافروف يستقبل نظيره السوري في موسكو لبحث العلاقات الثنائية والملفات الإقليمية';
const longUrl = 'https://example.org/news/2026/12/02/lavrov-receives-syrian-foreign-minister-in-moscow-for-talks';

const library = (page: Page): Locator => page.locator('nav.library');
const articleSide = (page: Page): Locator => page.locator('aside.article-side');

async function switchLanguage(page: Page, language: Language): Promise<void> {
  await page.getByRole('button', { name: uiIn(language, `app.language.${language}`), exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', language);
}

/** Imports the seed article, adds a related article too long for its fields, and opens it afresh from the library. */
async function openSeedArticle(workstation: Workstation): Promise<void> {
  await workstation.importText(seed);
  await workstation.addRelated(longTitle, longUrl);
  await workstation.waitUntilSaved();
  await workstation.page.reload();
  await workstation.draftInLibrary(seedHeadline).click();
  await expect(workstation.body).toBeVisible();
}

/** Elements of `container` that stick out of it sideways, or scroll sideways within themselves (text fields aside). */
async function overflowingParts(container: Locator): Promise<string[]> {
  return container.evaluate((root) => {
    const box = root.getBoundingClientRect();
    const found: string[] = [];
    if (root.scrollWidth > root.clientWidth) found.push(`${root.className} scrolls sideways`);
    for (const element of root.querySelectorAll<HTMLElement>('*')) {
      const rect = element.getBoundingClientRect();
      if (rect.width === 0 || element.closest('.visually-hidden')) continue;
      const name = `${element.tagName.toLowerCase()}.${element.className} «${(element.textContent ?? '').slice(0, 30)}»`;
      if (rect.left < box.left - 1 || rect.right > box.right + 1) found.push(`${name} sticks out`);
      const isTextField = ['INPUT', 'TEXTAREA', 'SELECT'].includes(element.tagName);
      if (!isTextField && getComputedStyle(element).overflowX !== 'visible' && element.scrollWidth > element.clientWidth + 1)
        found.push(`${name} is cut`);
    }
    return found;
  });
}

/** Buttons among `buttons` whose label runs onto a second line. */
async function wrappedButtons(buttons: Locator): Promise<string[]> {
  return buttons.evaluateAll((elements) =>
    elements
      .filter((element) => {
        const style = getComputedStyle(element);
        const lineHeight = parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.5;
        const padding = parseFloat(style.paddingTop) + parseFloat(style.paddingBottom);
        return element.getBoundingClientRect().height - padding > lineHeight * 1.5;
      })
      .map((element) => element.textContent ?? ''),
  );
}

for (const language of ['ar', 'en'] as const) {
  test(`${language}: at 1280×720 the body shows on opening and the action bar keeps to one line`, async ({ host, workstation, page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await workstation.open(host.url);
    await openSeedArticle(workstation);
    if (language === 'en') await switchLanguage(page, 'en');

    // The body's first paragraph, its first lines at least, is in view without scrolling.
    const firstParagraph = page
      .getByRole('textbox', { name: uiIn(language, 'editor.body') })
      .locator('p')
      .first();
    const box = (await firstParagraph.boundingBox())!;
    const lineHeight = await firstParagraph.evaluate((element) => parseFloat(getComputedStyle(element).lineHeight));
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + 2 * lineHeight).toBeLessThanOrEqual(720);

    // The action bar: every control on one line (their boxes share a top), none wrapped.
    const controls = page.locator('.article-topbar').locator('button:visible, summary:visible');
    const tops = await controls.evaluateAll((elements) => elements.map((element) => Math.round(element.getBoundingClientRect().top)));
    expect(tops.length).toBeGreaterThanOrEqual(6);
    expect(Math.max(...tops) - Math.min(...tops)).toBeLessThanOrEqual(2);
    expect(await wrappedButtons(controls)).toEqual([]);
    if (shots) await page.screenshot({ path: `${shots}/editor-1280-${language}.png` });
  });

  test(`${language}: at 1440×900 the library's buttons keep to one line and nothing in the sidebars overflows`, async ({
    host,
    workstation,
    page,
  }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await workstation.open(host.url);
    await openSeedArticle(workstation);
    if (language === 'en') await switchLanguage(page, 'en');
    await library(page).locator('.more-filters summary').click();

    expect(
      await wrappedButtons(library(page).locator('.library-header, .library-tabs, .library-filters').locator('button:not(.panel-toggle)')),
    ).toEqual([]);
    expect(await overflowingParts(library(page))).toEqual([]);
    expect(await overflowingParts(articleSide(page))).toEqual([]);

    // The tags' placeholder fits its field whole.
    const tags = page.locator('#tags-input');
    const placeholderFits = await tags.evaluate((input: HTMLInputElement) => {
      const style = getComputedStyle(input);
      const context = document.createElement('canvas').getContext('2d')!;
      context.font = style.font;
      const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      return context.measureText(input.placeholder).width <= room;
    });
    expect(placeholderFits).toBe(true);

    // A related article too long for its fields: named whole in its title, and shown whole on demand, by keyboard.
    const related = page.locator('li.related-item').last();
    await expect(related.locator('input[data-field="title"]')).toHaveAttribute('title', longTitle);
    await expect(related.locator('input[data-field="url"]')).toHaveAttribute('title', longUrl);
    const whole = related.locator('details.related-whole');
    await whole.locator('summary').focus();
    await page.keyboard.press('Enter');
    await expect(whole.getByText(longTitle, { exact: true })).toBeVisible();
    await expect(whole.getByText(longUrl, { exact: true })).toBeVisible();
    expect(await overflowingParts(articleSide(page))).toEqual([]);
    if (shots) await page.screenshot({ path: `${shots}/editor-1440-${language}.png` });
  });
}

test('the side panels fold away, give the writing column their room, and stay folded after a reload', async ({
  host,
  workstation,
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await workstation.open(host.url);
  await openSeedArticle(workstation);
  const column = page.locator('.article-main');
  const openWidth = (await column.boundingBox())!.width;

  const foldLibrary = page.getByRole('button', { name: ui('layout.collapseLibrary') });
  const foldSide = page.getByRole('button', { name: ui('layout.collapseSide') });
  await expect(foldLibrary).toHaveAttribute('aria-expanded', 'true');
  await foldLibrary.click();
  await foldSide.click();
  const showLibrary = page.getByRole('button', { name: ui('layout.expandLibrary') });
  const showSide = page.getByRole('button', { name: ui('layout.expandSide') });
  await expect(showLibrary).toHaveAttribute('aria-expanded', 'false');
  await expect(showSide).toHaveAttribute('aria-expanded', 'false');
  await expect(library(page).locator('.library-search')).toBeHidden();
  await expect(articleSide(page).getByRole('region', { name: ui('related.title') })).toBeHidden();
  // The folded panels' room goes to the writing column (two strips of 2.75rem remain).
  expect((await column.boundingBox())!.width).toBeGreaterThan(openWidth + 450);
  if (shots) await page.screenshot({ path: `${shots}/folded-1280-ar.png` });

  // Remembered by the services, not by the page: a reload (as a restart) finds both folded.
  await page.reload();
  await expect(showLibrary).toHaveAttribute('aria-expanded', 'false');
  await showLibrary.click();
  await workstation.draftInLibrary(seedHeadline).click();
  await expect(workstation.body).toBeVisible();
  await expect(showSide).toHaveAttribute('aria-expanded', 'false');
  await expect(articleSide(page).getByRole('region', { name: ui('related.title') })).toBeHidden();
  await showSide.click();
  await expect(workstation.relatedPanel).toBeVisible();
  await expect(foldLibrary).toHaveAttribute('aria-expanded', 'true');
});
