/**
 * The trash: a deleted draft's whole folder (its history and publishing records with it) moves to
 * `trash/<id>/`, marked with the time it was trashed, and can be put back until it is purged, by
 * hand or after the retention. A draft trashed again while an earlier copy of it is still in the
 * trash (say it came back in an import) goes to `trash/<id>-<ms>/`: a copy keeps the name it was
 * given, and every copy is listed, restorable and purged like the others, each by that name.
 */
import { mkdir, readFile, readdir, rename, rm, stat } from 'node:fs/promises';
import { ApiFailure } from '../../../shared/contract/apiError';
import { draftSummaryOf } from '../../../shared/model/draftSummary';
import { trashNameSchema, type TrashedDraft } from '../../../shared/model/library';
import { syncFolder, writeFileAtomic } from '../atomicFile';
import { pathExists } from '../pathExists';
import { describeError, isMissing, parseDraft } from './draftFile';
import type { LibraryLayout } from './libraryLayout';

/** The draft a trash name belongs to: the name without an earlier copy's `-<ms>`. */
export function draftIdOfTrashName(trashName: string): string {
  return trashName.slice(0, 36);
}

/** A trashed copy chosen for deletion, and when it was trashed (so another copy put in its place is not deleted instead). */
export interface PurgeChoice {
  trashName: string;
  trashedAt: string;
}

export class DraftTrash {
  constructor(
    private readonly layout: LibraryLayout,
    private readonly now: () => Date,
  ) {}

  /** Moves the draft's folder to the trash, under a name no other copy has; returns it. The caller has checked that the draft exists. */
  async trash(id: string): Promise<string> {
    await mkdir(this.layout.trashFolder, { recursive: true });
    const trashName = await this.freeName(id);
    // The marker goes in first, so a crash mid-way leaves a folder that is clearly trashed.
    await writeFileAtomic(this.layout.trashMarkerFile(id), `${JSON.stringify({ trashedAt: this.now().toISOString() })}\n`);
    await rename(this.layout.draftFolder(id), this.layout.trashedFolder(trashName));
    await syncFolder(this.layout.draftsFolder);
    return trashName;
  }

  /** Every trashed copy that holds a readable draft, most recently trashed first. */
  async list(): Promise<TrashedDraft[]> {
    await mkdir(this.layout.trashFolder, { recursive: true });
    const trashed: TrashedDraft[] = [];
    for (const trashName of await readdir(this.layout.trashFolder)) {
      if (!trashNameSchema.safeParse(trashName).success) continue;
      try {
        const parsed = parseDraft(await readFile(this.layout.trashedDraftFile(trashName), 'utf8'), draftIdOfTrashName(trashName));
        if (parsed.ok) trashed.push({ summary: draftSummaryOf(parsed.draft), trashName, trashedAt: await this.trashedAt(trashName) });
      } catch {
        // A half-trashed folder is left for the next purge; it is not a draft the user can restore.
      }
    }
    return trashed.sort((a, b) => b.trashedAt.localeCompare(a.trashedAt) || b.trashName.localeCompare(a.trashName));
  }

  /**
   * Puts a trashed copy back as its draft; returns the draft's id. Fails with `draft.conflict`
   * when the draft is in the library already, `draft.notFound` when there is no such copy.
   */
  async restore(trashName: string): Promise<string> {
    const id = draftIdOfTrashName(trashName);
    if (await pathExists(this.layout.draftFolder(id))) throw new ApiFailure('draft.conflict', `${id} already exists in the library`);
    try {
      await rename(this.layout.trashedFolder(trashName), this.layout.draftFolder(id));
      await rm(this.layout.trashMarkerFile(id), { force: true });
    } catch (error) {
      if (isMissing(error)) throw new ApiFailure('draft.notFound', trashName);
      throw new ApiFailure('storage.failed', describeError(error));
    }
    await syncFolder(this.layout.draftsFolder);
    return id;
  }

  /** The newest copy of a draft in the trash, or undefined. */
  async newestCopy(draftId: string): Promise<string | undefined> {
    const copies: Array<{ trashName: string; trashedAt: string }> = [];
    for (const trashName of await this.namesInTrash()) {
      if (draftIdOfTrashName(trashName) === draftId) copies.push({ trashName, trashedAt: await this.trashedAt(trashName) });
    }
    return copies.sort((a, b) => b.trashedAt.localeCompare(a.trashedAt))[0]?.trashName;
  }

  /**
   * The copies to delete for good: one, every copy of a draft, or all trashed before a time
   * (readable or not: a half-trashed folder goes too), each with when it was trashed.
   */
  async choose(which: { trashName: string } | { draftId: string } | { olderThan: Date }): Promise<PurgeChoice[]> {
    const chosen: PurgeChoice[] = [];
    for (const trashName of await this.namesInTrash()) {
      const isNamed =
        'trashName' in which ? trashName === which.trashName : 'draftId' in which ? draftIdOfTrashName(trashName) === which.draftId : true;
      if (!isNamed) continue;
      const trashedAt = await this.trashedAt(trashName);
      if ('olderThan' in which && !(new Date(trashedAt) < which.olderThan)) continue;
      chosen.push({ trashName, trashedAt });
    }
    return chosen;
  }

  /** Deletes a chosen copy for good, unless it is no longer the copy chosen (gone, or another in its place); returns whether it did. */
  async remove({ trashName, trashedAt }: PurgeChoice): Promise<boolean> {
    if (!(await pathExists(this.layout.trashedFolder(trashName))) || (await this.trashedAt(trashName)) !== trashedAt) return false;
    await rm(this.layout.trashedFolder(trashName), { recursive: true, force: true });
    return true;
  }

  /** Every folder in the trash that is a trashed copy, readable or not (a half-trashed one is purged too). */
  private async namesInTrash(): Promise<string[]> {
    const names = await readdir(this.layout.trashFolder).catch(() => [] as string[]);
    return names.filter((name) => trashNameSchema.safeParse(name).success);
  }

  /** When a copy was trashed; without its marker (an interrupted move), the folder's own time. */
  private async trashedAt(trashName: string): Promise<string> {
    try {
      const { trashedAt } = JSON.parse(await readFile(this.layout.trashedMarkerFile(trashName), 'utf8')) as { trashedAt?: unknown };
      if (typeof trashedAt === 'string' && !Number.isNaN(Date.parse(trashedAt))) return new Date(trashedAt).toISOString();
    } catch {
      // No marker: the folder's time below.
    }
    return new Date((await stat(this.layout.trashedFolder(trashName))).mtimeMs).toISOString();
  }

  /** The draft's id if no copy has it, else `<id>-<now in ms>`, later if taken. */
  private async freeName(id: string): Promise<string> {
    if (!(await pathExists(this.layout.trashedFolder(id)))) return id;
    for (let atMs = this.now().getTime(); ; atMs++) {
      const name = `${id}-${atMs}`;
      if (!(await pathExists(this.layout.trashedFolder(name)))) return name;
    }
  }
}
