import { readFileSync } from 'node:fs';
import { uiPattern } from './drivers/interfaceText';
import { expect, test } from './drivers/workstationTest';

// Screenshots of the editor with the seed article, in the light and dark themes, for people to
// look at (an Arabic interface that renders wrong is a bug no assertion finds). With
// UPDATE_SCREENSHOTS=1 they replace the ones the README shows.
const seed = readFileSync(new URL('./fixtures/seed-article.txt', import.meta.url), 'utf8');
const folder = process.env.UPDATE_SCREENSHOTS ? 'e2e/screenshots' : 'test-results/screenshots';

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the editor with the seed article, ${colorScheme} theme`, async ({ host, workstation, page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.emulateMedia({ colorScheme });
    await workstation.open(host.url);
    await workstation.importText(seed);
    await workstation.field('article.byline').fill('قسم الأخبار');
    await workstation.addRelated('الشيباني يصل إلى موسكو في أول زيارة رسمية', 'https://example.com/news/1');
    await workstation.addRelated('روسيا وسوريا: ملف القواعد العسكرية', 'https://example.com/news/2');
    await workstation.waitUntilSaved();
    await workstation.outline
      .getByRole('button', { name: uiPattern('outline.quoteBy', { speaker: 'سيرغي لافروف' }) })
      .first()
      .click();
    await expect(workstation.body.locator('figure.quote').first()).toBeInViewport();
    await page.screenshot({ path: `${folder}/editor-seed-article-${colorScheme}.png` });
    await workstation.showPreview();
    await page.screenshot({ path: `${folder}/preview-seed-article-${colorScheme}.png` });
  });
}
