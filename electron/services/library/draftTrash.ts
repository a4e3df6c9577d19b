/**
 * The trash: a deleted draft's whole folder (its history and publishing records with it) moves to
 * `trash/<id>/`, marked with the time it was trashed, and can be put back until it is purged, by
 * hand or after the retention. A draft trashed again while an earlier copy of it is still in the
 * trash (say it came back in an import) keeps that copy as `trash/<id>-<ms>/`: every copy is
 * listed, restorable and purged like the others, each by its trash name.
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

export class DraftTrash {
  constructor(
    private readonly layout: LibraryLayout,
    private readonly now: () => Date,
  ) {}

  /** Moves the draft's folder to the trash. The caller has checked that the draft exists. */
  async trash(id: string): Promise<void> {
    await mkdir(this.layout.trashFolder, { recursive: true });
    // An earlier trashed copy of the same draft is kept beside it, never replaced.
    if (await pathExists(this.layout.trashedFolder(id))) await rename(this.layout.trashedFolder(id), await this.freeEarlierName(id));
    // The marker goes in first, so a crash mid-way leaves a folder that is clearly trashed.
    await writeFileAtomic(this.layout.trashMarkerFile(id), `${JSON.stringify({ trashedAt: this.now().toISOString() })}\n`);
    await rename(this.layout.draftFolder(id), this.layout.trashedFolder(id));
    await syncFolder(this.layout.draftsFolder);
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

  /** Deletes trashed copies for good: one, every copy of a draft, or all trashed before a time. Returns the drafts' ids. */
  async purge(which: { trashName: string } | { draftId: string } | { olderThan: Date }): Promise<string[]> {
    const chosen: string[] = [];
    for (const trashName of await this.namesInTrash()) {
      const isChosen =
        'trashName' in which
          ? trashName === which.trashName
          : 'draftId' in which
            ? draftIdOfTrashName(trashName) === which.draftId
            : new Date(await this.trashedAt(trashName)) < which.olderThan;
      if (isChosen) chosen.push(trashName);
    }
    for (const trashName of chosen) await rm(this.layout.trashedFolder(trashName), { recursive: true, force: true });
    return chosen.map(draftIdOfTrashName);
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

  /** A name for the earlier copy of `id` that no other copy has: `<id>-<now in ms>`, later if taken. */
  private async freeEarlierName(id: string): Promise<string> {
    for (let atMs = this.now().getTime(); ; atMs++) {
      const name = `${id}-${atMs}`;
      if (!(await pathExists(this.layout.trashedFolder(name)))) return this.layout.trashedFolder(name);
    }
  }
}
