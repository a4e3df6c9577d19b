import { mkdtemp, readdir, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateArticle } from '../../bench/articleGenerator';
import type { Draft } from '../../shared/model/draft';
import { revisionManifestSchema } from '../../shared/model/revision';
import { DraftStore } from './library/draftStore';
import { RevisionStore } from './revisionStore';

let library: string;
let drafts: DraftStore;
let revisions: RevisionStore;
let clock: number;

beforeEach(async () => {
  library = await mkdtemp(join(tmpdir(), 'midad-revisions-'));
  clock = Date.parse('2026-11-01T08:00:00Z');
  drafts = new DraftStore(library, { isWatching: false });
  revisions = new RevisionStore(drafts.layout, () => new Date((clock += 1000)));
});
afterEach(() => drafts.dispose());

async function folderSize(folder: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    total += entry.isDirectory() ? await folderSize(path) : (await stat(path)).size;
  }
  return total;
}

describe('RevisionStore', () => {
  it('keeps a note as data beside the message; a revision without one reads as before', async () => {
    const draft = await drafts.create({ ...generateArticle(50, 1).content });
    const note = {
      kind: 'review' as const,
      accepted: [{ kind: 'field' as const, field: 'headline', removed: 'دعت', added: 'تدعو' }],
      rejected: [],
    };
    const withNote = await revisions.record(draft, { kind: 'review', message: 'مراجعة', author: 'سامر', note });
    const without = await revisions.record(draft, { kind: 'manual', message: 'نص فقط', author: 'ريم' });
    // Read back from disk by a store that has cached nothing.
    const listed = await new RevisionStore(drafts.layout).list(draft.id);
    expect(listed.find((revision) => revision.id === withNote.id)?.note).toEqual(note);
    expect(listed.find((revision) => revision.id === without.id)).not.toHaveProperty('note');
    const [manifest] = (await revisions.bundle(draft.id)).revisions;
    expect(revisionManifestSchema.safeParse({ ...manifest, note: { kind: 'other' } }).success).toBe(false);
    expect(revisionManifestSchema.safeParse({ ...manifest, note: { kind: 'statusChange', action: 'x'.repeat(41) } }).success).toBe(false);
  });

  it('keeps a whole article and gives it back exactly', async () => {
    const { content } = generateArticle(800, 3);
    const draft = await drafts.create({ ...content, related: [{ key: 'a', title: 'ذو صلة', url: 'https://example.com/a' }] });
    const summary = await revisions.record(draft, { kind: 'manual', message: 'قبل التدقيق', author: 'ريم' });
    expect(summary).toMatchObject({
      draftId: draft.id,
      kind: 'manual',
      message: 'قبل التدقيق',
      author: 'ريم',
      draftVersion: 1,
      status: 'draft',
    });
    const revision = await revisions.get(draft.id, summary.id);
    const {
      id: _id,
      version: _version,
      schemaVersion: _schema,
      status: _status,
      createdAt: _created,
      updatedAt: _updated,
      ...expected
    } = draft;
    expect(revision.content).toEqual(expected);
  });

  it('lists revisions oldest first and never changes them', async () => {
    const draft = await drafts.create({ headline: 'أ' });
    const first = await revisions.record(draft, { kind: 'manual', author: 'ريم' });
    const saved = await drafts.save({ id: draft.id, baseVersion: 1, content: { ...draft, headline: 'ب' } });
    const second = await revisions.record({ ...draft, headline: 'ب', version: saved.version }, { kind: 'statusChange', author: 'سامر' });
    expect((await revisions.list(draft.id)).map((revision) => revision.id)).toEqual([first.id, second.id]);
    expect((await revisions.get(draft.id, first.id)).content.headline).toBe('أ');
  });

  it('grows with the size of the changes: 200 small edits to a 10,000-word article add under 2 MB', async () => {
    const { content } = generateArticle(10_000, 11);
    let draft: Draft = await drafts.create(content);
    await revisions.record(draft, { kind: 'manual', author: 'ريم' });
    const historyFolder = join(library, 'drafts', draft.id, 'history');
    const before = await folderSize(historyFolder);
    for (let edit = 0; edit < 200; edit++) {
      const blocks = structuredClone(draft.body.content!);
      const index = (edit * 37) % blocks.length;
      const block = blocks[index]!;
      const text = block.content?.[0];
      if (text?.type === 'text') text.text = `${text.text} تعديل${edit}`;
      else blocks[index] = { type: 'paragraph', content: [{ type: 'text', text: `فقرة ${edit}` }] };
      draft = { ...draft, body: { type: 'doc', content: blocks }, version: draft.version + 1 };
      await revisions.record(draft, { kind: 'checkpoint', author: 'ريم' });
    }
    const added = (await folderSize(historyFolder)) - before;
    process.stdout.write(
      `\nrevision storage: 200 small edits to a ${content.body.content!.length}-block, 10,000-word article added ${(added / 1e6).toFixed(2)} MB\n`,
    );
    expect(added).toBeLessThan(2_000_000);
    expect(await revisions.list(draft.id)).toHaveLength(201);
  });

  it('merges histories by revision identity: nothing duplicated, nothing lost', async () => {
    const draft = await drafts.create({ headline: 'مشترك' });
    const shared = await revisions.record(draft, { kind: 'manual', author: 'ريم' });
    const bundle = await revisions.bundle(draft.id);
    const onlyHere = await revisions.record({ ...draft, headline: 'هنا' }, { kind: 'manual', author: 'ريم' });

    const otherLibrary = await mkdtemp(join(tmpdir(), 'midad-revisions-other-'));
    const otherDrafts = new DraftStore(otherLibrary, { isWatching: false });
    const other = new RevisionStore(otherDrafts.layout, () => new Date((clock += 1000)));
    expect(await other.merge(draft.id, bundle)).toBe(1);
    const onlyThere = await other.record({ ...draft, headline: 'هناك' }, { kind: 'manual', author: 'سامر' });

    expect(await revisions.merge(draft.id, await other.bundle(draft.id))).toBe(1);
    expect(await revisions.merge(draft.id, await other.bundle(draft.id))).toBe(0);
    expect((await revisions.list(draft.id)).map((revision) => revision.id).sort()).toEqual([shared.id, onlyHere.id, onlyThere.id].sort());
    expect((await revisions.get(draft.id, onlyThere.id)).content.headline).toBe('هناك');
    await otherDrafts.dispose();
  });

  it('refuses a bundle whose blob does not match its id', async () => {
    const draft = await drafts.create({ headline: 'أصل' });
    await revisions.record(draft, { kind: 'manual', author: 'ريم' });
    const bundle = await revisions.bundle(draft.id);
    const [firstBlob] = Object.keys(bundle.blobs);
    bundle.blobs[firstBlob!] = { tampered: true };
    const otherLibrary = await mkdtemp(join(tmpdir(), 'midad-revisions-bad-'));
    const other = new RevisionStore(new DraftStore(otherLibrary, { isWatching: false }).layout);
    await expect(other.merge(draft.id, bundle)).rejects.toMatchObject({ apiError: { code: 'history.invalid' } });
  });
});
