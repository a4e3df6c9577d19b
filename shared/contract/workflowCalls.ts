/**
 * What the desk does with a draft beyond editing it: workflow moves, reviews, revisions, and a
 * draft with its whole history handed to another desktop.
 */
import { z } from 'zod';
import { articleContentSchema, articleStatusSchema } from '../model/article';
import { draftIdSchema, draftSchema } from '../model/draft';
import { reviewDecisionsSchema, revisionSchema, revisionSummarySchema } from '../model/revision';
import { defineCall } from '../rpc/rpcContract';

export const workflowCalls = {
  /** A workflow move (submit, start or finish copy editing, approve, mark published, return with a note). */
  'drafts.transition': defineCall({
    input: z.object({ id: draftIdSchema, to: articleStatusSchema, note: z.string().max(2000).optional() }).strict(),
    output: draftSchema,
  }),
  /** Saves the outcome of a review over `baseVersion`, as a revision with the message and the decisions as data. */
  'drafts.saveReview': defineCall({
    input: z
      .object({
        id: draftIdSchema,
        baseVersion: z.number().int().positive(),
        content: articleContentSchema,
        message: z.string().max(4000),
        decisions: reviewDecisionsSchema.strict().optional(),
      })
      .strict(),
    output: draftSchema,
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
} as const;
