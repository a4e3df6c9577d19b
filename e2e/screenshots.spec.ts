import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { importPlainText } from '../shared/import/plainTextImport';
import { articleOutline } from '../shared/model/articleOutline';
import { readerTextOf } from '../shared/model/plainText';
import { textStats } from '../shared/text/textCounts';
import { ui, uiPattern } from './drivers/interfaceText';
import { screenshotFolder } from './drivers/screenshotFolder';
import { expect, test } from './drivers/workstationTest';

// Screenshots of the editor with the seed article, in the light and dark themes, for people to
// look at — and, before each is taken, what it is meant to show: an Arabic page, right to left,
// in its Arabic fonts, with the article's structure (headline, subsections, quotes and their
// speaker) in the editor, its counts and outline beside it, and the same structure in the preview.
// With UPDATE_SCREENSHOTS=1 they replace the ones the README shows.
const seed = readFileSync(new URL('./fixtures/seed-article.txt', import.meta.url), 'utf8');
const article = importPlainText(seed).content;
const outline = articleOutline(article.body);
const subsections = outline.flatMap((entry) => (entry.kind === 'heading' ? [entry.text] : []));
const speakers = outline.flatMap((entry) => (entry.kind === 'quote' ? [entry.speaker] : []));
const related = [
  { title: 'الشيباني يصل إلى موسكو في أول زيارة رسمية', url: 'https://example.com/news/1' },
  { title: 'روسيا وسوريا: ملف القواعد العسكرية', url: 'https://example.com/news/2' },
];

