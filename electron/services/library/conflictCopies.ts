/**
 * Conflict copies: saves refused because the draft had moved on (another window, desk or
 * machine saved first), and working copies that disagree with the library's (an import), kept
 * beside the draft in `drafts/<id>/conflicts/` until the user settles them. Nothing refused is
 * ever lost: a copy is removed only when the user has chosen.
 */
import { mkdir, readFile, readdir, rm } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import type { ArticleContent } from '../../../shared/model/article';
import { conflictCopySchema, type ConflictCopy } from '../../../shared/model/library';
import { writeFileAtomic } from '../atomicFile';
import { fileNameTime, type LibraryLayout } from './libraryLayout';

export interface ConflictCopiesOptions {
  now: () => Date;
  /** Who saves, and on which machine, for the copy's label. */
  userName: () => string;
  machineName: string;
}

export class ConflictCopies {
  constructor(
    private readonly layout: LibraryLayout,
    private readonly options: ConflictCopiesOptions,
  ) {}

  /** Keeps `content`, based on `baseVersion`, that found `foundVersion` on disk; returns the copy's id. */
  async keep(draftId: string, content: ArticleContent, baseVersion: number, foundVersion: number): Promise<string> {
    const savedAt = this.options.now();
    // The time first, so copies list in the order they were made.
    const conflictId = `${fileNameTime(savedAt)}-${randomUUID().slice(0, 8)}`;
    const copy: ConflictCopy = {
      conflictId,
      baseVersion,
      foundVersion,
      savedBy: this.options.userName(),
      machine: this.options.machineName,
      savedAt: savedAt.toISOString(),
      content,
    };
    await mkdir(this.layout.conflictsFolder(draftId), { recursive: true });
    await writeFileAtomic(this.layout.conflictFile(draftId, conflictId), `${JSON.stringify(conflictCopySchema.parse(copy), null, 1)}\n`);
    return conflictId;
  }

  /** The draft's copies, oldest first; a damaged copy does not hide the others. */
  async list(draftId: string): Promise<ConflictCopy[]> {
    const names = await readdir(this.layout.conflictsFolder(draftId)).catch(() => [] as string[]);
    const copies: ConflictCopy[] = [];
    for (const name of names.filter((file) => file.endsWith('.json')).sort()) {
      try {
        const parsed = conflictCopySchema.safeParse(
          JSON.parse(await readFile(this.layout.conflictFile(draftId, name.slice(0, -5)), 'utf8')),
        );
        if (parsed.success) copies.push(parsed.data);
      } catch {
        // Left as it is, for a person to look at.
      }
    }
    return copies;
  }

  async find(draftId: string, conflictId: string): Promise<ConflictCopy | undefined> {
    return (await this.list(draftId)).find((copy) => copy.conflictId === conflictId);
  }

  /** Removes a copy the user settled. */
  async remove(draftId: string, conflictId: string): Promise<void> {
    await rm(this.layout.conflictFile(draftId, conflictId), { force: true });
  }
}
