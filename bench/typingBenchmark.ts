/**
 * `npm run bench:typing`: the cost of a keystroke in the article editor, against two baselines in
 * the same run (bench/baselinePages.ts): the clean page — the editor's own HTML in a bare
 * contenteditable with the app's stylesheet and fonts and no script — and TipTap with StarterKit
 * only, on generated Arabic articles of about 1,000, 10,000 and 30,000 words. Keystrokes are real
 * key events with Arabic text sent through CDP (Input.dispatchKeyEvent) with the caret in the
 * middle of the article, to the three pages in turn; the cost of one keystroke is the sum of the
 * renderer main thread's task durations from a Chrome trace, from the task that handles it to the
 * task that handles the next, and the input delay a writer feels is from that task's start to the
 * end of the next frame's commit. Also: the time from asking the API for a 10,000-word draft to the
 * editor being ready. Prints figures; asserts nothing.
 */
import { mkdtemp, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page } from '@playwright/test';
import { createAppServices } from '../electron/services/appServices';
import { startWebHost } from '../electron/host/webHost';
import { chromiumArgs, chromiumExecutable } from '../e2e/drivers/chromiumExecutable';
import { generateArticle } from './articleGenerator';
import { baselinePages, type EditorSnapshot } from './baselinePages';

const keystrokes = Number(process.env.BENCH_KEYSTROKES ?? 40);
const bursts = Number(process.env.BENCH_BURSTS ?? 8);
/** Keystrokes at the start of each burst left out of the figures: the page just came to the front. */
const warmUpKeystrokes = 3;
const intervalMs = Number(process.env.BENCH_INTERVAL_MS ?? 120);
const openings = Number(process.env.BENCH_OPENINGS ?? 9);
const sizes = (process.env.BENCH_SIZES ?? '1000,10000,30000').split(',').map(Number);
const typedText = 'وأكد المتحدث باسم الوزارة أن الاجتماع سيعقد الأسبوع المقبل في دمشق ';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { type?: string } };
}

function percentile(values: readonly number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))]!;
}

interface KeystrokeFigures {
  /** Main-thread busy time per keystroke, ms. */
  costs: number[];
  /** Keystroke to the next frame committed, ms. */
  delays: number[];
}

async function traceTyping(page: Page, cdp: CDPSession, selector: string): Promise<KeystrokeFigures> {
  const textBefore = await page.evaluate((target) => document.querySelector(target)!.textContent!.length, selector);
  const events: TraceEvent[] = [];
  const collect = (data: { value: unknown[] }): void => {
    events.push(...(data.value as TraceEvent[]));
  };
  cdp.on('Tracing.dataCollected', collect);
  const complete = new Promise<void>((done) => cdp.once('Tracing.tracingComplete', () => done()));
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,disabled-by-default-devtools.timeline,toplevel',
    transferMode: 'ReportEvents',
  });
  for (let index = 0; index < keystrokes; index++) {
    const character = typedText[index % typedText.length]!;
    await cdp.send('Input.dispatchKeyEvent', {
      type: 'keyDown',
      key: character,
      text: character,
      unmodifiedText: character,
      code: 'KeyA',
      windowsVirtualKeyCode: 65,
    });
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: character, code: 'KeyA', windowsVirtualKeyCode: 65 });
    await page.waitForTimeout(intervalMs);
  }
  await cdp.send('Tracing.end');
  const textAfter = await page.evaluate((target) => document.querySelector(target)!.textContent!.length, selector);
  // A benchmark that typed into nothing would measure nothing: every keystroke must have landed.
  if (textAfter - textBefore !== keystrokes)
    throw new Error(`${keystrokes} keystrokes sent to ${selector}, but its text grew by ${textAfter - textBefore}`);
  await complete;
  cdp.off('Tracing.dataCollected', collect);

  const mainThread = events.find(
    (event) =>
      event.name === 'thread_name' &&
      event.args?.name === 'CrRendererMain' &&
      events.some((other) => other.pid === event.pid && other.name === 'EventDispatch'),
  );
  if (!mainThread) throw new Error('no renderer main thread in the trace');
  const onMain = events.filter((event) => event.pid === mainThread.pid && event.tid === mainThread.tid);
  const tasks = onMain
    .filter((event) => event.ph === 'X' && (event.name === 'RunTask' || event.name === 'ThreadControllerImpl::RunTask'))
    .sort((a, b) => a.ts - b.ts);
  const keydowns = onMain
    .filter((event) => event.name === 'EventDispatch' && event.args?.data?.type === 'keydown')
    .sort((a, b) => a.ts - b.ts);
  // Each keystroke's window starts with the top-level task that dispatched its keydown.
  const starts = keydowns.map(
    (keydown) => tasks.filter((task) => task.ts <= keydown.ts && task.ts + (task.dur ?? 0) >= keydown.ts).at(0)?.ts ?? keydown.ts,
  );
  const commits = onMain.filter((event) => event.ph === 'X' && event.name === 'Commit').sort((a, b) => a.ts - b.ts);
  const costs: number[] = [];
  const delays: number[] = [];
  for (let index = 0; index + 1 < starts.length; index++) {
    const from = starts[index]!;
    const to = starts[index + 1]!;
    const busy = tasks.filter((task) => task.ts >= from && task.ts < to).reduce((sum, task) => sum + (task.dur ?? 0), 0);
    costs.push(busy / 1000);
    const frame = commits.find((commit) => commit.ts >= keydowns[index]!.ts && commit.ts < to);
    if (frame) delays.push((frame.ts + (frame.dur ?? 0) - from) / 1000);
  }
  return { costs, delays };
}

