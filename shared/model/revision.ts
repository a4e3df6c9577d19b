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

/** What is stored for a revision: bookkeeping plus the ids of its blobs. */
export const revisionManifestSchema = z.object({
  id: z.uuid(),
  draftId: z.uuid(),
  createdAt: z.iso.datetime(),
  author: z.string().max(120),
  kind: revisionKindSchema,
  message: z.string().max(4000),
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
