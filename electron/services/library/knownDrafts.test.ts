import { readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Draft } from '../../../shared/model/draft';
import { writeDraft } from './draftFile';
import { KnownDrafts } from './knownDrafts';
import type { LibraryLayout } from './libraryLayout';
import { putDraftFile, temporaryLibrary, testDraft } from './testDrafts';

let layout: LibraryLayout;
const now = (): Date => new Date('2026-12-02T09:30:00Z');
const paragraph = (text: string) => ({ type: 'doc' as const, content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

beforeEach(async () => {
  layout = await temporaryLibrary();
});

const put = (draft: Draft): Promise<void> => putDraftFile(layout, draft.id, JSON.stringify(draft));

describe('what the store knows of the drafts', () => {
  it('reads the drafts on disk, with their summaries, and finds them', async () => {
    const draft = testDraft({ headline: 'قمة دمشق', body: paragraph('وعقد وزراء الخارجية اجتماعهم في أنقرة') });
    await put(draft);
    const known = new KnownDrafts(layout, { now });
    await known.load();
    expect(known.summaries()).toEqual([expect.objectContaining({ id: draft.id, headline: 'قمة دمشق', wordCount: 8 })]);
    expect(known.search('انقره', () => true)).toEqual([{ id: draft.id, isHeadlineMatch: false }]);
  });

  it('reads again only the files that changed, and forgets those gone', async () => {
    const [kept, changed, gone] = [testDraft({ headline: 'باقية' }), testDraft({ headline: 'قبل' }), testDraft({ headline: 'ستحذف' })];
    for (const draft of [kept, changed, gone]) await put(draft);
    const known = new KnownDrafts(layout, { now });
    await known.load();
    await put({ ...changed!, headline: 'بعد', version: 2 });
    await rm(layout.draftFolder(gone!.id), { recursive: true });
    expect((await known.rescan()).sort()).toEqual([changed!.id, gone!.id].sort());
    expect(
      known
        .summaries()
        .map((summary) => summary.headline)
        .sort(),
    ).toEqual(['باقية', 'بعد'].sort());
    expect(await known.refresh(kept!.id)).toBe(false);
  });

  it('lists a damaged file as needing attention, with a copy of its bytes in quarantine at the clock’s time', async () => {
    const id = testDraft().id;
    await putDraftFile(layout, id, '{"schemaVersion": 2, "id": ');
    const problems = vi.fn();
    const known = new KnownDrafts(layout, { now, onProblem: problems });
    await known.load();
    const [damaged] = known.damagedDrafts();
    expect(damaged).toEqual({
      id,
      reason: 'notJson',
      detail: expect.any(String),
      detectedAt: '2026-12-02T09:30:00.000Z',
      quarantinedAs: layout.quarantineFile(id, now()),
    });
    expect(await readFile(damaged!.quarantinedAs, 'utf8')).toBe('{"schemaVersion": 2, "id": ');
    expect(problems).toHaveBeenCalledWith(`draft ${id} needs attention: notJson`);
  });

  it('knows a written draft at once for the list, and counts and indexes it right after', async () => {
    const known = new KnownDrafts(layout, { now });
    await known.load();
    const draft = testDraft({ headline: 'خبر', body: paragraph('كلمات نادرة جدا هنا') });
    await putDraftFile(layout, draft.id, '');
    const { draft: written, stamp } = await writeDraft(layout, draft);
    known.wrote(written, stamp);
    expect(known.summary(draft.id)).toMatchObject({ headline: 'خبر', version: 1 });
    expect(known.isCurrent(draft.id, stamp)).toBe(true);
    await new Promise((resolve) => setImmediate(resolve));
    expect(known.summary(draft.id)?.wordCount).toBe(5);
    expect(known.search('نادرة', () => true)).toHaveLength(1);
  });

  it('persists and reuses the index, and rebuilds it when it is damaged', async () => {
    const draft = testDraft({ headline: 'محفوظ', body: paragraph('كلمة نادرة') });
    // A whole second, which utimes can set again exactly.
    const fileTime = new Date('2026-12-01T08:00:00Z');
    await put(draft);
    await utimes(layout.draftFile(draft.id), fileTime, fileTime);
    const first = new KnownDrafts(layout, { now });
    await first.load();
    await first.persist();
    const problems = vi.fn();
    // The file changes on disk but keeps its size and time: only the persisted index knows the old word.
    await put({ ...draft, body: paragraph('كلمة غريبة') });
    await utimes(layout.draftFile(draft.id), fileTime, fileTime);
    const reopened = new KnownDrafts(layout, { now, onProblem: problems });
    await reopened.load();
    expect(reopened.search('نادرة', () => true)).toHaveLength(1);
    expect(reopened.search('غريبة', () => true)).toHaveLength(0);
    expect(problems).not.toHaveBeenCalled();
    await writeFile(layout.indexPostingsFile, 'damaged');
    const afterDamage = new KnownDrafts(layout, { now, onProblem: problems });
    await afterDamage.load();
    expect(afterDamage.search('غريبة', () => true)).toHaveLength(1);
    expect(problems).toHaveBeenCalledWith('search index discarded, rebuilding', expect.any(Error));
    await afterDamage.dispose();
  });
});
