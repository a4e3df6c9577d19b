/**
 * A draft as stored and exchanged: the document (versioned by `schemaVersion`) plus the
 * library's bookkeeping (`version` counts saves and guards against lost updates).
 */
import { z } from 'zod';
import { richTextDocumentSchema } from './richTextDocument';

export const currentDraftSchemaVersion = 1;

/** Draft ids are UUIDs: safe as folder names on every platform. */
export const draftIdSchema = z.uuid();

export const headlineSchema = z.string().max(1000);

export const draftSchema = z.object({
  schemaVersion: z.literal(currentDraftSchemaVersion),
  id: draftIdSchema,
  /** Incremented by every save; a save must name the version it was based on. */
  version: z.number().int().positive(),
  headline: headlineSchema,
  body: richTextDocumentSchema,
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});

export type Draft = z.infer<typeof draftSchema>;

/** What the library list shows of a draft. */
export const draftSummarySchema = z.object({
  id: draftIdSchema,
  version: z.number().int().positive(),
  headline: headlineSchema,
  excerpt: z.string(),
  wordCount: z.number().int().nonnegative(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});

export type DraftSummary = z.infer<typeof draftSummarySchema>;
