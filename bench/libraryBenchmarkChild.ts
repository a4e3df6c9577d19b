/**
 * The library benchmark's measuring process: opens a library cold (a fresh process), lists it,
 * runs the fixed queries, and prints what it measured as one JSON line.
 */
import { DraftStore } from '../electron/services/library/draftStore';

const [library, queriesJson] = process.argv.slice(2) as [string, string];
const queries = JSON.parse(queriesJson) as string[];

async function main(): Promise<void> {
  const started = performance.now();
  const store = new DraftStore(library, { isWatching: false });
  const drafts = await store.list();
  const openMs = performance.now() - started;

  const pageTimes: number[] = [];
  for (let round = 0; round < 30; round++) {
    const begin = performance.now();
    (await store.list()).slice(0, 50);
    pageTimes.push(performance.now() - begin);
  }
  const searchTimes: number[] = [];
  const searchWithSnippetTimes: number[] = [];
  const totals: number[] = [];
  for (let round = 0; round < 5; round++) {
    for (const query of queries) {
      let begin = performance.now();
      const { total } = await store.search(query, {}, { limit: 50, snippetCount: 0 });
      searchTimes.push(performance.now() - begin);
      if (round === 0) totals.push(total);
      begin = performance.now();
      await store.search(query, {}, { limit: 50, snippetCount: 20 });
      searchWithSnippetTimes.push(performance.now() - begin);
    }
  }
  // Let the index be written if this open rebuilt it, as a real session would, before measuring memory.
  await store.dispose();
  global.gc?.();
  process.stdout.write(
    `${JSON.stringify({ drafts: drafts.length, openMs, pageTimes, searchTimes, searchWithSnippetTimes, totals, rssMb: process.memoryUsage().rss / 1e6 })}\n`,
  );
}

void main();
