import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyArticleContent, type ArticleContent } from '../../../shared/model/article';
import type { RichTextDocument } from '../../../shared/model/richTextDocument';
import type { DraftStore, DraftStoreOptions } from './draftStore';
import { articleWith, libraryStores, paragraphs } from './testDrafts';

const stores = libraryStores();
const openStore = (options: DraftStoreOptions = {}): DraftStore => stores.open(options);
let library: string;
let store: DraftStore;

beforeEach(async () => {
  await stores.fresh();
  library = stores.folder;
  store = openStore();
});
afterEach(() => stores.disposeAll());

describe('DraftStore: files', () => {
  it('creates a draft as a plain JSON file in its own folder', async () => {
    const draft = await store.create({ headline: 'عنوان' });
    const onDisk = JSON.parse(await readFile(join(library, 'drafts', draft.id, 'draft.json'), 'utf8'));
    expect(onDisk).toMatchObject({ schemaVersion: 2, id: draft.id, version: 1, headline: 'عنوان', slug: 'عنوان', status: 'draft' });
  });

  it('saves over the version it was based on, and every word comes back', async () => {
    const draft = await store.create();
    const body = paragraphs('أعلنت روسيا، اليوم الثلاثاء، أنها وجهت دعوة رسمية.', 'English words too.');
    const saved = await store.save({ id: draft.id, baseVersion: 1, content: articleWith('لافروف: وجهنا دعوة', body) });
    expect(saved.version).toBe(2);
    expect(await openStore().get(draft.id)).toMatchObject({ headline: 'لافروف: وجهنا دعوة', body, version: 2 });
  });

  it('never writes a document that fails its own schema', async () => {
    const draft = await store.create({ headline: 'valid' });
    const broken = { type: 'doc', content: [{ type: '' }] } as unknown as RichTextDocument;
    await expect(store.save({ id: draft.id, baseVersion: 1, content: articleWith('x', broken) })).rejects.toThrow();
    expect(await store.get(draft.id)).toMatchObject({ headline: 'valid', version: 1 });
  });

  it('opens a draft written by the first version of the app, migrated to the article', async () => {
    const id = '11111111-1111-4111-8111-111111111111';
    await mkdir(join(library, 'drafts', id), { recursive: true });
    const version1 = {
      schemaVersion: 1,
      id,
      version: 3,
      headline: 'قديم',
      body: paragraphs('نص قديم'),
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-02T00:00:00.000Z',
    };
    await writeFile(join(library, 'drafts', id, 'draft.json'), JSON.stringify(version1));
    expect(await store.get(id)).toMatchObject({ schemaVersion: 2, headline: 'قديم', version: 3, section: '', tags: [], status: 'draft' });
    await store.save({ id, baseVersion: 3, content: { ...(await store.get(id)), section: 'أخبار سوريا' } as ArticleContent });
    expect(JSON.parse(await readFile(join(library, 'drafts', id, 'draft.json'), 'utf8'))).toMatchObject({
      schemaVersion: 2,
      section: 'أخبار سوريا',
      version: 4,
    });
  });

  it('reports a missing draft as draft.notFound', async () => {
    await expect(store.get('00000000-0000-4000-8000-000000000001')).rejects.toMatchObject({ apiError: { code: 'draft.notFound' } });
  });
});

