/**
 * What the store knows of the drafts on disk without reading them again: for every draft file,
 * its summary and the stamp of the file it came from (or, for a file that cannot be read, why,
 * with a copy of its bytes in quarantine), and the search index over them. Kept up to date with
 * the disk by `refresh` (one draft) and `rescan` (all), which read only files whose stamp
 * changed; persisted to `index/` a few seconds after the last change, so a large library opens
 * without reading every draft.
 */
import { copyFile, mkdir, open, readFile, readdir, stat } from 'node:fs/promises';
import { draftIdSchema, type Draft, type DraftSummary } from '../../../shared/model/draft';
import { draftSummaryOf, summaryFieldsOf } from '../../../shared/model/draftSummary';
import type { DamagedDraft } from '../../../shared/model/library';
import { searchedTextOf } from '../../../shared/search/searchedText';
import { writeFileAtomic } from '../atomicFile';
import { pathExists } from '../pathExists';
import { describeError, parseDraft, type FileStamp } from './draftFile';
import { DraftSearchIndex, type SearchHit } from './draftSearchIndex';
import type { LibraryLayout } from './libraryLayout';
import { loadSearchIndex, saveSearchIndex, type IndexedEntry } from './searchIndexFile';

export interface KnownDraftsOptions {
  now: () => Date;
  onProblem?: (message: string, error?: unknown) => void;
}

interface DamagedEntry extends DamagedDraft, FileStamp {}

/** How many files a rescan reads at once. */
const rescanBatch = 256;

