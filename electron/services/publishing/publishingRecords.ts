/**
 * What a draft remembers of its posts: `drafts/<id>/publishing.json` in its library, one record
 * per site (post id, link, and the post's modified time after our last write). Written
 * atomically; a damaged file reads as no records (the next publish then looks the post up by its
 * marker rather than doubling it only if the outbox item still knows it tried).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { publishingRecordSchema, type PublishingRecord } from '../../../shared/publishing/outboxItem';
import { writeFileAtomic } from '../atomicFile';
import { LibraryLayout } from '../libraryLayout';

const recordsFileSchema = z.object({ records: z.array(publishingRecordSchema) });

function recordsFile(libraryFolder: string, draftId: string): string {
  return join(new LibraryLayout(libraryFolder).draftFolder(draftId), 'publishing.json');
}

export async function readPublishingRecords(libraryFolder: string, draftId: string): Promise<PublishingRecord[]> {
  let text: string;
  try {
    text = await readFile(recordsFile(libraryFolder, draftId), 'utf8');
  } catch {
    return [];
  }
  try {
    return recordsFileSchema.parse(JSON.parse(text)).records;
  } catch {
    return [];
  }
}

/** Keeps `record` as the draft's post on its site (replacing an earlier one for that site). */
export async function writePublishingRecord(libraryFolder: string, draftId: string, record: PublishingRecord): Promise<void> {
  const records = (await readPublishingRecords(libraryFolder, draftId)).filter((existing) => existing.siteId !== record.siteId);
  await writeFileAtomic(recordsFile(libraryFolder, draftId), `${JSON.stringify({ records: [...records, record] }, null, 1)}\n`);
}

/** Forgets the draft's post on a site (it was deleted there; the next publish creates a new one). */
export async function forgetPublishingRecord(libraryFolder: string, draftId: string, siteId: string): Promise<void> {
  const records = await readPublishingRecords(libraryFolder, draftId);
  if (!records.some((record) => record.siteId === siteId)) return;
  await writeFileAtomic(recordsFile(libraryFolder, draftId), `${JSON.stringify({ records: records.filter((record) => record.siteId !== siteId) }, null, 1)}\n`);
}