describe('DraftStore: no lost update', () => {
  it('refuses a save based on an old version, overwrites nothing, and keeps the refused text as a conflict copy', async () => {
    const draft = await store.create();
    await store.save({ id: draft.id, baseVersion: 1, content: articleWith('first writer', paragraphs('one')) });
    await expect(
      store.save({ id: draft.id, baseVersion: 1, content: articleWith('second writer', paragraphs('two')) }),
    ).rejects.toMatchObject({
      apiError: { code: 'draft.conflict' },
    });
    expect(await store.get(draft.id)).toMatchObject({ headline: 'first writer', version: 2 });
    const [copy] = await store.conflicts(draft.id);
    expect(copy).toMatchObject({ baseVersion: 1, foundVersion: 2, content: { headline: 'second writer' } });
  });

  it("names the conflict copy in the refused save's error, as a field of its own", async () => {
    const draft = await store.create();
    await store.save({ id: draft.id, baseVersion: 1, content: articleWith('first writer') });
    const refused = await store
      .save({ id: draft.id, baseVersion: 1, content: articleWith('second writer') })
      .catch((error: unknown) => error);
    const [copy] = await store.conflicts(draft.id);
    expect(refused).toMatchObject({ apiError: { code: 'draft.conflict', conflictId: copy!.conflictId } });
    expect((refused as { apiError: { detail?: string } }).apiError.detail ?? '').not.toContain(copy!.conflictId);
  });

  it('lets only one of two writers in two processes win the same base version', async () => {
    const draft = await store.create();
    const other = openStore();
    const results = await Promise.allSettled([
      store.save({ id: draft.id, baseVersion: 1, content: articleWith('a', paragraphs('a')) }),
      other.save({ id: draft.id, baseVersion: 1, content: articleWith('b', paragraphs('b')) }),
    ]);
    expect(results.map((result) => result.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect((await store.get(draft.id)).version).toBe(2);
    expect(await store.conflicts(draft.id)).toHaveLength(1);
  });

  it('resolves a conflict by keeping mine, theirs, or both', async () => {
    const draft = await store.create();
    await store.save({ id: draft.id, baseVersion: 1, content: articleWith('theirs') });
    for (const attempt of ['mine 1', 'mine 2', 'mine 3'])
      await store.save({ id: draft.id, baseVersion: 1, content: articleWith(attempt) }).catch(() => undefined);
    const [first, second, third] = await store.conflicts(draft.id);
    await store.resolveConflict(draft.id, first!.conflictId, 'keepTheirs');
    expect((await store.get(draft.id)).headline).toBe('theirs');
    const { keptAsId } = await store.resolveConflict(draft.id, second!.conflictId, 'keepBoth', '(نسخة)');
    expect((await store.get(keptAsId!)).headline).toBe('mine 2 (نسخة)');
    await store.resolveConflict(draft.id, third!.conflictId, 'keepMine');
    expect(await store.get(draft.id)).toMatchObject({ headline: 'mine 3', version: 3 });
    expect(await store.conflicts(draft.id)).toEqual([]);
  });

  it('shows a second instance who is editing a draft, and lets a lock its holder stopped renewing expire', async () => {
    let clock = Date.parse('2026-12-02T09:00:00Z');
    const now = (): Date => new Date(clock);
    const draft = await store.create();
    const mine = openStore({ userName: () => 'ريم', machineName: 'desk-1', now });
    const theirs = openStore({ userName: () => 'سامر', machineName: 'desk-2', now });
    expect(await mine.editLock.acquire(draft.id)).toEqual({ isHeld: true });
    clock += 89_000;
    expect(await theirs.editLock.acquire(draft.id)).toMatchObject({ isHeld: false, heldBy: { name: 'ريم', machine: 'desk-1' } });
    clock += 2_000;
    expect(await theirs.editLock.acquire(draft.id)).toEqual({ isHeld: true });
    await theirs.editLock.release(draft.id);
    expect(await mine.editLock.acquire(draft.id)).toEqual({ isHeld: true });
  });
});

describe('DraftStore: damage is contained', () => {
  it('lists a corrupt draft as needing attention, keeps its bytes, and loads every other draft', async () => {
    const good = await store.create({ headline: 'سليمة' });
    const damagedId = '00000000-0000-4000-8000-000000000000';
    await mkdir(join(library, 'drafts', damagedId));
    const garbage = '{"schemaVersion": 2, "id": ';
    await writeFile(join(library, 'drafts', damagedId, 'draft.json'), garbage);
    await mkdir(join(library, 'drafts', 'not-a-draft'));
    const fresh = openStore();
    expect((await fresh.list()).map((summary) => summary.id)).toEqual([good.id]);
    const [damaged] = await fresh.needsAttention();
    expect(damaged).toMatchObject({ id: damagedId, reason: 'notJson' });
    expect(await readFile(damaged!.quarantinedAs, 'utf8')).toBe(garbage);
    expect(await readFile(join(library, 'drafts', damagedId, 'draft.json'), 'utf8')).toBe(garbage);
    await expect(fresh.get(damagedId)).rejects.toMatchObject({ apiError: { code: 'draft.invalid' } });
  });

  it('contains a hostile, deeply nested draft file: it needs attention, the library goes on', async () => {
    const id = '00000000-0000-4000-8000-00000000000c';
    const depth = 20_000;
    const body = `{"type":"doc","content":[${'{"type":"quote","content":['.repeat(depth)}{"type":"text","text":"x"}${']}'.repeat(depth)}]}`;
    const rest = JSON.stringify({
      ...emptyArticleContent(),
      schemaVersion: 2,
      id,
      version: 1,
      status: 'draft',
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
      body: null,
    });
    await mkdir(join(library, 'drafts', id), { recursive: true });
    await writeFile(join(library, 'drafts', id, 'draft.json'), rest.replace('"body":null', `"body":${body}`));
    const good = await store.create({ headline: 'سليمة' });
    expect((await store.list()).map((summary) => summary.id)).toEqual([good.id]);
    const [damaged] = await store.needsAttention();
    expect(damaged?.id).toBe(id);
    expect(['invalid', 'notJson']).toContain(damaged?.reason);
  });

  it('reports an invalid document and a document from a newer app, each with its reason', async () => {
    for (const [id, document] of [
      ['00000000-0000-4000-8000-00000000000a', { schemaVersion: 2, id: '00000000-0000-4000-8000-00000000000a', headline: 42 }],
      ['00000000-0000-4000-8000-00000000000b', { schemaVersion: 9, id: '00000000-0000-4000-8000-00000000000b' }],
    ] as const) {
      await mkdir(join(library, 'drafts', id), { recursive: true });
      await writeFile(join(library, 'drafts', id, 'draft.json'), JSON.stringify(document));
    }
    expect((await store.needsAttention()).map((draft) => draft.reason).sort()).toEqual(['invalid', 'newerVersion']);
  });
});

describe('DraftStore: trash', () => {
  it('moves a draft to the trash, restores it, and purges it on request', async () => {
    const draft = await store.create({ headline: 'للحذف' });
    await store.trash(draft.id);
    expect(await store.list()).toEqual([]);
    expect((await store.trashList()).map((entry) => entry.summary.headline)).toEqual(['للحذف']);
    await store.restore(draft.id);
    expect((await store.list()).map((summary) => summary.id)).toEqual([draft.id]);
    await store.trash(draft.id);
    expect(await store.purge({ id: draft.id })).toBe(1);
    expect(await store.trashList()).toEqual([]);
    expect(await readdir(join(library, 'trash'))).toEqual([]);
  });

  it('purges drafts trashed longer ago than the retention when the library opens', async () => {
    let clock = Date.parse('2026-01-01T00:00:00Z');
    const early = openStore({ now: () => new Date(clock) });
    const draft = await early.create({ headline: 'قديمة' });
    await early.trash(draft.id);
    clock += 31 * 86_400_000;
    const later = openStore({ now: () => new Date(clock), trashRetentionDays: 30 });
    await later.open();
    expect(await later.trashList()).toEqual([]);
  });

  it('lists and purges every trashed copy of a draft trashed twice', async () => {
    let clock = Date.parse('2026-01-01T00:00:00Z');
    const dated = openStore({ now: () => new Date(clock) });
    const draft = await dated.create({ headline: 'مرتين' });
    await dated.trash(draft.id);
    // The same draft comes back (an import of its export) and is trashed again.
    await dated.adopt({ ...draft, headline: 'مرتين، النسخة الثانية', version: 2 });
    clock += 86_400_000;
    await dated.trash(draft.id);
    const listed = await dated.trashList();
    expect(listed.map((entry) => entry.summary.headline)).toEqual(['مرتين، النسخة الثانية', 'مرتين']);
    expect(await readdir(join(library, 'trash'))).toHaveLength(2);
    clock += 40 * 86_400_000;
    const later = openStore({ now: () => new Date(clock), trashRetentionDays: 30 });
    await later.open();
    expect(await later.trashList()).toEqual([]);
    expect(await readdir(join(library, 'trash'))).toEqual([]);
  });

  it('duplicates a draft as a new one', async () => {
    const draft = await store.create({ headline: 'الأصل', tags: ['سوريا'] });
    const copy = await store.duplicate(draft.id, '(نسخة)');
    expect(copy).toMatchObject({ headline: 'الأصل (نسخة)', tags: ['سوريا'], version: 1 });
    expect(copy.id).not.toBe(draft.id);
  });
});
