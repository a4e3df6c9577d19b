/**
 * The API: every call the renderer can make and every event it can receive, with their schemas.
 * Both transports (Electron IPC and the loopback WebSocket) serve exactly this contract.
 */
import { z } from 'zod';
import { defineCall, type RpcContract } from '../rpc/rpcContract';
import { apiErrorSchema } from './apiError';
import { articleContentSchema } from '../model/article';
import { draftIdSchema, draftSchema, draftSummarySchema } from '../model/draft';
import { settingsSchema, settingsUpdateSchema } from '../model/settings';
import { revisionSchema, revisionSummarySchema } from '../model/revision';
import { articleStatusSchema } from '../model/article';
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
import {
  outboxItemSchema,
  outboxSummarySchema,
  publishingRecordSchema,
  siteCopySchema,
  siteLocalTimeSchema,
  wordPressStatusSchema,
} from '../publishing/outboxItem';
import { secretStorageSchema, siteIdSchema, siteInputSchema, siteSchema } from '../publishing/site';

const noInput = z.object({}).strict();

export const apiContract = {
  calls: {
    /** The running app: version and where its library lives. */
    'app.info': defineCall({
      input: noInput,
      output: z.object({ appVersion: z.string(), libraryFolder: z.string() }),
    }),
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
    /** Drafts whose file cannot be read, each with the reason and its quarantine copy. */
    'drafts.needsAttention': defineCall({
      input: noInput,
      output: z.object({ drafts: z.array(damagedDraftSchema) }),
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
    /** A workflow move (submit, start or finish copy editing, approve, mark published, return with a note). */
    'drafts.transition': defineCall({
      input: z.object({ id: draftIdSchema, to: articleStatusSchema, note: z.string().max(2000).optional() }).strict(),
      output: draftSchema,
    }),
    /** Saves the outcome of a review over `baseVersion`, as a revision with the message. */
    'drafts.saveReview': defineCall({
      input: z
        .object({
          id: draftIdSchema,
          baseVersion: z.number().int().positive(),
          content: articleContentSchema,
          message: z.string().max(4000),
        })
        .strict(),
      output: draftSchema,
    }),
    /** The draft with its whole history, as the text of one file. */
    'drafts.exportWithHistory': defineCall({
      input: z.object({ id: draftIdSchema }).strict(),
      output: z.object({ fileName: z.string(), text: z.string() }),
    }),
    /** Imports a draft with its history; merges by revision identity. */
    'drafts.importWithHistory': defineCall({
      input: z.object({ text: z.string().max(200_000_000) }).strict(),
      output: z.object({ id: draftIdSchema, addedRevisions: z.number().int().nonnegative(), isConflict: z.boolean(), isNew: z.boolean() }),
    }),
    /** Every revision of a draft, oldest first. */
    'revisions.list': defineCall({
      input: z.object({ draftId: draftIdSchema }).strict(),
      output: z.object({ revisions: z.array(revisionSummarySchema) }),
    }),
    /** One revision, with its whole article. */
    'revisions.get': defineCall({
      input: z.object({ draftId: draftIdSchema, revisionId: z.uuid() }).strict(),
      output: revisionSchema,
    }),
    /** Saves the draft as it is now as a revision, with an optional message. */
    'revisions.create': defineCall({
      input: z.object({ draftId: draftIdSchema, message: z.string().max(4000).optional() }).strict(),
      output: revisionSummarySchema,
    }),
    /** Restores a revision as a new revision. */
    'revisions.restore': defineCall({
      input: z.object({ draftId: draftIdSchema, revisionId: z.uuid() }).strict(),
      output: draftSchema,
    }),
    /** The sections used across the library, most used first, for the section picker. */
    'drafts.sections': defineCall({
      input: noInput,
      output: z.object({ sections: z.array(z.string()) }),
    }),
    /**
     * Saves a draft's content. `baseVersion` is the version the edit started from; if the draft
     * changed since, the draft is left as it is and the save fails with `draft.conflict`: the
     * refused content is kept as a conflict copy beside it, named by the error's `conflictId`.
     */
    'drafts.save': defineCall({
      input: z
        .object({
          id: draftIdSchema,
          baseVersion: z.number().int().positive(),
          content: articleContentSchema,
        })
        .strict(),
      output: z.object({ version: z.number().int().positive(), updatedAt: z.iso.datetime() }),
    }),
    /** The WordPress sites, and where their passwords are kept. */
    'sites.list': defineCall({ input: noInput, output: z.object({ sites: z.array(siteSchema), secretStorage: secretStorageSchema }) }),
    /** Checks the connection (REST, password, the right to publish), then adds or changes the site. Fails with a `site.*` error. */
    'sites.save': defineCall({ input: siteInputSchema, output: siteSchema }),
    /** Removes a site and its password. */
    'sites.remove': defineCall({ input: z.object({ id: siteIdSchema }).strict(), output: z.object({}) }),
    /**
     * Queues a publish of the draft as it is saved now (checked first: fails with
     * `publishing.preflightFailed`). A revision "before publishing" is recorded.
     */
    'publishing.enqueue': defineCall({
      input: z
        .object({
          draftId: draftIdSchema,
          siteId: siteIdSchema,
          status: wordPressStatusSchema,
          scheduledFor: siteLocalTimeSchema.optional(),
          /** The version the user checked; a draft that moved on since fails with `draft.conflict`. */
          draftVersion: z.number().int().positive().optional(),
        })
        .strict(),
      output: outboxSummarySchema,
    }),
    /** Every item in the outbox, newest first. */
    'publishing.outbox': defineCall({ input: noInput, output: z.object({ items: z.array(outboxSummarySchema) }) }),
    /** Sends an item again now. */
    'publishing.retry': defineCall({ input: z.object({ id: z.uuid() }).strict(), output: outboxSummarySchema }),
    /** Cancels an item; one being sent is cancelled when its attempt ends, unless it was published by then. */
    'publishing.cancel': defineCall({ input: z.object({ id: z.uuid() }).strict(), output: outboxSummarySchema }),
    /** The user chose to overwrite the changed site copy they were shown. */
    'publishing.overwrite': defineCall({ input: z.object({ id: z.uuid() }).strict(), output: outboxSummarySchema }),
    /** The site's copy against ours, for an item that waits for the user's choice. */
    'publishing.siteCopy': defineCall({
      input: z.object({ id: z.uuid() }).strict(),
      output: z.object({ siteCopy: siteCopySchema, article: outboxItemSchema.shape.article, draftId: draftIdSchema }),
    }),
    /**
     * Brings the site's text (headline, standfirst, body) into the draft as a revision ("the site's
     * text"), over the draft as it is now; the draft's text is kept as a revision first. The item ends.
     */
    'publishing.adoptSiteCopy': defineCall({
      input: z
        .object({
          id: z.uuid(),
          headline: articleContentSchema.shape.headline,
          standfirst: articleContentSchema.shape.standfirst,
          body: articleContentSchema.shape.body,
        })
        .strict(),
      output: draftSchema,
    }),
    /** What the draft remembers of its posts, one per site. */
    'publishing.records': defineCall({
      input: z.object({ draftId: draftIdSchema }).strict(),
      output: z.object({ records: z.array(publishingRecordSchema) }),
    }),
    /** The page has saved everything after `app.closing`: the window may close. */
    'app.readyToClose': defineCall({ input: noInput, output: z.object({}) }),
    /** The user's settings. */
    'settings.get': defineCall({ input: noInput, output: settingsSchema }),
    /** Changes some settings; returns them all. */
    'settings.update': defineCall({ input: settingsUpdateSchema, output: settingsSchema }),
  },
  events: {
    /** Drafts were created, saved or removed, by this window or another. */
    'drafts.changed': z.object({ ids: z.array(draftIdSchema) }),
    /** The settings changed, in this window or another. */
    'settings.changed': settingsSchema,
    /** A publishing site was added, changed or removed. */
    'sites.changed': z.object({}),
    /** An outbox item changed (queued, progressed, retried, failed, done). */
    'publishing.changed': outboxSummarySchema,
    /** The desktop window is about to close: save everything, then call `app.readyToClose`. */
    'app.closing': z.object({}),
    /** A command chosen in the desktop app's native menu. */
    'menu.command': z.object({ command: z.enum(['newDraft']) }),
  },
  errors: apiErrorSchema,
} as const satisfies RpcContract;

export type ApiContract = typeof apiContract;
