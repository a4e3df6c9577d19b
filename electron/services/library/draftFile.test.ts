import { mkdir, rm } from 'node:fs/promises';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Draft } from '../../../shared/model/draft';
import type { RichTextDocument } from '../../../shared/model/richTextDocument';
import { parseDraft, readDraft, writeDraft } from './draftFile';
import type { LibraryLayout } from './libraryLayout';
import { putDraftFile, temporaryLibrary, testDraft } from './testDrafts';

let layout: LibraryLayout;
beforeEach(async () => {
  layout = await temporaryLibrary();
});

/** As the store writes a new draft: its folder first. */
async function writeNew(draft: Draft) {
  await mkdir(layout.draftFolder(draft.id), { recursive: true });
  return writeDraft(layout, draft);
}

describe('parseDraft', () => {
  const draft = testDraft({ headline: 'عنوان' });
  it.each([
    ['not JSON', '{"schemaVersion": 2, "id": ', 'notJson'],
    ['not a draft', JSON.stringify({ ...draft, headline: 42 }), 'invalid'],
    ['from a newer app', JSON.stringify({ ...draft, schemaVersion: 99 }), 'newerVersion'],
    ['another folder’s draft', JSON.stringify({ ...draft, id: '00000000-0000-4000-8000-999999999999' }), 'invalid'],
    ['a bare value', 'null', 'invalid'],
  ])('reads %s as damaged, with the reason', (_case, bytes, reason) => {
    expect(parseDraft(bytes, draft.id)).toMatchObject({ ok: false, reason });
  });

  it('reads a good file, and migrates an old one', () => {
    expect(parseDraft(JSON.stringify(draft), draft.id)).toEqual({ ok: true, draft });
    const { body, headline, id, version, createdAt, updatedAt } = draft;
    const firstVersion = { schemaVersion: 1, id, version, headline, body, createdAt, updatedAt };
    expect(parseDraft(JSON.stringify(firstVersion), id)).toMatchObject({
      ok: true,
      draft: { schemaVersion: 2, headline: 'عنوان', tags: [] },
    });
  });
});

describe('reading and writing a draft file', () => {
  it('writes the draft and reads back every word', async () => {
    const draft = testDraft({
      headline: 'لافروف: وجهنا دعوة',
      body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'مُحَمَّدٌ English' }] }] },
    });
    const { stamp } = await writeNew(draft);
    expect(stamp.size).toBeGreaterThan(0);
    expect(await readDraft(layout, draft.id)).toEqual(draft);
  });

  it('refuses a body that is not a well-formed document, and bookkeeping that fails the schema', async () => {
    const draft = testDraft();
    await writeNew(draft);
    const broken = { type: 'doc', content: [{ type: '' }] } as unknown as RichTextDocument;
    await expect(writeDraft(layout, { ...draft, body: broken })).rejects.toMatchObject({ apiError: { code: 'draft.invalid' } });
    await expect(writeDraft(layout, { ...draft, version: -1 })).rejects.toThrow();
    expect(await readDraft(layout, draft.id)).toEqual(draft);
  });

  it('says draft.notFound for a missing draft, or a folder gone while writing, and draft.invalid for a damaged one', async () => {
    await expect(readDraft(layout, testDraft().id)).rejects.toMatchObject({ apiError: { code: 'draft.notFound' } });
    const gone = testDraft();
    await writeNew(gone);
    await rm(layout.draftFolder(gone.id), { recursive: true });
    await expect(writeDraft(layout, gone)).rejects.toMatchObject({ apiError: { code: 'draft.notFound' } });
    const damaged = testDraft();
    await putDraftFile(layout, damaged.id, '{');
    await expect(readDraft(layout, damaged.id)).rejects.toMatchObject({ apiError: { code: 'draft.invalid' } });
  });
});
