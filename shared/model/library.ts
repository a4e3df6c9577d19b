/** What the drafts library exchanges besides drafts: filters, search results, damaged and trashed drafts, conflicts, edit locks. */
import { z } from 'zod';
import { articleContentSchema, articleStatusSchema } from './article';
import { draftIdSchema, draftSummarySchema, type DraftSummary } from './draft';

export const draftFilterSchema = z
  .object({
    statuses: z.array(articleStatusSchema).max(10).optional(),
    section: z.string().max(120).optional(),
    author: z.string().max(200).optional(),
    tag: z.string().max(60).optional(),
    /** Updated on or after this day (YYYY-MM-DD). */
    updatedFrom: z.iso.date().optional(),
    /** Updated on or before this day (YYYY-MM-DD). */
    updatedTo: z.iso.date().optional(),
  })
  .strict();
export type DraftFilter = z.infer<typeof draftFilterSchema>;

/** Whether a draft's summary passes the filter: every condition given must hold. */
export function matchesDraftFilter(summary: DraftSummary, filter: DraftFilter): boolean {
  return (
    (!filter.statuses?.length || filter.statuses.includes(summary.status)) &&
    (!filter.section || summary.section === filter.section) &&
    (!filter.author || summary.byline === filter.author) &&
    (!filter.tag || summary.tags.includes(filter.tag)) &&
    (!filter.updatedFrom || summary.updatedAt.slice(0, 10) >= filter.updatedFrom) &&
    (!filter.updatedTo || summary.updatedAt.slice(0, 10) <= filter.updatedTo)
  );
}

/** The passage around the first match, split so the interface can highlight the match. */
export const searchSnippetSchema = z.object({ before: z.string(), match: z.string(), after: z.string() });
export type SearchSnippet = z.infer<typeof searchSnippetSchema>;

export const searchResultSchema = z.object({
  summary: draftSummarySchema,
  isHeadlineMatch: z.boolean(),
  snippet: searchSnippetSchema.optional(),
});
export type SearchResult = z.infer<typeof searchResultSchema>;

export const damagedDraftSchema = z.object({
  id: z.string(),
  /** Why it cannot be read, for people: not JSON, invalid, from a newer app, unreadable. */
  reason: z.enum(['notJson', 'invalid', 'newerVersion', 'unreadable']),
  detail: z.string(),
  /** Where the copy of its original bytes was put. */
  quarantinedAs: z.string(),
  detectedAt: z.iso.datetime(),
});
export type DamagedDraft = z.infer<typeof damagedDraftSchema>;

/**
 * Which trashed copy: its folder's name in the trash, the draft's id, or `<id>-<ms>` for an
 * earlier copy of a draft trashed again (say after it came back in an import).
 */
export const trashNameSchema = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?:-\d{1,16})?$/);

export const trashedDraftSchema = z.object({ summary: draftSummarySchema, trashName: trashNameSchema, trashedAt: z.iso.datetime() });
export type TrashedDraft = z.infer<typeof trashedDraftSchema>;

export const conflictCopySchema = z.object({
  conflictId: z.string().regex(/^[\w-]{1,80}$/),
  /** The version the refused save was based on, and the one it found on disk. */
  baseVersion: z.number().int().positive(),
  foundVersion: z.number().int().positive(),
  savedBy: z.string(),
  machine: z.string(),
  savedAt: z.iso.datetime(),
  content: articleContentSchema,
});
export type ConflictCopy = z.infer<typeof conflictCopySchema>;

export const conflictResolutionSchema = z.enum(['keepMine', 'keepTheirs', 'keepBoth']);
export type ConflictResolution = z.infer<typeof conflictResolutionSchema>;

export const editLockHolderSchema = z.object({ name: z.string(), machine: z.string(), instanceId: z.string() });
export type EditLockHolder = z.infer<typeof editLockHolderSchema>;

export const editLockResultSchema = z.object({
  /** Whether this instance now holds the lock. */
  isHeld: z.boolean(),
  /** Someone else who has the draft open, if anyone. */
  heldBy: editLockHolderSchema.optional(),
});

export { draftIdSchema };
