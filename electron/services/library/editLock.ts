/**
 * The advisory edit lock of a draft, `drafts/<id>/editing.lock`: who has it open ("being edited
 * by NAME on MACHINE"), so a second instance, window or desk sees it before they both type. It
 * warns, it does not refuse: saves are kept safe by their version check. The holder renews it
 * every 30 s while the draft is open; one not renewed for 90 s (the holder crashed, the machine
 * went off) has expired. Time is read from the injected clock.
 */
import { readFile, rm, stat } from 'node:fs/promises';
import { z } from 'zod';
import { ApiFailure } from '../../../shared/contract/apiError';
import { editLockHolderSchema, type EditLockHolder } from '../../../shared/model/library';
import { writeFileAtomic } from '../atomicFile';
import type { LibraryLayout } from './libraryLayout';

export const editLockExpiresAfterMs = 90_000;

export interface EditLockOptions {
  now: () => Date;
  userName: () => string;
  machineName: string;
  /** This instance of the app: its locks are its own, whoever the user is. */
  instanceId: string;
}

const lockFileSchema = editLockHolderSchema.extend({ renewedAt: z.iso.datetime() });

export class EditLock {
  constructor(
    private readonly layout: LibraryLayout,
    private readonly options: EditLockOptions,
  ) {}

  /** Takes or renews the lock for this instance, or says who holds it. Fails with `draft.notFound`. */
  async acquire(draftId: string): Promise<{ isHeld: boolean; heldBy?: EditLockHolder }> {
    const holder = await this.holder(draftId);
    const isExpired = !holder || this.options.now().getTime() - Date.parse(holder.renewedAt) > editLockExpiresAfterMs;
    if (holder && !isExpired && holder.instanceId !== this.options.instanceId) {
      return { isHeld: false, heldBy: { name: holder.name, machine: holder.machine, instanceId: holder.instanceId } };
    }
    await stat(this.layout.draftFolder(draftId)).catch(() => {
      throw new ApiFailure('draft.notFound', draftId);
    });
    const renewed = {
      name: this.options.userName(),
      machine: this.options.machineName,
      instanceId: this.options.instanceId,
      renewedAt: this.options.now().toISOString(),
    };
    await writeFileAtomic(this.layout.editLockFile(draftId), `${JSON.stringify(renewed)}\n`);
    return { isHeld: true };
  }

  /** Lets go of the lock if this instance holds it; another's lock is left alone. */
  async release(draftId: string): Promise<void> {
    if ((await this.holder(draftId))?.instanceId === this.options.instanceId) await rm(this.layout.editLockFile(draftId), { force: true });
  }

  /** The lock on disk; a missing or unreadable one is no lock. */
  private async holder(draftId: string): Promise<z.infer<typeof lockFileSchema> | undefined> {
    try {
      const parsed = lockFileSchema.safeParse(JSON.parse(await readFile(this.layout.editLockFile(draftId), 'utf8')));
      return parsed.success ? parsed.data : undefined;
    } catch {
      return undefined;
    }
  }
}
