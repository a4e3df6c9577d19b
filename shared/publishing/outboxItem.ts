/**
 * One publish waiting in, or gone through, the outbox: what is sent (a snapshot of the article
 * taken when it was queued), where, and how far it got. Items are files in the main process's
 * data folder, so they survive a restart and wait out a site that is down.
 */
import { z } from 'zod';
import { articleContentSchema } from '../model/article';
import { draftIdSchema } from '../model/draft';
import { siteIdSchema } from './site';

export const wordPressStatuses = ['draft', 'pending', 'future', 'publish'] as const;
export const wordPressStatusSchema = z.enum(wordPressStatuses);
export type WordPressStatus = z.infer<typeof wordPressStatusSchema>;

/** A date and time on the site's clock, to the minute. */
export const siteLocalTimeSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);

export const outboxStates = ['queued', 'sending', 'retrying', 'failed', 'needsChoice', 'done', 'cancelled'] as const;
export const outboxStateSchema = z.enum(outboxStates);
export type OutboxState = z.infer<typeof outboxStateSchema>;

/** The steps of one attempt, for the progress shown. */
export const outboxSteps = ['connecting', 'terms', 'checking', 'sending', 'recording'] as const;
export const outboxStepSchema = z.enum(outboxSteps);
export type OutboxStep = z.infer<typeof outboxStepSchema>;

/** Why an attempt failed, as the interface names it. */
export const publishFailureKinds = [
  'unreachable',
  'timeout',
  'notWordPress',
  'restDisabled',
  'wrongPassword',
  'cannotPublish',
  'rateLimited',
  'serverError',
  'rejected',
  'passwordNeeded',
  'siteRemoved',
  'postGone',
  'internal',
] as const;
export const publishFailureKindSchema = z.enum(publishFailureKinds);
export type PublishFailureKind = z.infer<typeof publishFailureKindSchema>;

/** The site's copy, kept when it changed since the last publish, for the user to compare. */
export const siteCopySchema = z.object({
  title: z.string(),
  excerpt: z.string(),
  content: z.string(),
  modifiedGmt: z.string().max(40),
});
export type SiteCopy = z.infer<typeof siteCopySchema>;

export const outboxItemSchema = z.object({
  id: z.uuid(),
  draftId: draftIdSchema,
  siteId: siteIdSchema,
  /** The library the draft lives in (publishing records are written beside the draft). */
  libraryFolder: z.string().max(4096),
  /** The draft's version when it was queued. */
  draftVersion: z.number().int().positive(),
  article: articleContentSchema,
  status: wordPressStatusSchema,
  scheduledFor: siteLocalTimeSchema.optional(),
  state: outboxStateSchema,
  step: outboxStepSchema.optional(),
  attempts: z.number().int().nonnegative(),
  nextAttemptAt: z.iso.datetime().optional(),
  failure: z
    .object({ kind: publishFailureKindSchema, status: z.number().int().optional(), code: z.string().max(200).optional() })
    .optional(),
  /** Set, and written to disk, before the first request that may create the post. */
  hasTriedCreate: z.boolean(),
  /** The site copy's modified time the user chose to overwrite (only that one). */
  overwriteModifiedGmt: z.string().max(40).optional(),
  siteCopy: siteCopySchema.optional(),
  result: z.object({ postId: z.number().int().positive(), link: z.string().max(4000) }).optional(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type OutboxItem = z.infer<typeof outboxItemSchema>;

/** What the interface lists: the item without its article body. */
export const outboxSummarySchema = outboxItemSchema.omit({ article: true, libraryFolder: true }).extend({ headline: z.string() });
export type OutboxSummary = z.infer<typeof outboxSummarySchema>;

/** The share of an attempt done at each step, for a progress bar. */
export function outboxProgress(item: Pick<OutboxItem, 'state' | 'step'>): number {
  if (item.state === 'done') return 1;
  if (item.state !== 'sending' || !item.step) return 0;
  return (outboxSteps.indexOf(item.step) + 1) / (outboxSteps.length + 1);
}

/** What a draft remembers of its post on one site. */
export const publishingRecordSchema = z.object({
  siteId: siteIdSchema,
  siteUrl: z.string().max(2000),
  postId: z.number().int().positive(),
  link: z.string().max(4000),
  /** The post's `modified_gmt` right after our last write: a different one means someone edited it on the site. */
  modifiedGmt: z.string().max(40),
  status: z.string().max(40),
  publishedAt: z.iso.datetime(),
  /** The draft version that was published. */
  draftVersion: z.number().int().positive(),
});
export type PublishingRecord = z.infer<typeof publishingRecordSchema>;
