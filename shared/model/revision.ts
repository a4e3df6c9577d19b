/**
 * Revisions: immutable snapshots of a whole article (every field and the body), with who made
 * them, when, why (the kind) and an optional message. A snapshot is stored as content-addressed
 * blobs — the fields, and each top-level block of the body — so a revision that changes one
 * paragraph adds one small blob and a list of block ids, whatever the article's length.
 */
import { z } from 'zod';
import { articleContentSchema, articleStatusSchema } from './article';

export const revisionKinds = [
  'manual',
  'statusChange',
  'beforeRestore',
  'restored',
  'afterImport',
  'beforePublish',
  'fromSite',
  'checkpoint',
  'review',
] as const;
export const revisionKindSchema = z.enum(revisionKinds);
export type RevisionKind = z.infer<typeof revisionKindSchema>;

/** A blob's id: the first 12 bytes of the SHA-256 of its canonical JSON, base64url (16 characters). */
export const blobIdLength = 16;
export const blobIdSchema = z.string().regex(/^[A-Za-z0-9_-]{16}$/);

/** The kinds of change a comparison finds (shared/review/articleDiff.ts names them). */
export const changeKinds = [
  'field',
  'tagAdded',
  'tagRemoved',
  'relatedAdded',
  'relatedRemoved',
  'relatedReordered',
  'blockAdded',
  'blockRemoved',
  'words',
  'quoteAttribution',
] as const;

/**
 * One change as a note keeps it, in no language: what kind, where (a field's name, or the body
 * block's number from 1), and the text removed and added (excerpts; the speaker, for a quote's).
 */
export const changeSummarySchema = z.object({
  kind: z.enum(changeKinds),
  field: z.string().max(40).optional(),
  block: z.number().int().positive().optional(),
  blockType: z.string().max(40).optional(),
  removed: z.string().max(400).optional(),
  added: z.string().max(400).optional(),
});
export type ChangeSummary = z.infer<typeof changeSummarySchema>;

/** A review's decisions: the changes accepted and those rejected. */
export const reviewDecisionsSchema = z.object({
  accepted: z.array(changeSummarySchema).max(2000),
  rejected: z.array(changeSummarySchema).max(2000),
});
export type ReviewDecisions = z.infer<typeof reviewDecisionsSchema>;

/**
 * A revision's note as data, said in the reader's language: a review's decisions, or a workflow
 * move's action (a transition's name in shared/model/workflow.ts, or editedAfterCopyDesk) with the
 * user's note (for a post marked published, the site's name). Optional in the manifest: older
 * revisions have only their message text, which is shown as it was written. The action is any
 * short name, not a closed list, so a newer app's move does not make the revision unreadable.
 */
export const revisionNoteSchema = z.discriminatedUnion('kind', [
  reviewDecisionsSchema.extend({ kind: z.literal('review') }),
  z.object({ kind: z.literal('statusChange'), action: z.string().min(1).max(40), note: z.string().max(2000).optional() }),
]);
export type RevisionNote = z.infer<typeof revisionNoteSchema>;

/** What is stored for a revision: bookkeeping plus the ids of its blobs. */
export const revisionManifestSchema = z.object({
  id: z.uuid(),
  draftId: z.uuid(),
  createdAt: z.iso.datetime(),
  author: z.string().max(120),
  kind: revisionKindSchema,
  message: z.string().max(4000),
  /** The note as data (absent in revisions written before notes were data); `message` stays its text for older versions of the app. */
  note: revisionNoteSchema.optional(),
  status: articleStatusSchema,
  /** The working copy's version the snapshot was taken from. */
  draftVersion: z.number().int().positive(),
  fields: blobIdSchema,
  /** The body's top-level blocks, as blob ids written one after another. */
  blocks: z.string().regex(/^(?:[A-Za-z0-9_-]{16})*$/),
});
export type RevisionManifest = z.infer<typeof revisionManifestSchema>;

/** What the history panel lists. */
export const revisionSummarySchema = revisionManifestSchema.omit({ fields: true, blocks: true });
export type RevisionSummary = z.infer<typeof revisionSummarySchema>;

/** A revision with its whole article. */
export const revisionSchema = revisionSummarySchema.extend({ content: articleContentSchema });
export type Revision = z.infer<typeof revisionSchema>;

/** JSON with object keys sorted, so equal content always hashes alike. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The blob ids of a manifest's body, in order. */
export function blockIdsOf(manifest: Pick<RevisionManifest, 'blocks'>): string[] {
  const ids: string[] = [];
  for (let offset = 0; offset < manifest.blocks.length; offset += blobIdLength)
    ids.push(manifest.blocks.slice(offset, offset + blobIdLength));
  return ids;
}