export class KnownDrafts {
  private entries = new Map<string, IndexedEntry>();
  private readonly damaged = new Map<string, DamagedEntry>();
  private index = new DraftSearchIndex();
  private persistTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly layout: LibraryLayout,
    private readonly options: KnownDraftsOptions,
  ) {}

  /** Takes the persisted index (a damaged one is discarded), then reads whatever changed on disk since. */
  async load(): Promise<void> {
    const persisted = await loadSearchIndex(this.layout).catch((error: unknown) => {
      this.options.onProblem?.('search index discarded, rebuilding', error);
      return undefined;
    });
    if (persisted) {
      this.index = persisted.index;
      this.entries = new Map(persisted.entries.map((entry) => [entry.summary.id, entry]));
    }
    const changed = await this.rescan();
    if (!persisted || changed.length > 0) this.schedulePersist(0);
  }

  summaries(): DraftSummary[] {
    return [...this.entries.values()].map((entry) => entry.summary);
  }

  summary(id: string): DraftSummary | undefined {
    return this.entries.get(id)?.summary;
  }

  /**
   * The summary of a draft when the file on disk is still the one it came from (same inode, size
   * and time: every atomic write makes a new inode), so a save need not read the file; undefined
   * when the file changed or is not known. The file is opened, not stat'ed by path, which makes
   * network file systems check it afresh.
   */
  async currentSummary(id: string): Promise<DraftSummary | undefined> {
    const stamp = await open(this.layout.draftFile(id), 'r')
      .then(async (handle) => {
        try {
          return await handle.stat();
        } finally {
          await handle.close();
        }
      })
      .catch(() => undefined);
    return stamp && this.isCurrent(id, stamp) ? this.summary(id) : undefined;
  }

  /** Whether `stamp` is the stamp of the file this knowledge came from (so it is current). */
  isCurrent(id: string, stamp: FileStamp): boolean {
    const known = this.entries.get(id);
    return !!known && known.ino === stamp.ino && known.mtimeMs === stamp.mtimeMs && known.size === stamp.size;
  }

  damagedDrafts(): DamagedDraft[] {
    return [...this.damaged.values()].map(({ mtimeMs: _mtime, size: _size, ino: _ino, ...damaged }) => damaged);
  }

  search(query: string, isAllowed: (id: string) => boolean): SearchHit[] {
    return this.index.search(query, { isAllowed });
  }

  /** Compares every draft file with what is known; reads only those that changed. Returns the ids that changed. */
  async rescan(): Promise<string[]> {
    const names = (await readdir(this.layout.draftsFolder)).filter((name) => draftIdSchema.safeParse(name).success);
    const present = new Set(names);
    const changed: string[] = [];
    for (let start = 0; start < names.length; start += rescanBatch) {
      const batch = names.slice(start, start + rescanBatch);
      const results = await Promise.all(batch.map((id) => this.refresh(id, { isQuiet: true })));
      batch.forEach((id, position) => results[position] && changed.push(id));
    }
    for (const id of [...this.entries.keys(), ...this.damaged.keys()]) {
      // A draft created while this scan ran is not in its listing: only a file really gone is forgotten.
      if (!present.has(id) && !(await pathExists(this.layout.draftFile(id)))) {
        this.forget(id);
        changed.push(id);
      }
    }
    return changed;
  }

  /** Re-reads one draft if its file changed; returns whether anything changed. */
  async refresh(id: string, { isQuiet = false } = {}): Promise<boolean> {
    let info: FileStamp;
    try {
      const { mtimeMs, size, ino } = await stat(this.layout.draftFile(id));
      info = { mtimeMs, size, ino };
    } catch {
      const wasKnown = this.entries.has(id) || this.damaged.has(id);
      this.forget(id);
      return wasKnown;
    }
    const known = this.entries.get(id) ?? this.damaged.get(id);
    if (known && known.mtimeMs === info.mtimeMs && known.size === info.size && (known.ino === undefined || known.ino === info.ino))
      return false;
    let bytes: Buffer;
    try {
      bytes = await readFile(this.layout.draftFile(id));
    } catch (error) {
      await this.markDamaged(id, 'unreadable', describeError(error), undefined, info);
      return true;
    }
    const parsed = parseDraft(bytes.toString('utf8'), id);
    if (parsed.ok) {
      this.damaged.delete(id);
      this.remember(parsed.draft, info);
    } else {
      await this.markDamaged(id, parsed.reason, parsed.detail, bytes, info);
    }
    if (!isQuiet) this.schedulePersist();
    return true;
  }

  /**
   * The store just wrote `draft` as the file with `stamp`. What the list needs is known at once
   * without counting; the counts, the excerpt and the index catch up right after the save's
   * answer has gone (unless the file changed again by then).
   */
  wrote(draft: Draft, stamp: FileStamp): void {
    const previous = this.entries.get(draft.id)?.summary;
    const quick: DraftSummary = previous ? { ...previous, ...summaryFieldsOf(draft) } : draftSummaryOf(draft);
    this.damaged.delete(draft.id);
    this.entries.set(draft.id, { summary: quick, ...stamp });
    setImmediate(() => {
      if (!this.isCurrent(draft.id, stamp)) return;
      this.remember(draft, stamp);
      this.schedulePersist();
    });
  }

  forget(id: string): void {
    this.entries.delete(id);
    this.damaged.delete(id);
    this.index.remove(id);
  }

  /** Writes the index now (it is otherwise written a few seconds after the last change). */
  async persist(): Promise<void> {
    clearTimeout(this.persistTimer);
    this.persistTimer = undefined;
    try {
      await saveSearchIndex(this.layout, [...this.entries.values()], this.index);
    } catch (error) {
      this.options.onProblem?.('could not persist the search index', error);
    }
  }

  /** Stops the pending write, writing the index first if one was due. */
  async dispose(): Promise<void> {
    if (this.persistTimer) await this.persist();
  }

  private schedulePersist(delayMs = 3_000): void {
    clearTimeout(this.persistTimer);
    this.persistTimer = setTimeout(() => void this.persist(), delayMs);
    this.persistTimer.unref?.();
  }

  private remember(draft: Draft, stamp: FileStamp): void {
    this.entries.set(draft.id, { summary: draftSummaryOf(draft), ...stamp });
    this.index.upsert({ id: draft.id, updatedAt: draft.updatedAt, ...searchedTextOf(draft) });
  }

  private async markDamaged(
    id: string,
    reason: DamagedDraft['reason'],
    detail: string,
    bytes: Buffer | undefined,
    stamp: FileStamp,
  ): Promise<void> {
    this.entries.delete(id);
    this.index.remove(id);
    const detectedAt = this.options.now();
    const quarantinedAs = this.layout.quarantineFile(id, detectedAt);
    try {
      await mkdir(this.layout.quarantineFolder, { recursive: true });
      if (bytes) await writeFileAtomic(quarantinedAs, bytes);
      else await copyFile(this.layout.draftFile(id), quarantinedAs);
    } catch (error) {
      this.options.onProblem?.(`could not quarantine a copy of ${id}`, error);
    }
    this.damaged.set(id, { id, reason, detail: detail.slice(0, 500), quarantinedAs, detectedAt: detectedAt.toISOString(), ...stamp });
    this.options.onProblem?.(`draft ${id} needs attention: ${reason}`);
  }
}