/** The families whose Arabic faces the page has loaded. */
async function loadedArabicFonts(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    await document.fonts.ready;
    const families = new Set<string>();
    for (const face of document.fonts) {
      // The face for the Arabic block: its unicode-range holds ا (U+0627).
      const hasAlef = face.unicodeRange.split(',').some((range) => {
        const [from, to = from] = range
          .trim()
          .replace(/^U\+/i, '')
          .split('-')
          .map((hex) => parseInt(hex!, 16));
        return from! <= 0x627 && 0x627 <= to!;
      });
      if (face.status === 'loaded' && hasAlef) families.add(face.family.replace(/["']/g, ''));
    }
    return [...families].sort();
  });
}

/** Whether the browser holds every face `font` needs to draw `text` (no fallback font). */
async function isDrawnIn(page: Page, font: string, text: string): Promise<boolean> {
  return page.evaluate(([font, text]) => document.fonts.check(font!, text), [font, text]);
}

const firstFontOf = (locator: Locator): Promise<string> =>
  locator.evaluate((element) => getComputedStyle(element).fontFamily.split(',')[0]!.replace(/["']/g, '').trim());

/** Whether `locator`'s centre shows the element itself, not something drawn over it. */
const isUncovered = (locator: Locator): Promise<boolean> =>
  locator.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return top === element || element.contains(top);
  });

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the editor with the seed article, ${colorScheme} theme`, async ({ host, workstation, page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.emulateMedia({ colorScheme });
    await workstation.open(host.url);
    await workstation.importText(seed);
    await workstation.field('article.byline').fill('قسم الأخبار');
    for (const entry of related) await workstation.addRelated(entry.title, entry.url);
    await workstation.waitUntilSaved();

    // An Arabic page, right to left, drawn in its own Arabic fonts (not a fallback).
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    expect(await loadedArabicFonts(page)).toEqual(['Noto Naskh Arabic', 'Noto Sans Arabic']);
    expect(await firstFontOf(page.locator('body'))).toBe('Noto Sans Arabic');
    expect(await firstFontOf(workstation.headline)).toBe('Noto Naskh Arabic');
    expect(await firstFontOf(workstation.body)).toBe('Noto Naskh Arabic');
    expect(await isDrawnIn(page, '700 30px "Noto Naskh Arabic"', article.headline)).toBe(true);
    expect(await isDrawnIn(page, '400 19px "Noto Naskh Arabic"', subsections.join(' '))).toBe(true);
    expect(await isDrawnIn(page, '400 16px "Noto Sans Arabic"', ui('library.title'))).toBe(true);

    // The top of the form: the headline, right to left, and the body's label above its toolbar.
    await page.locator('.article-main').evaluate((element) => element.scrollTo(0, 0));
    await expect(workstation.headline).toHaveValue(article.headline);
    await expect(workstation.headline).toBeInViewport();
    expect(await workstation.headline.evaluate((element) => getComputedStyle(element).direction)).toBe('rtl');
    const bodyLabel = page.locator('#body-label');
    await expect(bodyLabel).toHaveText(ui('editor.body'));
    await expect(bodyLabel).toBeInViewport();
    expect(await isUncovered(bodyLabel), 'the body’s label shows, not drawn over by the toolbar').toBe(true);

    // The body's structure: the subsections, and the quotes with their speaker.
    await expect(workstation.body.locator('h2')).toHaveText(subsections);
    const quotes = workstation.body.locator('figure.quote');
    await expect(quotes).toHaveCount(speakers.length);
    for (const [index, speaker] of speakers.entries())
      await expect(quotes.nth(index).getByLabel(ui('quote.speaker'), { exact: true })).toHaveValue(speaker);
    const paragraphDirections = await workstation.body
      .locator('p')
      .evaluateAll((paragraphs) => [...new Set(paragraphs.map((paragraph) => getComputedStyle(paragraph).direction))]);
    expect(paragraphDirections).toEqual(['rtl']);

    // Beside it, the counts and the outline, in view.
    await page.locator('.article-side').evaluate((element) => element.scrollTo(0, 0));
    const stats = textStats(readerTextOf(article));
    await expect(page.locator('[data-stat="words"]')).toHaveText(new Intl.NumberFormat('ar').format(stats.words));
    await expect(page.locator('[data-stat="reading"]')).toHaveText(ui('stats.minutes', { count: stats.readingMinutes }));
    await expect(page.locator('[data-stat="words"]')).toBeInViewport();
    const outlineEntries = workstation.outline.getByRole('button');
    await expect(outlineEntries).toHaveCount(outline.length);
    for (const [index, entry] of outline.entries()) {
      await expect(outlineEntries.nth(index)).toContainText(
        entry.kind === 'heading' ? entry.text : ui('outline.quoteBy', { speaker: entry.speaker }),
      );
    }
    await expect(outlineEntries.first()).toBeInViewport();

    // The first quote, reached from the outline: the screenshot shows it with its speaker.
    await workstation.outline
      .getByRole('button', { name: uiPattern('outline.quoteBy', { speaker: speakers[0]! }) })
      .first()
      .click();
    await expect(quotes.first()).toBeInViewport();
    await expect(quotes.first().getByLabel(ui('quote.speaker'), { exact: true })).toBeInViewport();
    await page.locator('.article-side').evaluate((element) => element.scrollTo(0, 0));
    await page.screenshot({ path: `${screenshotFolder}/editor-seed-article-${colorScheme}.png` });

    // The preview shows the same article as the site will: section, headline, subsections, quotes with their speaker, related list.
    const preview = await workstation.showPreview();
    await expect(preview.locator('article')).toHaveAttribute('dir', 'rtl');
    await expect(preview.locator('.article-section')).toHaveText(article.section);
    await expect(preview.locator('.article-headline')).toHaveText(article.headline);
    await expect(preview.locator('.article-byline')).toContainText('قسم الأخبار');
    await expect(preview.locator('h2:not(.related-articles h2)')).toHaveText(subsections);
    await expect(preview.locator('figure.quote cite')).toHaveText(speakers);
    // Arabic sets a speaker's name off by weight, not by a Latin slant.
    expect(
      await preview
        .locator('figure.quote cite')
        .first()
        .evaluate((element) => getComputedStyle(element).fontStyle),
    ).toBe('normal');
    await expect(preview.locator('.related-articles h2')).toHaveText(ui('related.title'));
    await expect(preview.locator('.related-articles li a')).toHaveText(related.map((entry) => entry.title));
    expect(await firstFontOf(preview.locator('.article-headline'))).toBe('Noto Naskh Arabic');
    await expect(preview.locator('.article-headline')).toBeInViewport();
    await page.screenshot({ path: `${screenshotFolder}/preview-seed-article-${colorScheme}.png` });
  });
}
