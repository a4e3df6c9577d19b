import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { beforeEach, describe, expect, it } from 'vitest';
import { EditLock, editLockExpiresAfterMs } from './editLock';
import type { LibraryLayout } from './libraryLayout';
import { temporaryLibrary, testDraft } from './testDrafts';

let layout: LibraryLayout;
let clock: number;
const draftId = testDraft().id;
const lockFor = (name: string, machine: string, instanceId = name): EditLock =>
  new EditLock(layout, { now: () => new Date(clock), userName: () => name, machineName: machine, instanceId });

beforeEach(async () => {
  layout = await temporaryLibrary();
  await mkdir(layout.draftFolder(draftId), { recursive: true });
  clock = Date.parse('2026-12-02T09:00:00Z');
});

describe('the edit lock', () => {
  it('tells a second instance who holds the draft, and lets the holder renew it', async () => {
    const reem = lockFor('ريم', 'desk-1');
    const samer = lockFor('سامر', 'desk-2');
    expect(await reem.acquire(draftId)).toEqual({ isHeld: true });
    expect(await samer.acquire(draftId)).toEqual({ isHeld: false, heldBy: { name: 'ريم', machine: 'desk-1', instanceId: 'ريم' } });
    clock += 60_000;
    expect(await reem.acquire(draftId)).toEqual({ isHeld: true });
    clock += 60_000;
    expect(await samer.acquire(draftId)).toMatchObject({ isHeld: false });
    expect(JSON.parse(await readFile(layout.editLockFile(draftId), 'utf8'))).toMatchObject({ renewedAt: '2026-12-02T09:01:00.000Z' });
  });

  it('expires a lock its holder stopped renewing, by the clock', async () => {
    await lockFor('ريم', 'desk-1').acquire(draftId);
    clock += editLockExpiresAfterMs;
    expect(await lockFor('سامر', 'desk-2').acquire(draftId)).toMatchObject({ isHeld: false });
    clock += 1;
    expect(await lockFor('سامر', 'desk-2').acquire(draftId)).toEqual({ isHeld: true });
  });

  it('is the same user’s on another instance too: the lock is per instance', async () => {
    await lockFor('ريم', 'desk-1', 'window-1').acquire(draftId);
    expect(await lockFor('ريم', 'desk-1', 'window-2').acquire(draftId)).toMatchObject({
      isHeld: false,
      heldBy: { instanceId: 'window-1' },
    });
  });

  it('is let go only by its holder', async () => {
    const reem = lockFor('ريم', 'desk-1');
    await reem.acquire(draftId);
    await lockFor('سامر', 'desk-2').release(draftId);
    expect(await lockFor('سامر', 'desk-2').acquire(draftId)).toMatchObject({ isHeld: false });
    await reem.release(draftId);
    expect(await lockFor('سامر', 'desk-2').acquire(draftId)).toEqual({ isHeld: true });
  });

  it('treats a damaged lock file as no lock, and a missing draft as draft.notFound', async () => {
    await writeFile(layout.editLockFile(draftId), '{"name": ');
    expect(await lockFor('سامر', 'desk-2').acquire(draftId)).toEqual({ isHeld: true });
    await expect(lockFor('سامر', 'desk-2').acquire(testDraft().id)).rejects.toMatchObject({ apiError: { code: 'draft.notFound' } });
  });
});
