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

  it('keeps an earlier trashed copy of the same draft as <id>-<ms>, and lists, restores and purges each copy', async () => {
    const first = testDraft({ headline: 'الأولى' });
    await putDraft(first);
    await trash.trash(first.id);
    clock += 60_000;
    await putDraft({ ...first, headline: 'الثانية', version: 2 });
    await trash.trash(first.id);
    const earlier = `${first.id}-${clock}`;
    expect((await readdir(layout.trashFolder)).sort()).toEqual([first.id, earlier].sort());
    expect((await trash.list()).map(({ summary, trashName }) => [summary.headline, trashName])).toEqual([
      ['الثانية', first.id],
      ['الأولى', earlier],
    ]);
    expect(draftIdOfTrashName(earlier)).toBe(first.id);

    expect(await trash.restore(earlier)).toBe(first.id);
    expect(await readFile(layout.draftFile(first.id), 'utf8')).toContain('الأولى');
    await expect(trash.restore(first.id)).rejects.toMatchObject({ apiError: { code: 'draft.conflict' } });
    expect(await trash.purge({ trashName: first.id })).toEqual([first.id]);
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
    expect(await trash.purge({ draftId: a!.id })).toEqual([a!.id, a!.id]);
    // A copy whose move was cut before its marker counts from the folder's own time.
    await rm(layout.trashedMarkerFile(b!.id));
    await utimes(layout.trashedFolder(b!.id), new Date('2026-01-01T00:00:00Z'), new Date('2026-01-01T00:00:00Z'));
    expect(await trash.purge({ olderThan: new Date('2026-06-01T00:00:00Z') })).toEqual([b!.id]);
    expect(await readdir(layout.trashFolder)).toEqual([]);
  });

  it('says draft.notFound for a copy that is not in the trash', async () => {
    await expect(trash.restore(testDraft().id)).rejects.toMatchObject({ apiError: { code: 'draft.notFound' } });
  });
});
