/**
 * `npm run bench:library`: generated libraries of 1,000 and 10,000 drafts (seeded; Arabic news
 * text with the prefixes and suffixes real Arabic words carry; most drafts 300–1,500 words, one in
 * fifty 10,000 words). Prints: cold start to a listed library with and without the persisted index
 * (each in a fresh process); a page of the list; search p50/p95 over fixed queries beside a linear
 * scan of the same folded texts in the same run; save p50/p95 for 1,000- and 10,000-word drafts
 * beside a raw write-and-fsync of the same bytes; resident memory. Prints figures; asserts nothing.
 * The file cache is warm (dropping it needs privileges these machines do not give).
 */
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdir, mkdtemp, open, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { newDraft, type Draft } from '../shared/model/draft';
import { plainTextOf } from '../shared/model/plainText';
import { normaliseArabic, queryTerms } from '../shared/search/arabicNormaliser';
import { searchedTextOf } from '../shared/search/searchedText';
import { DraftStore } from '../electron/services/library/draftStore';
import { generateArticle, seededRandom } from './articleGenerator';

const sizes = (process.env.BENCH_LIBRARY_SIZES ?? '1000,10000').split(',').map(Number);
const queries = [
  'الحكومة',
  'لافروف',
  'وزير الخارجية',
  'دمشق',
  'الاسد',
  'مجلس',
  'الأمم المتحدة',
  'انقر',
  'الليرة السورية',
  'موسكو وأنقرة',
  '2026',
  'المساعدات الإنسانية',
];
const prefixes = ['', '', '', 'و', 'ف', 'ب', 'ل', 'ال', 'وال', 'بال'];
const suffixes = ['', '', '', 'ه', 'ها', 'هم', 'ات', 'ون', 'ين', 'ة'];

function percentile(values: readonly number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))]!;
}
const ms = (value: number): string => `${value.toFixed(value < 10 ? 2 : 0)} ms`;

/** Writes a generated library straight to disk (setup, not measured). Returns the folded texts for the linear scan. */
async function generateLibrary(folder: string, count: number): Promise<string[]> {
  const random = seededRandom(count);
  const texts: string[] = [];
  await mkdir(join(folder, 'drafts'), { recursive: true });
  for (let index = 0; index < count; index++) {
    const words = random() < 0.02 ? 10_000 : 300 + Math.floor(random() * 1200);
    const { content } = generateArticle(words, index + count * 7);
    // Give the words the prefixes and suffixes of real Arabic text, for a realistic vocabulary.
    const vary = (text: string): string =>
      text
        .split(' ')
        .map((word) => prefixes[Math.floor(random() * prefixes.length)] + word + suffixes[Math.floor(random() * suffixes.length)])
        .join(' ');
    const body = {
      ...content.body,
      content: content.body.content!.map((node) =>
        node.type === 'paragraph' ? { ...node, content: [{ type: 'text', text: vary(plainTextOf(node)) }] } : node,
      ),
    };
    const timestamp = new Date(Date.UTC(2026, 0, 1) + index * 60_000).toISOString();
    const draft: Draft = newDraft({ ...content, body }, randomUUID(), timestamp);
    await mkdir(join(folder, 'drafts', draft.id));
    await writeFile(join(folder, 'drafts', draft.id, 'draft.json'), `${JSON.stringify(draft, null, 1)}\n`);
    const searched = searchedTextOf(draft);
    texts.push(normaliseArabic(`${searched.headline}\n${searched.text}`));
  }
  return texts;
}

