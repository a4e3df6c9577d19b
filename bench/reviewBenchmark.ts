/**
 * `npm run bench:review`: the two speed figures of copy editing, in Chromium against the app —
 * opening a history of 500 revisions (click to every revision listed) and comparing two revisions
 * of a 10,000-word article (choosing them to the comparison shown) — beside the same work in Node
 * without the interface (reading the history; diffing the two articles). Prints figures; asserts nothing.
 */
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { createAppServices } from '../electron/services/appServices';
import { startWebHost } from '../electron/host/webHost';
import type { Draft } from '../shared/model/draft';
import { diffArticles } from '../shared/review/articleDiff';
import { chromiumArgs, chromiumExecutable } from '../e2e/drivers/chromiumExecutable';
import { generateArticle } from './articleGenerator';

const revisionCount = 500;
const rounds = 7;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/**
 * Runs `action` and resolves with the time, measured in the page, until `isDone` (an expression)
 * holds. The page code is a string: tsx would wrap named functions in a helper the page lacks.
 */
async function timeInPage(page: Page, action: () => Promise<void>, isDone: string): Promise<number> {
  await page.evaluate('window.benchStart = performance.now()');
  await action();
  return page.evaluate(`new Promise((done) => {
    const check = () => ((${isDone}) ? done(performance.now() - window.benchStart) : requestAnimationFrame(check));
    check();
  })`) as Promise<number>;
}

async function main(): Promise<void> {
  const dataFolder = await mkdtemp(join(tmpdir(), 'midad-bench-review-'));
  // A user who has given a name: the first-run prompt would cover the page.
  await writeFile(join(dataFolder, 'settings.json'), `${JSON.stringify({ userName: 'مكتب الأخبار' })}\n`);
  const services = createAppServices({ userDataFolder: dataFolder, appVersion: 'bench', logger: { info: () => {}, error: () => {} } });
  const store = await services.draftStore();
  const { content } = generateArticle(10_000, 5);
  let draft: Draft = await store.create({ ...content, headline: 'مقال من عشرة آلاف كلمة' });
  const first = await store.revisions.record(draft, { kind: 'manual', author: 'ريم' });
  for (let edit = 1; edit < revisionCount; edit++) {
    const blocks = structuredClone(draft.body.content!);
    const index = (edit * 37) % blocks.length;
    const text = blocks[index]!.content?.[0];
    if (text?.type === 'text') text.text = text.text!.replace(/\S+/, `تعديل${edit}`);
    draft = { ...draft, body: { type: 'doc', content: blocks }, version: draft.version + 1 };
    await store.revisions.record(draft, { kind: 'checkpoint', author: 'ريم' });
  }
  await store.save({ id: draft.id, baseVersion: 1, content: { ...draft } });
  const revisions = await store.revisions.list(draft.id);
  const last = revisions.at(-1)!;

  const listTimes: number[] = [];
  const diffTimes: number[] = [];
  for (let round = 0; round < rounds; round++) {
    let begin = performance.now();
    await store.revisions.list(draft.id);
    listTimes.push(performance.now() - begin);
    const [a, b] = await Promise.all([store.revisions.get(draft.id, first.id), store.revisions.get(draft.id, last.id)]);
    begin = performance.now();
    const diff = diffArticles(a.content, b.content);
    diffTimes.push(performance.now() - begin);
    if (diff.changes.length === 0) throw new Error('the two revisions should differ');
  }

  const host = await startWebHost({
    port: 0,
    staticFolder: resolve('out/renderer'),
    serveConnection: (transport) => services.serve(transport),
  });
  const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: chromiumArgs });
  const openTimes: number[] = [];
  const compareTimes: number[] = [];
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(host.url);
    for (let round = 0; round < rounds; round++) {
      await page.getByRole('button', { name: 'مقال من عشرة آلاف كلمة' }).click();
      await page.locator('.body-editor').waitFor();
      const historyButton = page.getByRole('button', { name: 'سجل النسخ', exact: true });
      openTimes.push(
        await timeInPage(page, () => historyButton.click(), `document.querySelectorAll('.revision-item').length >= ${revisionCount}`),
      );
      // The history opens comparing the last revision with the current text (the same): choosing
      // the first revision instead puts the comparison of the two 10,000-word versions on screen.
      const fromSelect = page.getByRole('combobox', { name: 'من', exact: true });
      await page.getByText('لا فروق بين النسختين.').waitFor();
      compareTimes.push(
        await timeInPage(
          page,
          () => fromSelect.selectOption(first.id).then(() => undefined),
          `document.querySelector('.diff .diff-body') !== null`,
        ),
      );
      await page.getByRole('button', { name: 'تحرير', exact: true }).click();
    }
  } finally {
    await browser.close();
    await host.close();
    await services.dispose();
  }
  const lines = [
    `History of ${revisionCount} revisions of a 10,000-word article (median of ${rounds}):`,
    `  opening it in the app (click → every revision listed): ${median(openTimes).toFixed(0)} ms (target < 100 ms) · reading it in Node: ${median(listTimes).toFixed(0)} ms`,
    `  comparing the first and the last (choice → comparison shown): ${median(compareTimes).toFixed(0)} ms (target < 200 ms) · the diff alone in Node: ${median(diffTimes).toFixed(1)} ms`,
  ];
  console.log(`\n${lines.join('\n')}`);
  await mkdir('bench/results', { recursive: true });
  await writeFile('bench/results/review.txt', `${lines.join('\n')}\n`);
}

void main().catch((error) => {
  console.error(error);
  process.exit(1);
});