/** Clicks into the middle of the article's middle paragraph, as a person would, and checks the caret is there. */
async function caretInTheMiddle(page: Page, selector: string): Promise<void> {
  const paragraph = page.locator(`${selector} > p`).nth(Math.floor((await page.locator(`${selector} > p`).count()) / 2));
  await paragraph.scrollIntoViewIfNeeded();
  const box = (await paragraph.boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + Math.min(box.height / 2, 12));
  await page.waitForFunction((target) => {
    const selection = window.getSelection();
    return (
      !!selection?.anchorNode &&
      document.querySelector(target)!.contains(selection.anchorNode) &&
      document.activeElement === document.querySelector(target)
    );
  }, selector);
  await page.waitForTimeout(300);
}

/** Opens the app on a page, opens the draft, and returns the page (the "app" side). */
async function openArticle(page: Page, url: string, headline: string): Promise<void> {
  await page.goto(url);
  await page.getByRole('button', { name: headline }).click();
  await page.locator('.body-editor > p').first().waitFor();
}

/** The body as the app's page shows it, for the baselines. */
async function snapshotOf(page: Page): Promise<EditorSnapshot> {
  return page.evaluate(() => ({
    html: document.querySelector('.body-editor')!.innerHTML,
    frameWidth: document.querySelector('.body-editor-frame')!.getBoundingClientRect().width,
  }));
}

interface Side {
  name: string;
  page: Page;
  cdp: CDPSession;
  selector: string;
  costs: number[];
  delays: number[];
}

