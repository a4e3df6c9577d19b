/**
 * The drafts library: listing and searching drafts, reading, creating and saving one, the trash,
 * conflict copies and the edit lock.
 */
import { z } from 'zod';
import { articleContentSchema, articleStatusSchema } from '../model/article';
import { draftIdSchema, draftSchema, draftSummarySchema } from '../model/draft';
import {
  conflictCopySchema,
  conflictResolutionSchema,
  damagedDraftSchema,
  draftFilterSchema,
  editLockResultSchema,
  searchResultSchema,
  trashedDraftSchema,
  trashNameSchema,
} from '../model/library';
import { defineCall } from '../rpc/rpcContract';
import { noInput } from './noInput';

export const libraryCalls = {
  /** Every draft that matches the filter, most recently updated first. */
  'drafts.list': defineCall({
    input: z.object({ filter: draftFilterSchema.optional() }).strict(),
    output: z.object({ drafts: z.array(draftSummarySchema) }),
  }),
  /** Full-text, Arabic-aware search: headline matches first; the first results carry the passage that matched. */
  'drafts.search': defineCall({
    input: z
      .object({ query: z.string().max(500), filter: draftFilterSchema.optional(), limit: z.number().int().min(1).max(1000).optional() })
      .strict(),
    output: z.object({ results: z.array(searchResultSchema), total: z.number().int().nonnegative() }),
  }),
  /** The sections used across the library, most used first, for the section picker. */
  'drafts.sections': defineCall({
    input: noInput,
    output: z.object({ sections: z.array(z.string()) }),
  }),
  /** Drafts whose file cannot be read, each with the reason and its quarantine copy. */
  'drafts.needsAttention': defineCall({
    input: noInput,
    output: z.object({ drafts: z.array(damagedDraftSchema) }),
  }),
  /** One whole draft. Fails with `draft.notFound`. */
  'drafts.get': defineCall({
    input: z.object({ id: draftIdSchema }).strict(),
    output: draftSchema,
  }),
  /** A new draft: empty, or with the given content (for example an imported article). */
  'drafts.create': defineCall({
    input: z.object({ content: articleContentSchema.partial().optional(), origin: z.enum(['new', 'import']).optional() }).strict(),
    output: draftSchema,
  }),
  /**
   * Saves a draft's content. `baseVersion` is the version the edit started from; if the draft
   * changed since, the draft is left as it is and the save fails with `draft.conflict`: the
   * refused content is kept as a conflict copy beside it, named by the error's `conflictId`.
   * `status` is the draft's status after the save: a writer's edit to copy-edited or approved
   * text sends it back to the copy desk (submitted).
   */
  'drafts.save': defineCall({
    input: z
      .object({
        id: draftIdSchema,
        baseVersion: z.number().int().positive(),
        content: articleContentSchema,
      })
      .strict(),
    output: z.object({ version: z.number().int().positive(), updatedAt: z.iso.datetime(), status: articleStatusSchema }),
  }),
  /** A copy of a draft, as a new draft. */
  'drafts.duplicate': defineCall({
    input: z.object({ id: draftIdSchema }).strict(),
    output: draftSchema,
  }),
  /** Moves a draft to the trash. */
  'drafts.trash': defineCall({ input: z.object({ id: draftIdSchema }).strict(), output: z.object({}) }),
  /** The trash, most recently trashed first. */
  'drafts.trashList': defineCall({ input: noInput, output: z.object({ drafts: z.array(trashedDraftSchema) }) }),
  /** Puts a trashed draft back in the library: the copy named (a draft trashed twice has two), by default its newest. */
  'drafts.restore': defineCall({
    input: z.object({ id: draftIdSchema, trashName: trashNameSchema.optional() }).strict(),
    output: z.object({}),
  }),
  /** Deletes trashed drafts for good: one copy (by trash name), every copy of a draft (by id), or all of them. */
  'drafts.purge': defineCall({
    input: z.object({ id: draftIdSchema.optional(), trashName: trashNameSchema.optional() }).strict(),
    output: z.object({ purged: z.number().int().nonnegative() }),
  }),
  /** The saves of a draft that were refused because it had moved on (kept, never lost). */
  'drafts.conflicts': defineCall({
    input: z.object({ id: draftIdSchema }).strict(),
    output: z.object({ conflicts: z.array(conflictCopySchema) }),
  }),
  /** Settles a conflict: keep mine, keep theirs, or keep both (mine becomes a new draft). */
  'drafts.resolveConflict': defineCall({
    input: z.object({ id: draftIdSchema, conflictId: z.string().regex(/^[\w-]{1,80}$/), resolution: conflictResolutionSchema }).strict(),
    output: z.object({ keptAsId: draftIdSchema.optional() }),
  }),
  /** Takes (or renews) the advisory edit lock of a draft, or says who has it open. */
  'drafts.acquireEditLock': defineCall({ input: z.object({ id: draftIdSchema }).strict(), output: editLockResultSchema }),
  /** Lets go of the edit lock. */
  'drafts.releaseEditLock': defineCall({ input: z.object({ id: draftIdSchema }).strict(), output: z.object({}) }),
} as const;

export const libraryEvents = {
  /** Drafts were created, saved or removed, by this window or another. */
  'drafts.changed': z.object({ ids: z.array(draftIdSchema) }),
} as const;
