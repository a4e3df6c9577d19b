/**
 * A draft's file, `drafts/<id>/draft.json`: reading it (migrated to the current schema, or the
 * reason it cannot be read) and writing it (atomically and durably, and only if it passes its own
 * schema, so a bug can never corrupt the library).
 */
import { readFile, stat } from 'node:fs/promises';
import { ApiFailure } from '../../../shared/contract/apiError';
import { draftSchema, type Draft } from '../../../shared/model/draft';
import { migrateDraft } from '../../../shared/model/draftMigrations';
import type { DamagedDraft } from '../../../shared/model/library';
import { isWellFormedRichTextDocument } from '../../../shared/model/richTextDocument';
import { writeFileAtomic } from '../atomicFile';
import type { LibraryLayout } from './libraryLayout';

/** What identifies one version of a file on disk: every atomic write makes a new inode. */
export interface FileStamp {
  mtimeMs: number;
  size: number;
  ino?: number;
}

export type ParsedDraft = { ok: true; draft: Draft } | { ok: false; reason: DamagedDraft['reason']; detail: string };

/** Reads a draft file's text as the draft of folder `id`. Never throws: whatever a file holds is a draft or a damaged one. */
export function parseDraft(bytes: string, id: string): ParsedDraft {
  try {
    return parseDraftUnsafely(bytes, id);
  } catch (error) {
    return { ok: false, reason: 'invalid', detail: describeError(error) };
  }
}

function parseDraftUnsafely(bytes: string, id: string): ParsedDraft {
  let json: unknown;
  try {
    json = JSON.parse(bytes);
  } catch (error) {
    return { ok: false, reason: 'notJson', detail: describeError(error) };
  }
  const migrated = migrateDraft(json);
  if (!migrated.ok) {
    return {
      ok: false,
      reason: migrated.reason === 'newerVersion' ? 'newerVersion' : 'invalid',
      detail: `${migrated.reason}${migrated.detail ? `: ${migrated.detail}` : ''}`,
    };
  }
  if (migrated.draft.id !== id) return { ok: false, reason: 'invalid', detail: 'the id does not match its folder' };
  return { ok: true, draft: migrated.draft };
}

/** The draft as it is on disk; fails with `draft.notFound`, `draft.invalid` or `storage.failed`. */
export async function readDraft(layout: LibraryLayout, id: string): Promise<Draft> {
  let bytes: string;
  try {
    bytes = await readFile(layout.draftFile(id), 'utf8');
  } catch (error) {
    if (isMissing(error)) throw new ApiFailure('draft.notFound', id);
    throw new ApiFailure('storage.failed', describeError(error));
  }
  const parsed = parseDraft(bytes, id);
  if (!parsed.ok) throw new ApiFailure('draft.invalid', `${id}: ${parsed.detail}`);
  return parsed.draft;
}

const draftWithoutBodySchema = draftSchema.omit({ body: true });

/**
 * Writes the draft's file; returns the draft as written and the file's new stamp. Refuses
 * (`draft.invalid`) a draft that fails its schema; a folder gone (trashed by another process) is
 * `draft.notFound`, any other failure `storage.failed`.
 */
export async function writeDraft(layout: LibraryLayout, draft: Draft): Promise<{ draft: Draft; stamp: FileStamp }> {
  // The body is checked by hand: the schema's recursive parse costs milliseconds on long drafts.
  const { body, ...bookkeeping } = draft;
  if (!isWellFormedRichTextDocument(body)) throw new ApiFailure('draft.invalid', `${draft.id}: the body is not a well-formed document`);
  const valid: Draft = { ...draftWithoutBodySchema.parse(bookkeeping), body };
  try {
    await writeFileAtomic(layout.draftFile(draft.id), `${JSON.stringify(valid, null, 1)}\n`);
  } catch (error) {
    if (isMissing(error)) throw new ApiFailure('draft.notFound', draft.id);
    throw new ApiFailure('storage.failed', describeError(error));
  }
  const { mtimeMs, size, ino } = await stat(layout.draftFile(draft.id));
  return { draft: valid, stamp: { mtimeMs, size, ino } };
}

/** Whether a file-system error says the file or folder is not there. */
export function isMissing(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'ENOENT';
}

/** An error's message, for logs and details. */
export function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
