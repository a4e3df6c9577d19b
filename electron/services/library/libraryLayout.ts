/**
 * Where everything lives in a library folder: every path of the library is made here and
 * nowhere else. Plain files a person can read and back up:
 *
 *   drafts/<id>/draft.json                  the current document
 *   drafts/<id>/.write.lock                 held for a moment around a save's check and write
 *   drafts/<id>/editing.lock                who has the draft open (advisory)
 *   drafts/<id>/conflicts/<conflict>.json   saves that were refused because the draft had moved on
 *   drafts/<id>/history/revisions/*.json    revision manifests (written once)
 *   drafts/<id>/history/blobs/<blob>.json   fields and blocks of revisions, by content (written once)
 *   drafts/<id>/publishing.json             the draft's posts, one per site
 *   trash/<id>/                             a deleted draft's folder, with trashed.json
 *   trash/<id>-<ms>/                        an earlier trashed copy of the same draft
 *   quarantine/<id>-<time>.json             a copy of a damaged draft file's bytes
 *   index/library-index.json, .postings     the persisted summaries and search index
 */
import { join } from 'node:path';

/** A file-name-safe form of a time: `2026-12-02T06:00:00.000Z` → `2026-12-02T06-00-00-000Z`. */
export function fileNameTime(at: Date): string {
  return at.toISOString().replace(/[:.]/g, '-');
}

export class LibraryLayout {
  constructor(readonly root: string) {}

  get draftsFolder(): string {
    return join(this.root, 'drafts');
  }
  get trashFolder(): string {
    return join(this.root, 'trash');
  }
  get quarantineFolder(): string {
    return join(this.root, 'quarantine');
  }
  get indexFolder(): string {
    return join(this.root, 'index');
  }
  get indexHeaderFile(): string {
    return join(this.indexFolder, 'library-index.json');
  }
  get indexPostingsFile(): string {
    return join(this.indexFolder, 'library-index.postings');
  }

  draftFolder(id: string): string {
    return join(this.draftsFolder, id);
  }
  draftFile(id: string): string {
    return join(this.draftFolder(id), 'draft.json');
  }
  writeLockFile(id: string): string {
    return join(this.draftFolder(id), '.write.lock');
  }
  editLockFile(id: string): string {
    return join(this.draftFolder(id), 'editing.lock');
  }
  conflictsFolder(id: string): string {
    return join(this.draftFolder(id), 'conflicts');
  }
  conflictFile(id: string, conflictId: string): string {
    return join(this.conflictsFolder(id), `${conflictId}.json`);
  }
  historyFolder(id: string): string {
    return join(this.draftFolder(id), 'history');
  }
  revisionsFolder(id: string): string {
    return join(this.historyFolder(id), 'revisions');
  }
  revisionFile(id: string, fileName: string): string {
    return join(this.revisionsFolder(id), fileName);
  }
  blobsFolder(id: string): string {
    return join(this.historyFolder(id), 'blobs');
  }
  blobFile(id: string, blobId: string): string {
    return join(this.blobsFolder(id), `${blobId}.json`);
  }
  publishingRecordsFile(id: string): string {
    return join(this.draftFolder(id), 'publishing.json');
  }
  /** The marker a draft's folder carries while and after it moves to the trash. */
  trashMarkerFile(id: string): string {
    return join(this.draftFolder(id), 'trashed.json');
  }

  /** A trashed copy's folder: `trash/<id>`, or `trash/<id>-<ms>` for an earlier copy of the same draft. */
  trashedFolder(trashName: string): string {
    return join(this.trashFolder, trashName);
  }
  trashedDraftFile(trashName: string): string {
    return join(this.trashedFolder(trashName), 'draft.json');
  }
  trashedMarkerFile(trashName: string): string {
    return join(this.trashedFolder(trashName), 'trashed.json');
  }

  quarantineFile(id: string, detectedAt: Date): string {
    return join(this.quarantineFolder, `${id}-${fileNameTime(detectedAt)}.json`);
  }
}
