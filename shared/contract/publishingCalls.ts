/** Publishing: the WordPress sites, the outbox, and what each draft remembers of its posts. */
import { z } from 'zod';
import { articleContentSchema } from '../model/article';
import { draftIdSchema, draftSchema } from '../model/draft';
import {
  outboxItemSchema,
  outboxSummarySchema,
  publishingRecordSchema,
  siteCopySchema,
  siteLocalTimeSchema,
  wordPressStatusSchema,
} from '../publishing/outboxItem';
import { secretStorageSchema, siteIdSchema, siteInputSchema, siteSchema } from '../publishing/site';
import { defineCall } from '../rpc/rpcContract';
import { noInput } from './noInput';

export const publishingCalls = {
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
} as const;

export const publishingEvents = {
  /** A publishing site was added, changed or removed. */
  'sites.changed': z.object({}),
  /** An outbox item changed (queued, progressed, retried, failed, done). */
  'publishing.changed': outboxSummarySchema,
} as const;
