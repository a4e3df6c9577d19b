/**
 * Where everything lives in a library folder. Plain files a person can read and back up:
 *
 *   drafts/<id>/draft.json          the current document
 *   drafts/<id>/conflicts/*.json    saves that were refused because the draft had moved on
 *   drafts/<id>/editing.lock        who has the draft open (advisory)
 *   drafts/<id>/history/            revisions (kept by the revisions feature)
 *   drafts/<id>/publishing.json     publishing state (kept by the publishing feature)
 *   trash/<id>/                     a deleted draft's folder, with trashed.json
 *   quarantine/<id>-<time>.json     a copy of a damaged draft file's bytes
 *   index/                          the persisted search index (rebuilt when stale or damaged)
 */
import { join } from 'node:path';

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
  draftFolder(id: string): string {
    return join(this.draftsFolder, id);
  }
  draftFile(id: string): string {
    return join(this.draftsFolder, id, 'draft.json');
  }
  writeLockFile(id: string): string {
    return join(this.draftsFolder, id, '.write.lock');
  }
  editLockFile(id: string): string {
    return join(this.draftsFolder, id, 'editing.lock');
  }
  conflictsFolder(id: string): string {
    return join(this.draftsFolder, id, 'conflicts');
  }
  trashedFolder(id: string): string {
    return join(this.trashFolder, id);
  }
}
