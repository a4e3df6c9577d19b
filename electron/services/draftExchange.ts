/**
 * A draft with its whole history as one file, to hand to another desktop (a shared folder is not
 * the only way between desks): export, and import that merges. Importing adds a new draft as it
 * is; for a draft the library has, it adds the revisions it lacks (by identity: importing twice
 * adds nothing), and a working copy that differs is kept as a conflict copy for the user to settle.
 */
import { z } from 'zod';
import { ApiFailure } from '../../shared/contract/apiError';
import { articleContentOf, draftSchema } from '../../shared/model/draft';
import { revisionManifestSchema } from '../../shared/model/revision';
import type { DraftStore } from './library/draftStore';

export const draftExportFormat = 'midad-draft-with-history';

const exportFileSchema = z.object({
  format: z.literal(draftExportFormat),
  formatVersion: z.literal(1),
  exportedAt: z.iso.datetime(),
  draft: draftSchema,
  history: z.object({ revisions: z.array(revisionManifestSchema), blobs: z.record(z.string(), z.unknown()) }),
});

export interface ImportOutcome {
  id: string;
  addedRevisions: number;
  /** Whether the imported working copy disagreed with the local one (kept as a conflict copy). */
  isConflict: boolean;
  isNew: boolean;
}

export class DraftExchange {
  constructor(
    private readonly store: DraftStore,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** The draft with its whole history, as the text of one file named after its slug. */
  async exportWithHistory(id: string): Promise<{ fileName: string; text: string }> {
    const draft = await this.store.get(id);
    const history = await this.store.revisions.bundle(id);
    const file = { format: draftExportFormat, formatVersion: 1, exportedAt: this.now().toISOString(), draft, history };
    const base = (draft.slug || draft.id).slice(0, 80);
    return { fileName: `${base}.midad.json`, text: JSON.stringify(file) };
  }

  /** Imports a draft with its history; fails with `import.invalidFile` for anything else. */
  async importWithHistory(text: string): Promise<ImportOutcome> {
    let file: z.infer<typeof exportFileSchema>;
    try {
      file = exportFileSchema.parse(JSON.parse(text));
    } catch (error) {
      throw new ApiFailure('import.invalidFile', error instanceof Error ? error.message.slice(0, 300) : String(error));
    }
    const { draft, history } = file;
    if (history.revisions.some((revision) => revision.draftId !== draft.id))
      throw new ApiFailure('import.invalidFile', 'revisions of another draft');
    const existing = await this.store.get(draft.id).catch((error: unknown) => {
      if (error instanceof ApiFailure && error.apiError.code === 'draft.notFound') return undefined;
      throw error;
    });
    if (!existing) {
      await this.store.adopt(draft);
      const addedRevisions = await this.store.revisions.merge(draft.id, history);
      return { id: draft.id, addedRevisions, isConflict: false, isNew: true };
    }
    const addedRevisions = await this.store.revisions.merge(draft.id, history);
    const imported = articleContentOf(draft);
    const isSame = JSON.stringify(imported) === JSON.stringify(articleContentOf(existing));
    if (!isSame) await this.store.keepAsConflict(draft.id, imported, draft.version);
    return { id: draft.id, addedRevisions, isConflict: !isSame, isNew: false };
  }
}