async function main(): Promise<void> {
  const dataFolder = await mkdtemp(join(tmpdir(), 'midad-bench-typing-'));
  // A user who has given a name: the first-run prompt would cover the page.
  await writeFile(join(dataFolder, 'settings.json'), `${JSON.stringify({ userName: 'مكتب الأخبار' })}\n`);
  const services = createAppServices({ userDataFolder: dataFolder, appVersion: 'bench', logger: { info: () => {}, error: () => {} } });
  const articles = sizes.map((size, index) => ({ size, headline: `مقال من ${size} كلمة`, ...generateArticle(size, 1000 + index) }));
  const store = await services.draftStore();
  for (const article of articles) await store.create({ ...article.content, headline: article.headline });
  const host = await startWebHost({
    port: 0,
    staticFolder: resolve('out/renderer'),
    serveConnection: (transport) => services.serve(transport),
  });
  // Both pages stay fully active while the other is in front, so neither pays for waking up.
  const browser = await chromium.launch({
    executablePath: chromiumExecutable(),
    args: [
      ...chromiumArgs,
      '--disable-renderer-backgrounding',
      '--disable-background-timer-throttling',
      '--disable-backgrounding-occluded-windows',
    ],
  });
  const rows: string[][] = [];
  const ratios: string[] = [];
  let openingMedian = Number.NaN;
  try {
    // Opening: ask the API for the 10,000-word draft until the editor is ready, alternating with
    // another draft so that each opening is a real one.
    const largest = articles.find((article) => article.size === 10_000) ?? articles.at(-1)!;
    const other = articles[0]!;
    if (largest !== other) {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      const page = await context.newPage();
      await page.goto(host.url);
      const openTimes: number[] = [];
      for (let round = 0; round < openings; round++) {
        await page.getByRole('button', { name: other.headline }).click();
        await page.locator('.body-editor > p').first().waitFor();
        await page.evaluate(() => performance.clearMeasures('midad:open'));
        await page.getByRole('button', { name: largest.headline }).click();
        await page.waitForFunction(() => performance.getEntriesByName('midad:open', 'measure').length > 0);
        openTimes.push(await page.evaluate(() => performance.getEntriesByName('midad:open', 'measure')[0]!.duration));
      }
      openingMedian = percentile(openTimes, 0.5);
      await context.close();
    }

    const baselines = await baselinePages();
    for (const article of articles) {
      // Three pages side by side, typed into in turn (the order rotating each burst), so that
      // whatever else the machine is doing weighs on all alike.
      const contexts = await Promise.all([0, 1, 2].map(() => browser.newContext({ viewport: { width: 1440, height: 900 } })));
      const [appContext, cleanContext, starterKitContext] = contexts as [BrowserContext, BrowserContext, BrowserContext];
      const appPage = await appContext.newPage();
      await openArticle(appPage, host.url, article.headline);
      const snapshot = await snapshotOf(appPage);
      const origin = new URL(host.url).origin;
      const side = async (
        name: string,
        context: BrowserContext,
        url: (addresses: { clean: string; starterKit: string }) => string,
        selector: string,
      ) => {
        const page = await context.newPage();
        // The host's cookie first (the token URL), then the baseline on the same origin.
        await page.goto(host.url);
        await page.goto(url(await baselines.serve(context, origin, snapshot)));
        await page.locator(`${selector} > p`).first().waitFor();
        return { name, page, cdp: await context.newCDPSession(page), selector, costs: [] as number[], delays: [] as number[] };
      };
      const sides: Side[] = [
        {
          name: 'app editor',
          page: appPage,
          cdp: await appContext.newCDPSession(appPage),
          selector: '.body-editor',
          costs: [],
          delays: [],
        },
        await side('clean page', cleanContext, (addresses) => addresses.clean, '[contenteditable="true"]'),
        await side('StarterKit only', starterKitContext, (addresses) => addresses.starterKit, '.body-editor'),
      ];
      for (const each of sides) await caretInTheMiddle(each.page, each.selector);
      // BENCH_SCREENSHOTS=1: each page as typed into, to check that the three look alike.
      if (process.env.BENCH_SCREENSHOTS) {
        await mkdir('bench/results', { recursive: true });
        for (const each of sides)
          await each.page.screenshot({ path: `bench/results/typing-${article.size}-${each.name.replace(/\W+/g, '-')}.png` });
      }
      for (let burst = 0; burst < bursts; burst++) {
        for (let turn = 0; turn < sides.length; turn++) {
          const each = sides[(burst + turn) % sides.length]!;
          await each.page.bringToFront();
          const figures = await traceTyping(each.page, each.cdp, each.selector);
          each.costs.push(...figures.costs.slice(warmUpKeystrokes));
          each.delays.push(...figures.delays.slice(warmUpKeystrokes));
        }
      }
      const [app, clean, starterKit] = sides as [Side, Side, Side];
      const label = `${article.words.toLocaleString('en')} words`;
      for (const [index, each] of sides.entries()) {
        rows.push([
          index === 0 ? label : '',
          each.name,
          percentile(each.costs, 0.5).toFixed(2),
          percentile(each.costs, 0.95).toFixed(2),
          percentile(each.delays, 0.5).toFixed(1),
          percentile(each.delays, 0.95).toFixed(1),
          Math.max(...each.delays).toFixed(1),
        ]);
      }
      const ratio = (of: Side, to: Side, fraction: number): string =>
        (percentile(of.costs, fraction) / percentile(to.costs, fraction)).toFixed(2);
      ratios.push(
        `${label}: app/clean p50 ${ratio(app, clean, 0.5)}, p95 ${ratio(app, clean, 0.95)} · app/StarterKit p50 ${ratio(app, starterKit, 0.5)}, p95 ${ratio(app, starterKit, 0.95)}`,
      );
      await Promise.all(contexts.map((context) => context.close()));
    }
  } finally {
    await browser.close();
    await host.close();
    await services.dispose();
  }

  const summary = [
    `Typing: main-thread busy time per keystroke (ms), and the input delay (keystroke → next frame committed, ms); ${bursts} bursts of ${keystrokes} keystrokes every ${intervalMs} ms per page, in turn; caret mid-article`,
    ['article', 'page', 'p50', 'p95', 'delay p50', 'delay p95', 'delay worst'].join('\t'),
    ...rows.map((row) => row.join('\t')),
    '',
    'Ratios (targets: app/clean ≤ 1.5 at p50 and p95 for 1,000 and 10,000 words; app/StarterKit ≤ 1.2):',
    ...ratios.map((line) => `  ${line}`),
    '',
    `Opening a 10,000-word draft (API request → editor ready), median of ${openings}: ${openingMedian.toFixed(1)} ms (target < 150 ms)`,
  ].join('\n');
  console.log(`\n${summary}`);
  await mkdir('bench/results', { recursive: true });
  await writeFile('bench/results/typing.txt', `${summary}\n`);
}

void main().catch((error) => {
  console.error(error);
  process.exit(1);
});
