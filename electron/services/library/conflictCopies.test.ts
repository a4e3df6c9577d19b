import { readdir, writeFile } from 'node:fs/promises';
import { beforeEach, describe, expect, it } from 'vitest';
import { emptyArticleContent } from '../../../shared/model/article';
import { ConflictCopies } from './conflictCopies';
import type { LibraryLayout } from './libraryLayout';
import { temporaryLibrary, testDraft } from './testDrafts';

let layout: LibraryLayout;
let copies: ConflictCopies;
let clock: number;
const draftId = testDraft().id;
const content = (headline: string) => ({ ...emptyArticleContent(), headline });

beforeEach(async () => {
  layout = await temporaryLibrary();
  clock = Date.parse('2026-12-02T09:00:00Z');
  copies = new ConflictCopies(layout, { now: () => new Date(clock), userName: () => 'ريم', machineName: 'desk-1' });
});

describe('conflict copies', () => {
  it('keeps a refused save with who, where, when and which versions, and lists copies oldest first', async () => {
    const first = await copies.keep(draftId, content('الأولى'), 3, 5);
    clock += 1_000;
    const second = await copies.keep(draftId, content('الثانية'), 4, 5);
    expect(first).toMatch(/^2026-12-02T09-00-00-000Z-[0-9a-f]{8}$/);
    expect(await copies.list(draftId)).toEqual([
      {
        conflictId: first,
        baseVersion: 3,
        foundVersion: 5,
        savedBy: 'ريم',
        machine: 'desk-1',
        savedAt: '2026-12-02T09:00:00.000Z',
        content: content('الأولى'),
      },
      expect.objectContaining({ conflictId: second, content: content('الثانية') }),
    ]);
    expect((await copies.find(draftId, second))?.content.headline).toBe('الثانية');
  });

  it('does not let a damaged copy hide the others, and leaves it for a person to look at', async () => {
    const kept = await copies.keep(draftId, content('سليمة'), 1, 2);
    await writeFile(layout.conflictFile(draftId, '0000-damaged'), '{"conflictId": ');
    expect((await copies.list(draftId)).map((copy) => copy.conflictId)).toEqual([kept]);
    expect(await readdir(layout.conflictsFolder(draftId))).toHaveLength(2);
  });

  it('removes a settled copy, and has none for a draft without conflicts', async () => {
    const kept = await copies.keep(draftId, content('x'), 1, 2);
    await copies.remove(draftId, kept);
    expect(await copies.list(draftId)).toEqual([]);
    expect(await copies.list(testDraft().id)).toEqual([]);
  });
});
