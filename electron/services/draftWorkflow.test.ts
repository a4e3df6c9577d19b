import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { editedAfterCopyDesk, type Role } from '../../shared/model/workflow';
import { DraftStore } from './library/draftStore';
import { checkpointIntervalMs, DraftWorkflow } from './draftWorkflow';

let store: DraftStore;
let role: Role;
let clock: number;
let workflow: DraftWorkflow;
const stores: DraftStore[] = [];

async function library(): Promise<DraftStore> {
  const opened = new DraftStore(await mkdtemp(join(tmpdir(), 'midad-workflow-')), { isWatching: false, now: () => new Date(clock) });
  stores.push(opened);
  return opened;
}

beforeEach(async () => {
  clock = Date.parse('2026-11-29T09:00:00Z');
  role = 'writer';
  store = await library();
  workflow = new DraftWorkflow(
    store,
    () => ({ author: role === 'writer' ? 'ريم' : 'سامر', role }),
    () => new Date((clock += 1000)),
  );
});
afterEach(async () => {
  for (const opened of stores.splice(0)) await opened.dispose();
});

describe('DraftWorkflow', () => {
  it('moves a draft through the desk, each move by a role that may make it, each leaving a revision', async () => {
    const draft = await store.create({ headline: 'خبر' });
    await expect(workflow.transition(draft.id, 'inCopyEdit', '')).rejects.toMatchObject({ apiError: { code: 'workflow.notAllowed' } });
    expect((await workflow.transition(draft.id, 'submitted', '')).status).toBe('submitted');
    role = 'copyEditor';
    await workflow.transition(draft.id, 'inCopyEdit', '');
    await expect(workflow.transition(draft.id, 'draft', '  ')).rejects.toMatchObject({ apiError: { code: 'workflow.noteRequired' } });
    await workflow.transition(draft.id, 'draft', 'المصادر غير كافية');
    role = 'writer';
    await workflow.transition(draft.id, 'submitted', '');
    role = 'copyEditor';
    await workflow.transition(draft.id, 'inCopyEdit', '');
    await workflow.transition(draft.id, 'copyEdited', '');
    await expect(workflow.transition(draft.id, 'approved', '')).rejects.toMatchObject({ apiError: { code: 'workflow.notAllowed' } });
    role = 'editor';
    expect((await workflow.transition(draft.id, 'approved', '')).status).toBe('approved');
    const revisions = await store.revisions.list(draft.id);
    expect(revisions.map((revision) => [revision.kind, revision.status, revision.author])).toEqual([
      ['statusChange', 'submitted', 'ريم'],
      ['statusChange', 'inCopyEdit', 'سامر'],
      ['statusChange', 'draft', 'سامر'],
      ['statusChange', 'submitted', 'ريم'],
      ['statusChange', 'inCopyEdit', 'سامر'],
      ['statusChange', 'copyEdited', 'سامر'],
      ['statusChange', 'approved', 'سامر'],
    ]);
    expect(revisions[2]!.message).toBe('returnToWriter: المصادر غير كافية');
    // Each move is kept as data too, so the history can name it in the reader's language.
    expect(revisions.map((revision) => revision.note)).toEqual([
      { kind: 'statusChange', action: 'submit' },
      { kind: 'statusChange', action: 'startCopyEdit' },
      { kind: 'statusChange', action: 'returnToWriter', note: 'المصادر غير كافية' },
      { kind: 'statusChange', action: 'submit' },
      { kind: 'statusChange', action: 'startCopyEdit' },
      { kind: 'statusChange', action: 'finishCopyEdit' },
      { kind: 'statusChange', action: 'approve' },
    ]);
  });

  it('saves a review with its decisions as data beside the message; without them, the message alone', async () => {
    const draft = await store.create({ headline: 'موسكو دعت' });
    const decisions = {
      accepted: [{ kind: 'field' as const, field: 'headline', removed: 'دعت', added: 'تدعو' }],
      rejected: [{ kind: 'tagAdded' as const, added: 'روسيا' }],
    };
    const reviewed = await workflow.saveReview(draft.id, 1, { ...draft, headline: 'موسكو تدعو' }, 'مراجعة: قُبل 1، رُفض 1', decisions);
    expect(reviewed).toMatchObject({ version: 2, headline: 'موسكو تدعو' });
    await workflow.saveReview(draft.id, 2, { ...draft, headline: 'موسكو تدعو الوزير' }, 'نص فقط');
    const revisions = await store.revisions.list(draft.id);
    expect(revisions.map((revision) => [revision.kind, revision.message, revision.note])).toEqual([
      ['review', 'مراجعة: قُبل 1، رُفض 1', { kind: 'review', ...decisions }],
      ['review', 'نص فقط', undefined],
    ]);
    expect(revisions[1]).not.toHaveProperty('note');
  });

  it("sends a writer's edit to copy-edited or approved text back to the copy desk, recording why", async () => {
    for (const passed of ['copyEdited', 'approved'] as const) {
      const draft = await store.create({ headline: 'خبر' });
      await store.save({ id: draft.id, baseVersion: 1, content: draft, status: passed });
      role = 'writer';
      const saved = await workflow.save({ id: draft.id, baseVersion: 2, content: { ...draft, headline: 'خبر معدّل' } });
      expect(saved).toMatchObject({ version: 3, status: 'submitted' });
      const onDisk = await store.get(draft.id);
      expect([onDisk.status, onDisk.headline]).toEqual(['submitted', 'خبر معدّل']);
      const revisions = await store.revisions.list(draft.id);
      expect(revisions.map((revision) => [revision.kind, revision.status, revision.message, revision.author])).toEqual([
        ['statusChange', 'submitted', editedAfterCopyDesk, 'ريم'],
      ]);
      expect(revisions[0]!.note).toEqual({ kind: 'statusChange', action: editedAfterCopyDesk });
      // Once back with the desk, further edits move nothing and record nothing.
      expect(await workflow.save({ id: draft.id, baseVersion: 3, content: { ...onDisk, headline: 'ثالث' } })).toMatchObject({
        status: 'submitted',
      });
      expect(await store.revisions.list(draft.id)).toHaveLength(1);
    }
  });

  it('keeps the status when the copy desk edits passed text, or a writer edits text the desk has not passed', async () => {
    const draft = await store.create({ headline: 'خبر' });
    expect(await workflow.save({ id: draft.id, baseVersion: 1, content: { ...draft, headline: 'مسودة' } })).toMatchObject({
      status: 'draft',
    });
    await store.save({ id: draft.id, baseVersion: 2, content: draft, status: 'inCopyEdit' });
    expect(await workflow.save({ id: draft.id, baseVersion: 3, content: draft })).toMatchObject({ status: 'inCopyEdit' });
    await store.save({ id: draft.id, baseVersion: 4, content: draft, status: 'copyEdited' });
    for (const desk of ['copyEditor', 'editor'] as const) {
      role = desk;
      const { version } = await store.get(draft.id);
      expect(await workflow.save({ id: draft.id, baseVersion: version, content: { ...draft, headline: desk } })).toMatchObject({
        status: 'copyEdited',
      });
    }
    expect(await store.revisions.list(draft.id)).toEqual([]);
  });

  it("refuses a writer's save over a version that moved on as a conflict, without moving the draft or recording a move", async () => {
    const draft = await store.create({ headline: 'خبر' });
    await store.save({ id: draft.id, baseVersion: 1, content: draft, status: 'copyEdited' });
    await expect(workflow.save({ id: draft.id, baseVersion: 1, content: { ...draft, headline: 'قديم' } })).rejects.toMatchObject({
      apiError: { code: 'draft.conflict' },
    });
    expect((await store.get(draft.id)).status).toBe('copyEdited');
    expect(await store.revisions.list(draft.id)).toEqual([]);
  });

  it("marks a published draft 'published' without a new version, so an open editor's next save still fits", async () => {
    const draft = await store.create({ headline: 'خبر' });
    await store.save({ id: draft.id, baseVersion: 1, content: draft, status: 'approved' });
    await workflow.afterPublished(draft.id, 'الموقع');
    await workflow.afterPublished(draft.id, 'الموقع');
    expect(await store.get(draft.id)).toMatchObject({ status: 'published', version: 2 });
    expect((await store.revisions.list(draft.id)).map((revision) => [revision.kind, revision.status, revision.message])).toEqual([
      ['statusChange', 'published', 'markPublished: الموقع'],
    ]);
    expect((await store.revisions.list(draft.id))[0]!.note).toEqual({ kind: 'statusChange', action: 'markPublished', note: 'الموقع' });
    expect(await workflow.save({ id: draft.id, baseVersion: 2, content: { ...draft, headline: 'تصحيح' } })).toMatchObject({
      version: 3,
      status: 'published',
    });
  });

  it('restores a revision as a new revision equal to it, keeping the text it replaces', async () => {
    const draft = await store.create({ headline: 'الأول' });
    const first = await workflow.createRevision(draft.id, 'البداية');
    await store.save({ id: draft.id, baseVersion: 1, content: { ...draft, headline: 'الثاني' } });
    const restored = await workflow.restore(draft.id, first.id);
    expect(restored.headline).toBe('الأول');
    const revisions = await store.revisions.list(draft.id);
    expect(revisions.map((revision) => revision.kind)).toEqual(['manual', 'beforeRestore', 'restored']);
    expect((await store.revisions.get(draft.id, revisions[1]!.id)).content.headline).toBe('الثاني');
    expect((await store.revisions.get(draft.id, revisions[2]!.id)).content).toEqual(
      (await store.revisions.get(draft.id, first.id)).content,
    );
  });

  it('leaves a checkpoint after ten minutes of editing, not before', async () => {
    const draft = await store.create({ headline: 'طويل' });
    let version = 1;
    const save = async (): Promise<void> => {
      version = (await store.save({ id: draft.id, baseVersion: version, content: { ...draft, headline: `طويل ${version}` } })).version;
      await workflow.afterSave(draft.id);
    };
    await save();
    expect(await store.revisions.list(draft.id)).toEqual([]);
    clock += checkpointIntervalMs;
    await save();
    await save();
    expect((await store.revisions.list(draft.id)).map((revision) => revision.kind)).toEqual(['checkpoint']);
  });
});
