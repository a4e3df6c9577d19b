import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyArticleContent, type ArticleContent } from '../../shared/model/article';
import type { RichTextDocument } from '../../shared/model/richTextDocument';
import { DraftStore } from './draftStore';

const paragraphs = (...texts: string[]): RichTextDocument => ({
  type: 'doc',
  content: texts.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
});

const content = (headline: string, body: RichTextDocument = paragraphs('')): ArticleContent => ({ ...emptyArticleContent(), headline, body });

let library: string;
let store: DraftStore;
beforeEach(async () => {
  library = await mkdtemp(join(tmpdir(), 'midad-store-'));
  store = new DraftStore(library);
});

describe('DraftStore', () => {
  it('creates a draft as a plain JSON file in its own folder', async () => {
    const draft = await store.create({ headline: 'عنوان' });
    const onDisk = JSON.parse(await readFile(join(library, 'drafts', draft.id, 'draft.json'), 'utf8'));
    expect(onDisk).toMatchObject({ schemaVersion: 2, id: draft.id, version: 1, headline: 'عنوان', slug: 'عنوان', status: 'draft' });
  });

  it('saves over the version it was based on, and every word comes back', async () => {
    const draft = await store.create();
    const body = paragraphs('أعلنت روسيا، اليوم الثلاثاء، أنها وجهت دعوة رسمية.', 'English words too.');
    const saved = await store.save({ id: draft.id, baseVersion: 1, content: content('لافروف: وجهنا دعوة', body) });
    expect(saved.version).toBe(2);
    const reopened = await new DraftStore(library).get(draft.id);
    expect(reopened).toMatchObject({ headline: 'لافروف: وجهنا دعوة', body, version: 2 });
  });

  it('refuses a save based on an old version and overwrites nothing', async () => {
    const draft = await store.create();
    await store.save({ id: draft.id, baseVersion: 1, content: content('first writer', paragraphs('one')) });
    await expect(store.save({ id: draft.id, baseVersion: 1, content: content('second writer', paragraphs('two')) })).rejects.toMatchObject({
      apiError: { code: 'draft.conflict' },
    });
    expect(await store.get(draft.id)).toMatchObject({ headline: 'first writer', version: 2 });
  });

  it('lets only one of two racing saves on the same base win', async () => {
    const draft = await store.create();
    const results = await Promise.allSettled([
      store.save({ id: draft.id, baseVersion: 1, content: content('a', paragraphs('a')) }),
      store.save({ id: draft.id, baseVersion: 1, content: content('b', paragraphs('b')) }),
    ]);
    expect(results.map((result) => result.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect((await store.get(draft.id)).version).toBe(2);
  });

  it('lists drafts newest first with summaries, skipping damaged and foreign folders', async () => {
    let clock = Date.parse('2026-01-01T00:00:00Z');
    store = new DraftStore(library, { now: () => new Date((clock += 1000)) });
    const older = await store.create({ headline: 'الأقدم' });
    const newer = await store.create({ headline: 'الأحدث' });
    await store.save({ id: older.id, baseVersion: 1, content: content('الأقدم', paragraphs('كلمة واحدة ثم ثلاث')) });
    await mkdir(join(library, 'drafts', 'not-a-draft'));
    const damagedId = '00000000-0000-4000-8000-000000000000';
    await mkdir(join(library, 'drafts', damagedId));
    await writeFile(join(library, 'drafts', damagedId, 'draft.json'), '{"schemaVersion": 1, "id": ');
    const list = await store.list();
    expect(list.map((summary) => summary.headline)).toEqual(['الأقدم', 'الأحدث']);
    expect(list[0]).toMatchObject({ id: older.id, wordCount: 5, excerpt: 'كلمة واحدة ثم ثلاث' });
    expect(list[1]!.id).toBe(newer.id);
    await expect(store.get(damagedId)).rejects.toMatchObject({ apiError: { code: 'draft.invalid' } });
  });

  it('opens a draft written by the first version of the app, migrated to the article', async () => {
    const id = '11111111-1111-4111-8111-111111111111';
    await mkdir(join(library, 'drafts', id), { recursive: true });
    const version1 = { schemaVersion: 1, id, version: 3, headline: 'قديم', body: paragraphs('نص قديم'), createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-02T00:00:00.000Z' };
    await writeFile(join(library, 'drafts', id, 'draft.json'), JSON.stringify(version1));
    expect(await store.get(id)).toMatchObject({ schemaVersion: 2, headline: 'قديم', body: paragraphs('نص قديم'), version: 3, section: '', tags: [], status: 'draft' });
    await store.save({ id, baseVersion: 3, content: { ...(await store.get(id)), section: 'أخبار سوريا' } as ArticleContent });
    expect(JSON.parse(await readFile(join(library, 'drafts', id, 'draft.json'), 'utf8'))).toMatchObject({ schemaVersion: 2, section: 'أخبار سوريا', version: 4 });
  });

  it('refuses a draft from a newer version of the app rather than guessing', async () => {
    const id = '22222222-2222-4222-8222-222222222222';
    await mkdir(join(library, 'drafts', id), { recursive: true });
    await writeFile(join(library, 'drafts', id, 'draft.json'), JSON.stringify({ schemaVersion: 99, id }));
    await expect(store.get(id)).rejects.toMatchObject({ apiError: { code: 'draft.invalid' } });
  });

  it('reports a missing draft as draft.notFound', async () => {
    await expect(store.get('00000000-0000-4000-8000-000000000001')).rejects.toMatchObject({ apiError: { code: 'draft.notFound' } });
  });

  it('never writes a document that fails its own schema', async () => {
    const draft = await store.create({ headline: 'valid' });
    const broken = { type: 'doc', content: [{ type: '' }] } as unknown as RichTextDocument;
    await expect(store.save({ id: draft.id, baseVersion: 1, content: content('x', broken) })).rejects.toThrow();
    expect(await store.get(draft.id)).toMatchObject({ headline: 'valid', version: 1 });
  });

  it('tells listeners which drafts changed', async () => {
    const listener = vi.fn();
    store.onChange(listener);
    const draft = await store.create();
    await store.save({ id: draft.id, baseVersion: 1, content: content('h', paragraphs('p')) });
    expect(listener).toHaveBeenNthCalledWith(1, [draft.id]);
    expect(listener).toHaveBeenNthCalledWith(2, [draft.id]);
  });
});
