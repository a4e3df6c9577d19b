import { mkdir, readdir, readFile, rm, utimes } from 'node:fs/promises';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Draft } from '../../../shared/model/draft';
import { writeDraft } from './draftFile';
import { DraftTrash, draftIdOfTrashName } from './draftTrash';
import type { LibraryLayout } from './libraryLayout';
import { temporaryLibrary, testDraft } from './testDrafts';

let layout: LibraryLayout;
let clock: number;
let trash: DraftTrash;

beforeEach(async () => {
  layout = await temporaryLibrary();
  clock = Date.parse('2026-12-01T10:00:00Z');
  trash = new DraftTrash(layout, () => new Date(clock));
});

async function putDraft(draft: Draft): Promise<void> {
  await mkdir(layout.draftFolder(draft.id), { recursive: true });
  await writeDraft(layout, draft);
}

describe('the trash', () => {
  it('moves the whole folder, marked with the time, and lists it', async () => {
    const draft = testDraft({ headline: 'للحذف' });
    await putDraft(draft);
    await trash.trash(draft.id);
    expect(await readdir(layout.draftsFolder)).toEqual([]);
    expect(JSON.parse(await readFile(layout.trashedMarkerFile(draft.id), 'utf8'))).toEqual({ trashedAt: '2026-12-01T10:00:00.000Z' });
    expect(await trash.list()).toEqual([
      { summary: expect.objectContaining({ id: draft.id, headline: 'للحذف' }), trashName: draft.id, trashedAt: '2026-12-01T10:00:00.000Z' },
    ]);
  });

  it('gives a draft trashed again while an earlier copy is there a name of its own, and lists, restores and purges each copy', async () => {
    const first = testDraft({ headline: 'الأولى' });
    await putDraft(first);
    expect(await trash.trash(first.id)).toBe(first.id);
    clock += 60_000;
    await putDraft({ ...first, headline: 'الثانية', version: 2 });
    const later = `${first.id}-${clock}`;
    expect(await trash.trash(first.id)).toBe(later);
    expect((await readdir(layout.trashFolder)).sort()).toEqual([first.id, later].sort());
    expect((await trash.list()).map(({ summary, trashName }) => [summary.headline, trashName])).toEqual([
      ['الثانية', later],
      ['الأولى', first.id],
    ]);
    expect(draftIdOfTrashName(later)).toBe(first.id);
    expect(await trash.newestCopy(first.id)).toBe(later);

    expect(await trash.restore(first.id)).toBe(first.id);
    expect(await readFile(layout.draftFile(first.id), 'utf8')).toContain('الأولى');
    await expect(trash.restore(later)).rejects.toMatchObject({ apiError: { code: 'draft.conflict' } });
    const [choice] = await trash.choose({ trashName: later });
    expect(await trash.remove(choice!)).toBe(true);
    expect(await trash.list()).toEqual([]);
  });

  it('purges by draft, every copy, and by age, copies without their marker too', async () => {
    const [a, b] = [testDraft(), testDraft()];
    for (const draft of [a, b]) await putDraft(draft);
    await trash.trash(a!.id);
    await putDraft(a!);
    clock += 1;
    await trash.trash(a!.id);
    await trash.trash(b!.id);
    expect((await trash.choose({ draftId: a!.id })).map((choice) => draftIdOfTrashName(choice.trashName))).toEqual([a!.id, a!.id]);
    // A copy whose move was cut before its marker counts from the folder's own time.
    await rm(layout.trashedMarkerFile(b!.id));
    await utimes(layout.trashedFolder(b!.id), new Date('2026-01-01T00:00:00Z'), new Date('2026-01-01T00:00:00Z'));
    const old = await trash.choose({ olderThan: new Date('2026-06-01T00:00:00Z') });
    expect(old.map((choice) => choice.trashName)).toEqual([b!.id]);
    for (const choice of old) await trash.remove(choice);
    expect((await readdir(layout.trashFolder)).some((name) => name.startsWith(b!.id))).toBe(false);
  });

  it('deletes only the copy chosen: not another one put in its place since', async () => {
    const draft = testDraft({ headline: 'الأولى' });
    await putDraft(draft);
    await trash.trash(draft.id);
    const [chosen] = await trash.choose({ trashName: draft.id });
    // Meanwhile another window restores it and trashes it again: a different copy under the same name.
    await trash.restore(draft.id);
    clock += 1_000;
    await trash.trash(draft.id);
    expect(await trash.remove(chosen!)).toBe(false);
    expect((await trash.list()).map((entry) => entry.summary.headline)).toEqual(['الأولى']);
  });

  it('says draft.notFound for a copy that is not in the trash', async () => {
    await expect(trash.restore(testDraft().id)).rejects.toMatchObject({ apiError: { code: 'draft.notFound' } });
  });
});
