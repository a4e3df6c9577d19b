import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
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

describe('the library: list, search and index', () => {
  it('filters by status, section, author, tag and date, newest first', async () => {
    let clock = Date.parse('2026-03-01T00:00:00Z');
    store = openStore({ now: () => new Date(clock) });
    await store.open();
    for (const [day, draft] of [
      [2, { headline: 'أ', section: 'اقتصاد', byline: 'ريم', tags: ['ليرة'] }],
      [3, { headline: 'ب', section: 'أخبار سوريا', byline: 'سامر', tags: ['دمشق'] }],
      [4, { headline: 'ج', section: 'اقتصاد', byline: 'سامر', tags: ['ليرة', 'ذهب'] }],
    ] as const) {
      clock = Date.parse(`2026-03-0${day}T10:00:00Z`);
      await store.create({ ...draft, tags: [...draft.tags] });
    }
    const headlines = async (filter: Parameters<DraftStore['list']>[0]) => (await store.list(filter)).map((summary) => summary.headline);
    expect(await headlines({})).toEqual(['ج', 'ب', 'أ']);
    expect(await headlines({ section: 'اقتصاد' })).toEqual(['ج', 'أ']);
    expect(await headlines({ author: 'سامر', tag: 'ليرة' })).toEqual(['ج']);
    expect(await headlines({ statuses: ['published'] })).toEqual([]);
    expect(await headlines({ updatedFrom: '2026-03-03', updatedTo: '2026-03-03' })).toEqual(['ب']);
  });

  it('finds "الاسد" in a draft that says "الأسد", ranks headline matches first and shows the passage', async () => {
    const inBody = await store.create({
      headline: 'تطورات الملف السوري',
      body: paragraphs('وعقب سقوط نظام الأسد في الثامن من كانون الأول، شرعت روسيا بالتفاوض.'),
    });
    const inHeadline = await store.create({ headline: 'ما بعد الأسد', body: paragraphs('نص آخر') });
    await new Promise((resolve) => setImmediate(resolve));
    const { results, total } = await store.search('الاسد');
    expect(total).toBe(2);
    expect(results.map((result) => result.summary.id)).toEqual([inHeadline.id, inBody.id]);
    expect(results[0]!.isHeadlineMatch).toBe(true);
    expect(results[1]!.snippet).toMatchObject({ match: 'الأسد' });
    expect(results[1]!.snippet!.before).toContain('سقوط نظام');
  });

  it('matches prefixes while typing, words without the article, and Arabic-Indic digits', async () => {
    const draft = await store.create({ headline: 'خبر', body: paragraphs('التقى الوزيران يومي ٢٣ و٢٤ شباط في أنقرة والحكومة السورية') });
    await new Promise((resolve) => setImmediate(resolve));
    for (const query of ['انق', 'حكومة', 'الحكومه', '23', 'شباط ٢٤', 'أنقرة']) {
      expect(
        (await store.search(query)).results.map((result) => result.summary.id),
        query,
      ).toEqual([draft.id]);
    }
    expect((await store.search('دمشق')).total).toBe(0);
  });

  it('keeps the index current on every save', async () => {
    const draft = await store.create({ headline: 'خبر', body: paragraphs('قديم') });
    await store.save({ id: draft.id, baseVersion: 1, content: articleWith('خبر', paragraphs('جديد تماما')) });
    await new Promise((resolve) => setImmediate(resolve));
    expect((await store.search('تماما')).total).toBe(1);
    expect((await store.search('قديم')).total).toBe(0);
  });

  it('persists the index, reuses it, and rebuilds it when it is damaged', async () => {
    const draft = await store.create({ headline: 'محفوظ', body: paragraphs('كلمة نادرة جدا') });
    await new Promise((resolve) => setImmediate(resolve));
    await store.persistIndex();
    const problems = vi.fn();
    const reopened = openStore({ onProblem: problems });
    expect((await reopened.search('نادرة')).results.map((result) => result.summary.id)).toEqual([draft.id]);
    expect(problems).not.toHaveBeenCalled();
    await reopened.dispose();

    const postings = join(library, 'index', 'library-index.postings');
    const bytes = await readFile(postings);
    bytes[0] = bytes[0]! ^ 0xff;
    await writeFile(postings, bytes);
    const afterDamage = openStore({ onProblem: problems });
    expect((await afterDamage.search('نادرة')).results.map((result) => result.summary.id)).toEqual([draft.id]);
    expect(problems).toHaveBeenCalledWith('search index discarded, rebuilding', expect.any(Error));
  });

  it('brings a stale index up to date with drafts changed while it was closed', async () => {
    const draft = await store.create({ headline: 'قبل', body: paragraphs('قبل') });
    await new Promise((resolve) => setImmediate(resolve));
    await store.persistIndex();
    const file = join(library, 'drafts', draft.id, 'draft.json');
    const onDisk = JSON.parse(await readFile(file, 'utf8'));
    await writeFile(file, JSON.stringify({ ...onDisk, headline: 'بعد', version: 2, body: paragraphs('تغيّر من خارج التطبيق') }));
    const reopened = openStore();
    expect((await reopened.list()).map((summary) => summary.headline)).toEqual(['بعد']);
    expect((await reopened.search('خارج')).total).toBe(1);
  });

  it('sees changes another process makes, through file watching', async () => {
    const watching = openStore({ isWatching: true });
    await watching.open();
    const changed = vi.fn();
    watching.onChange(changed);
    const other = openStore();
    const draft = await other.create({ headline: 'من نسخة أخرى' });
    await vi.waitFor(() => expect(changed).toHaveBeenCalledWith(expect.arrayContaining([draft.id])), { timeout: 2000 });
    expect((await watching.list()).map((summary) => summary.headline)).toEqual(['من نسخة أخرى']);
  });
});
