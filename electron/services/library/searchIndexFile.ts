/**
 * The search index and the list's summaries on disk, so a large library opens without reading
 * every draft: `index/library-index.json` (summaries, file stamps, terms) and
 * `index/library-index.postings` (the posting lists, binary). The JSON names the postings'
 * length and SHA-256; anything that does not add up is refused (and the caller rebuilds) —
 * a damaged index is never trusted.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { draftSummarySchema, type DraftSummary } from '../../../shared/model/draft';
import { writeFileAtomic } from '../atomicFile';
import { DraftSearchIndex } from './draftSearchIndex';
import type { LibraryLayout } from './libraryLayout';

// 2: the folding covers every Arabic mark (the one table in shared/text), so terms may differ.
export const indexFormatVersion = 2;

export interface IndexedEntry {
  summary: DraftSummary;
  mtimeMs: number;
  size: number;
  /** The file's inode where the platform has one: every atomic write makes a new one. */
  ino?: number;
}

const headerSchema = z.object({
  format: z.literal(indexFormatVersion),
  entries: z.array(z.object({ summary: draftSummarySchema, mtimeMs: z.number(), size: z.number(), ino: z.number().optional() })),
  search: z.object({
    ids: z.array(z.string()),
    updatedAt: z.array(z.string()),
    headlines: z.array(z.string()),
    terms: z.string(),
    counts: z.array(z.number().int().nonnegative()),
  }),
  postings: z.object({ length: z.number().int().nonnegative(), sha256: z.string().length(64) }),
});

export async function saveSearchIndex(layout: LibraryLayout, entries: readonly IndexedEntry[], index: DraftSearchIndex): Promise<void> {
  const { postings, ...search } = index.serialise();
  const bytes = new Uint8Array(postings.buffer, postings.byteOffset, postings.byteLength);
  // Postings first: a header only ever points at postings that are already complete on disk.
  await writeFileAtomic(layout.indexPostingsFile, bytes);
  const header = {
    format: indexFormatVersion,
    entries,
    search,
    postings: { length: postings.length, sha256: createHash('sha256').update(bytes).digest('hex') },
  };
  await writeFileAtomic(layout.indexHeaderFile, JSON.stringify(header));
}

/** The persisted index, or undefined when there is none; throws when it is damaged or does not add up. */
export async function loadSearchIndex(layout: LibraryLayout): Promise<{ entries: IndexedEntry[]; index: DraftSearchIndex } | undefined> {
  let headerText: string;
  try {
    headerText = await readFile(layout.indexHeaderFile, 'utf8');
  } catch {
    return undefined;
  }
  const header = headerSchema.parse(JSON.parse(headerText));
  const bytes = await readFile(layout.indexPostingsFile);
  if (bytes.length !== header.postings.length * 4) throw new Error('index postings have the wrong length');
  if (createHash('sha256').update(bytes).digest('hex') !== header.postings.sha256)
    throw new Error('index postings do not match their checksum');
  const postings = new Uint32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  const index = DraftSearchIndex.deserialise({ ...header.search, postings });
  const indexed = new Set(header.search.ids);
  if (header.entries.length !== indexed.size || header.entries.some((entry) => !indexed.has(entry.summary.id)))
    throw new Error('index entries and documents differ');
  return { entries: header.entries, index };
}
