/**
 * What a draft remembers of its posts: `drafts/<id>/publishing.json` in its library, one record
 * per site (post id, link, and the post's modified time after our last write). Written
 * atomically, one change at a time. A damaged or missing file reads as no records: the next
 * publish then finds the post by its marker instead of creating another.
 */
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { publishingRecordSchema, type PublishingRecord } from '../../../shared/publishing/outboxItem';
import { writeFileAtomic } from '../atomicFile';
import { KeyedQueue } from '../keyedQueue';
import { LibraryLayout } from '../library/libraryLayout';

const recordsFileSchema = z.object({ records: z.array(publishingRecordSchema) });

function recordsFile(libraryFolder: string, draftId: string): string {
  return new LibraryLayout(libraryFolder).publishingRecordsFile(draftId);
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

// Changes to one file go one after another: items of one draft on two sites finish at the same time.
const changesInProgress = new KeyedQueue();

function changeRecords(
  libraryFolder: string,
  draftId: string,
  change: (records: PublishingRecord[]) => PublishingRecord[] | undefined,
): Promise<void> {
  const file = recordsFile(libraryFolder, draftId);
  return changesInProgress.run(file, async () => {
    const changed = change(await readPublishingRecords(libraryFolder, draftId));
    if (changed) await writeFileAtomic(file, `${JSON.stringify({ records: changed }, null, 1)}\n`);
  });
}

/** Keeps `record` as the draft's post on its site (replacing an earlier one for that site). */
export function writePublishingRecord(libraryFolder: string, draftId: string, record: PublishingRecord): Promise<void> {
  return changeRecords(libraryFolder, draftId, (records) => [...records.filter((existing) => existing.siteId !== record.siteId), record]);
}

/** Forgets the draft's post on a site (it was deleted there; the next publish creates a new one). */
export function forgetPublishingRecord(libraryFolder: string, draftId: string, siteId: string): Promise<void> {
  return changeRecords(libraryFolder, draftId, (records) =>
    records.some((record) => record.siteId === siteId) ? records.filter((record) => record.siteId !== siteId) : undefined,
  );
}