function measureChild(
  child: string,
  library: string,
): {
  drafts: number;
  openMs: number;
  pageTimes: number[];
  searchTimes: number[];
  searchWithSnippetTimes: number[];
  totals: number[];
  rssMb: number;
} {
  const result = spawnSync(process.execPath, ['--expose-gc', child, library, JSON.stringify(queries)], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(result.stderr);
  return JSON.parse(result.stdout.trim().split('\n').at(-1)!);
}

async function rawWrite(path: string, bytes: string): Promise<number> {
  const begin = performance.now();
  const handle = await open(path, 'w');
  await handle.writeFile(bytes);
  await handle.sync();
  await handle.close();
  return performance.now() - begin;
}

async function main(): Promise<void> {
  const root = await mkdtemp(join(tmpdir(), 'midad-bench-library-'));
  const child = join(root, 'child.mjs');
  await build({
    entryPoints: ['bench/libraryBenchmarkChild.ts'],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: child,
    logLevel: 'silent',
  });
  const lines: string[] = [];
  for (const size of sizes) {
    const library = join(root, `library-${size}`);
    const started = performance.now();
    const texts = await generateLibrary(library, size);
    console.error(`generated ${size} drafts in ${((performance.now() - started) / 1000).toFixed(1)} s`);

    const withoutIndex = measureChild(child, library); // no index yet: reads every draft, builds it, persists it
    const withIndex = measureChild(child, library);

    const linearTimes: number[] = [];
    for (let round = 0; round < 5; round++) {
      for (const query of queries) {
        const terms = queryTerms(query);
        const begin = performance.now();
        let found = 0;
        for (const text of texts) if (terms.every((term) => text.includes(term))) found++;
        linearTimes.push(performance.now() - begin);
        if (found < 0) throw new Error('unreachable');
      }
    }

    const store = new DraftStore(library, { isWatching: false });
    await store.open();
    const saveLines: string[] = [];
    for (const words of [1_000, 10_000]) {
      const { content } = generateArticle(words, 99 + words);
      let draft = await store.create(content);
      const saveTimes: number[] = [];
      const rawTimes: number[] = [];
      for (let round = 0; round < 25; round++) {
        const changed = { ...content, headline: `${content.headline} ${round}` };
        const begin = performance.now();
        const saved = await store.save({ id: draft.id, baseVersion: draft.version, content: changed });
        saveTimes.push(performance.now() - begin);
        draft = { ...draft, version: saved.version };
        const bytes = `${JSON.stringify({ ...draft, ...changed }, null, 1)}\n`;
        rawTimes.push(await rawWrite(join(root, 'raw.json'), bytes));
      }
      saveLines.push(
        `  save, ${words.toLocaleString('en')}-word draft: p50 ${ms(percentile(saveTimes, 0.5))}, p95 ${ms(percentile(saveTimes, 0.95))} · raw write+fsync p50 ${ms(percentile(rawTimes, 0.5))}, p95 ${ms(percentile(rawTimes, 0.95))} · ratio p95 ${(percentile(saveTimes, 0.95) / percentile(rawTimes, 0.95)).toFixed(2)} (target ≤ 2)`,
      );
    }
    await store.dispose();

    const searchP50 = percentile(withIndex.searchTimes, 0.5);
    const searchP95 = percentile(withIndex.searchTimes, 0.95);
    const linearP50 = percentile(linearTimes, 0.5);
    const linearP95 = percentile(linearTimes, 0.95);
    lines.push(
      `${size.toLocaleString('en')} drafts (${texts.reduce((sum, text) => sum + text.split(/\s+/).length, 0).toLocaleString('en')} words)`,
      `  cold start to a listed library: with the persisted index ${ms(withIndex.openMs)}, without it ${ms(withoutIndex.openMs)} (target < 1 s)`,
      `  a page of the list (50 drafts): p50 ${ms(percentile(withIndex.pageTimes, 0.5))}, p95 ${ms(percentile(withIndex.pageTimes, 0.95))} (target < 20 ms)`,
      `  search over ${queries.length} queries: p50 ${ms(searchP50)}, p95 ${ms(searchP95)} (target p95 < 30 ms) · with highlighted passages for the first 20: p95 ${ms(percentile(withIndex.searchWithSnippetTimes, 0.95))}`,
      `  linear scan of the same folded texts: p50 ${ms(linearP50)}, p95 ${ms(linearP95)} · index is ${(linearP50 / searchP50).toFixed(0)}× faster at p50`,
      ...saveLines,
      `  resident memory after opening and searching: ${withIndex.rssMb.toFixed(0)} MB (target < 300 MB)`,
    );
    await rm(library, { recursive: true, force: true });
  }
  console.log(`\nLibrary benchmark (warm file cache)\n${lines.join('\n')}`);
  await mkdir('bench/results', { recursive: true });
  await writeFile('bench/results/library.txt', `${lines.join('\n')}\n`);
  await rm(root, { recursive: true, force: true });
}

void main().catch((error) => {
  console.error(error);
  process.exit(1);
});
