/**
 * A draft as stored and exchanged: an article's content plus the library's bookkeeping. The
 * document carries `schemaVersion`; older documents are brought up to date by `migrateDraft`.
 * `version` counts saves and guards against lost updates.
 */
import { z } from 'zod';
import { articleContentSchema, articleStatusSchema, type ArticleContent } from './article';

export const currentDraftSchemaVersion = 2;

/** Draft ids are UUIDs: safe as folder names on every platform. */
export const draftIdSchema = z.uuid();

export const draftSchema = articleContentSchema.extend({
  schemaVersion: z.literal(currentDraftSchemaVersion),
  id: draftIdSchema,
  /** Incremented by every save; a save must name the version it was based on. */
  version: z.number().int().positive(),
  status: articleStatusSchema,
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});

export type Draft = z.infer<typeof draftSchema>;

/** A new draft of `content`: version 1, status draft, created and updated at `at` (ISO). */
export function newDraft(content: ArticleContent, id: string, at: string): Draft {
  return { ...content, schemaVersion: currentDraftSchemaVersion, id, version: 1, status: 'draft', createdAt: at, updatedAt: at };
}

/** The article of a draft: its content without the library's bookkeeping (what a save sends, what a copy takes). */
export function articleContentOf(draft: Draft): ArticleContent {
  const {
    schemaVersion: _schemaVersion,
    id: _id,
    version: _version,
    status: _status,
    createdAt: _createdAt,
    updatedAt: _updatedAt,
    ...content
  } = draft;
  return content;
}

/** What the library list shows of a draft. */
export const draftSummarySchema = z.object({
  id: draftIdSchema,
  version: z.number().int().positive(),
  headline: z.string(),
  section: z.string(),
  byline: z.string(),
  status: articleStatusSchema,
  tags: z.array(z.string()),
  excerpt: z.string(),
  wordCount: z.number().int().nonnegative(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});

export type DraftSummary = z.infer<typeof draftSummarySchema>;
