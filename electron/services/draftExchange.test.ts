import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DraftExchange } from './draftExchange';
import { DraftWorkflow } from './draftWorkflow';
import { DraftStore } from './library/draftStore';

let store: DraftStore;
let clock: number;
let workflow: DraftWorkflow;
let exchange: DraftExchange;
const stores: DraftStore[] = [];

async function library(): Promise<DraftStore> {
  const opened = new DraftStore(await mkdtemp(join(tmpdir(), 'midad-exchange-')), { isWatching: false, now: () => new Date(clock) });
  stores.push(opened);
  return opened;
}

beforeEach(async () => {
  clock = Date.parse('2026-11-29T09:00:00Z');
  store = await library();
  workflow = new DraftWorkflow(
    store,
    () => ({ author: 'ريم', role: 'writer' }),
    () => new Date((clock += 1000)),
  );
  exchange = new DraftExchange(store, () => new Date(clock));
});
afterEach(async () => {
  for (const opened of stores.splice(0)) await opened.dispose();
});

describe('DraftExchange', () => {
  it('exports a draft with its history; importing it keeps every revision, twice duplicates none', async () => {
    const draft = await store.create({ headline: 'للتسليم' });
    await workflow.transition(draft.id, 'submitted', '');
    await workflow.createRevision(draft.id, 'يدوياً');
    const { text, fileName } = await exchange.exportWithHistory(draft.id);
    expect(fileName).toMatch(/\.midad\.json$/);

    const other = await library();
    const otherExchange = new DraftExchange(other);
    expect(await otherExchange.importWithHistory(text)).toEqual({ id: draft.id, addedRevisions: 2, isConflict: false, isNew: true });
    expect(await otherExchange.importWithHistory(text)).toEqual({ id: draft.id, addedRevisions: 0, isConflict: false, isNew: false });
    expect((await other.revisions.list(draft.id)).map((revision) => revision.id)).toEqual(
      (await store.revisions.list(draft.id)).map((revision) => revision.id),
    );
    expect((await other.get(draft.id)).headline).toBe('للتسليم');
  });

  it('keeps a disagreeing imported working copy as a conflict copy', async () => {
    const draft = await store.create({ headline: 'نسخة أ' });
    const { text } = await exchange.exportWithHistory(draft.id);
    await store.save({ id: draft.id, baseVersion: 1, content: { ...draft, headline: 'نسخة ب' } });
    expect(await exchange.importWithHistory(text)).toMatchObject({ isConflict: true, isNew: false });
    expect((await store.get(draft.id)).headline).toBe('نسخة ب');
    expect((await store.conflicts(draft.id))[0]!.content.headline).toBe('نسخة أ');
  });

  it('refuses a file that is not an export', async () => {
    await expect(exchange.importWithHistory('{"format": "something else"}')).rejects.toMatchObject({
      apiError: { code: 'import.invalidFile' },
    });
    await expect(exchange.importWithHistory('not json')).rejects.toMatchObject({ apiError: { code: 'import.invalidFile' } });
  });
});
