/**
 * The drafts library on disk (see LibraryLayout). Every write is atomic and durable; every save
 * names the version it was based on and is refused with `draft.conflict` if the draft moved on —
 * the refused content is kept as a conflict copy beside the draft, so nothing is lost and nothing
 * is overwritten. A damaged file never stops the library: it is listed as needing attention, a
 * copy of its bytes goes to quarantine and the original stays untouched. Summaries and the search
 * index are kept in memory, persisted, and brought up to date with what is on disk when the
 * library opens and whenever another process changes it (file watching, with a periodic rescan).
 */
import { randomUUID } from 'node:crypto';
import { watch, type FSWatcher } from 'node:fs';
import { copyFile, mkdir, open, readFile, readdir, rename, rm, stat } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { ApiFailure } from '../../../shared/contract/apiError';
import { emptyArticleContent, type ArticleContent } from '../../../shared/model/article';
import { currentDraftSchemaVersion, draftIdSchema, draftSchema, type Draft, type DraftSummary } from '../../../shared/model/draft';
import { migrateDraft } from '../../../shared/model/draftMigrations';
import { isWellFormedRichTextDocument } from '../../../shared/model/richTextDocument';
import {
  conflictCopySchema,
  type ConflictCopy,
  type ConflictResolution,
  type DamagedDraft,
  type DraftFilter,
  type EditLockHolder,
  type SearchResult,
  type TrashedDraft,
} from '../../../shared/model/library';
import { excerptOf, plainTextOf } from '../../../shared/model/plainText';
import { normaliseArabic, normaliseWithPositions, queryTerms } from '../../../shared/search/arabicNormaliser';
import { withSlugFollowingHeadline } from '../../../shared/text/slug';
import { articleCopy } from '../../../shared/model/articleCopy';
import { countWords } from '../../../shared/text/textCounts';
import { syncFolder, writeFileAtomic } from '../atomicFile';
import { DraftSearchIndex } from './draftSearchIndex';
import { withFileLock } from '../fileLock';
import { LibraryLayout } from './libraryLayout';
import { RevisionStore } from '../revisionStore';
import { loadSearchIndex, saveSearchIndex, type IndexedEntry } from './searchIndexFile';

export interface DraftStoreOptions {
  now?: () => Date;
  /** Who saves, for conflict copies and edit locks. */
  userName?: () => string;
  machineName?: string;
  /** Watch the folder for other processes' changes (default true). */
  isWatching?: boolean;
  /** Trashed drafts older than this are purged when the library opens (default 30 days). */
  trashRetentionDays?: number;
  onProblem?: (message: string, error?: unknown) => void;
}

export interface DraftContentUpdate {
  id: string;
  baseVersion: number;
  content: ArticleContent;
  /** A new workflow status, when the save is a workflow move. */
  status?: Draft['status'];
}

type ChangeListener = (ids: string[]) => void;

interface Entry extends IndexedEntry {
  summary: DraftSummary;
}

const editLockStaleMs = 90_000;
const draftWithoutBodySchema = draftSchema.omit({ body: true });
const rescanIntervalMs = 60_000;

export class DraftStore {
  readonly layout: LibraryLayout;
  readonly revisions: RevisionStore;
  readonly instanceId = randomUUID();
  private readonly now: () => Date;
  private readonly userName: () => string;
  private readonly machineName: string;
  private readonly options: DraftStoreOptions;
  private readonly listeners = new Set<ChangeListener>();
  private readonly queues = new Map<string, Promise<unknown>>();
  private entries = new Map<string, Entry>();
  private damaged = new Map<string, DamagedDraft & { mtimeMs: number; size: number }>();
  private index = new DraftSearchIndex();
  private opening: Promise<void> | undefined;
  private watcher: FSWatcher | undefined;
  private rescanTimer: ReturnType<typeof setInterval> | undefined;
  private pendingRefresh = new Set<string>();
  private refreshTimer: ReturnType<typeof setTimeout> | undefined;
  private persistTimer: ReturnType<typeof setTimeout> | undefined;
  private isDisposed = false;

  constructor(
    readonly libraryFolder: string,
    options: DraftStoreOptions = {},
  ) {
    this.layout = new LibraryLayout(libraryFolder);
    this.options = options;
    this.now = options.now ?? (() => new Date());
    this.userName = options.userName ?? (() => '');
    this.machineName = options.machineName ?? hostname();
    this.revisions = new RevisionStore(this.layout, this.now);
  }

  /** Loads the library: persisted index first, then whatever changed on disk since. Idempotent. */
  open(): Promise<void> {
    // A failed opening (an unreadable folder) is tried again by the next call, not kept.
    this.opening ??= this.load().catch((error: unknown) => {
      this.opening = undefined;
      throw error;
    });
    return this.opening;
  }

  onChange(listener: ChangeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Every readable draft that matches the filter, most recently updated first. */
  async list(filter: DraftFilter = {}): Promise<DraftSummary[]> {
    await this.open();
    const matches = [...this.entries.values()].map((entry) => entry.summary).filter(filterPredicate(filter));
    return matches.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0));
  }

  /** Full-text search; the first `snippetCount` results carry the passage that matched. */
  async search(
    query: string,
    filter: DraftFilter = {},
    options: { limit?: number; snippetCount?: number } = {},
  ): Promise<{ results: SearchResult[]; total: number }> {
    await this.open();
    const isWanted = filterPredicate(filter);
    const hits = this.index.search(query, {
      isAllowed: (id) => {
        const entry = this.entries.get(id);
        return !!entry && isWanted(entry.summary);
      },
    });
    const limit = options.limit ?? 100;
    const snippetCount = options.snippetCount ?? 20;
    const terms = queryTerms(query);
    const results: SearchResult[] = [];
    for (const [position, hit] of hits.slice(0, limit).entries()) {
      // A draft may have left the library while earlier passages were read.
      const summary = this.entries.get(hit.id)?.summary;
      if (!summary) continue;
      const snippet = position < snippetCount ? await this.snippetFor(hit.id, terms).catch(() => undefined) : undefined;
      results.push(
        snippet ? { summary, isHeadlineMatch: hit.isHeadlineMatch, snippet } : { summary, isHeadlineMatch: hit.isHeadlineMatch },
      );
    }
    return { results, total: hits.length };
  }

  /** Drafts whose file cannot be read, with the reason and where their bytes were copied. */
  async needsAttention(): Promise<DamagedDraft[]> {
    await this.open();
    return [...this.damaged.values()].map(({ mtimeMs: _m, size: _s, ...damaged }) => damaged);
  }

  async get(id: string): Promise<Draft> {
    let bytes: string;
    try {
      bytes = await readFile(this.layout.draftFile(id), 'utf8');
    } catch (error) {
      if (isMissing(error)) throw new ApiFailure('draft.notFound', id);
      throw new ApiFailure('storage.failed', describe(error));
    }
    const parsed = parseDraft(bytes, id);
    if (!parsed.ok) throw new ApiFailure('draft.invalid', `${id}: ${parsed.detail}`);
    return parsed.draft;
  }

  /** A new draft, empty or with the given content (an import, a duplicate). */
  async create(content: Partial<ArticleContent> = {}): Promise<Draft> {
    await this.open();
    const timestamp = this.now().toISOString();
    const draft: Draft = {
      ...withSlugFollowingHeadline({ ...emptyArticleContent(), ...content }),
      schemaVersion: currentDraftSchemaVersion,
      id: randomUUID(),
      version: 1,
      status: 'draft',
      createdAt: timestamp,
      updatedAt: timestamp,
    };
    await mkdir(this.layout.draftFolder(draft.id), { recursive: true });
    await this.write(draft);
    this.notify([draft.id]);
    return draft;
  }

  /** Saves new content over `baseVersion`; if the draft moved on, keeps the content as a conflict copy and fails with `draft.conflict`. */
  save(update: DraftContentUpdate): Promise<{ version: number; updatedAt: string }> {
    return this.serialise(update.id, () =>
      withFileLock(this.layout.writeLockFile(update.id), async () => {
        const current = await this.currentBookkeeping(update.id);
        if (current.version !== update.baseVersion) {
          const conflictId = await this.keepConflictCopy(update, current.version);
          throw new ApiFailure('draft.conflict', `based on ${update.baseVersion}, on disk ${current.version}`, { conflictId });
        }
        const next: Draft = {
          ...current,
          ...update.content,
          status: update.status ?? current.status,
          version: current.version + 1,
          updatedAt: this.now().toISOString(),
        };
        await this.write(next);
        this.notify([next.id]);
        return { version: next.version, updatedAt: next.updatedAt };
      }),
    );
  }

  /**
   * What a save needs of the draft on disk: its bookkeeping. When the file is still the one this
   * store last wrote or read (same inode, size and time: every atomic write makes a new inode),
   * what is known is current and nothing is read; otherwise the file is read and parsed.
   */
  private async currentBookkeeping(
    id: string,
  ): Promise<Pick<Draft, 'schemaVersion' | 'id' | 'version' | 'status' | 'createdAt' | 'updatedAt'>> {
    const known = this.entries.get(id);
    // Opening the file (not stat by path) makes network file systems check it afresh.
    const info = await open(this.layout.draftFile(id), 'r')
      .then(async (handle) => {
        try {
          return await handle.stat();
        } finally {
          await handle.close();
        }
      })
      .catch(() => undefined);
    if (known && info && known.ino === info.ino && known.mtimeMs === info.mtimeMs && known.size === info.size) {
      const { version, status, createdAt, updatedAt } = known.summary;
      return { schemaVersion: currentDraftSchemaVersion, id, version, status, createdAt, updatedAt };
    }
    const { schemaVersion, version, status, createdAt, updatedAt } = await this.get(id);
    return { schemaVersion, id, version, status, createdAt, updatedAt };
  }

  /** Puts a whole draft (from another desktop's export) into the library as it is; it must not exist yet. */
  async adopt(draft: Draft): Promise<void> {
    await this.open();
    const valid = draftSchema.parse(draft);
    await mkdir(this.layout.draftFolder(valid.id), { recursive: true });
    await this.serialise(valid.id, () =>
      withFileLock(this.layout.writeLockFile(valid.id), async () => {
        if (
          await stat(this.layout.draftFile(valid.id)).then(
            () => true,
            () => false,
          )
        )
          throw new ApiFailure('draft.conflict', `${valid.id} exists`);
        await this.write(valid);
      }),
    );
    this.notify([valid.id]);
  }

  /** Keeps another working copy of a draft beside it as a conflict copy (an import that disagrees). */
  async keepAsConflict(id: string, content: ArticleContent, baseVersion: number): Promise<string> {
    const current = await this.get(id);
    const conflictId = await this.keepConflictCopy({ id, baseVersion, content }, current.version);
    this.notify([id]);
    return conflictId;
  }

  async duplicate(id: string, headlineSuffix: string): Promise<Draft> {
    const original = await this.get(id);
    const {
      id: _id,
      version: _version,
      schemaVersion: _schema,
      status: _status,
      createdAt: _created,
      updatedAt: _updated,
      ...content
    } = original;
    return this.create(articleCopy(content, headlineSuffix));
  }

  /** Moves a draft (its whole folder) to the trash. */
  async trash(id: string): Promise<void> {
    await this.open();
    await this.serialise(id, async () => {
      await this.get(id);
      await mkdir(this.layout.trashFolder, { recursive: true });
      // An older trashed copy of the same draft is kept beside it, never deleted by this.
      const earlier = await stat(this.layout.trashedFolder(id)).then(
        () => true,
        () => false,
      );
      if (earlier) await rename(this.layout.trashedFolder(id), `${this.layout.trashedFolder(id)}-${Date.now()}`);
      // The marker goes in first, so a crash mid-way leaves a folder that is clearly trashed.
      await writeFileAtomic(
        join(this.layout.draftFolder(id), 'trashed.json'),
        `${JSON.stringify({ trashedAt: this.now().toISOString() })}\n`,
      );
      await rename(this.layout.draftFolder(id), this.layout.trashedFolder(id));
      await syncFolder(this.layout.draftsFolder);
      this.forget(id);
      this.revisions.forget(id);
    });
    this.notify([id]);
  }

  async trashList(): Promise<TrashedDraft[]> {
    await mkdir(this.layout.trashFolder, { recursive: true });
    const trashed: TrashedDraft[] = [];
    for (const name of await readdir(this.layout.trashFolder)) {
      if (!draftIdSchema.safeParse(name).success) continue;
      try {
        const folder = this.layout.trashedFolder(name);
        const parsed = parseDraft(await readFile(join(folder, 'draft.json'), 'utf8'), name);
        // Without its marker (an interrupted move), a trashed folder counts from its own time.
        const trashedAt = await readFile(join(folder, 'trashed.json'), 'utf8')
          .then((text) => (JSON.parse(text) as { trashedAt: string }).trashedAt)
          .catch(async () => new Date((await stat(folder)).mtimeMs).toISOString());
        if (parsed.ok) trashed.push({ summary: summaryOf(parsed.draft), trashedAt });
      } catch {
        // A half-trashed folder is left for the next purge; it is not a draft the user can restore.
      }
    }
    return trashed.sort((a, b) => b.trashedAt.localeCompare(a.trashedAt));
  }

  async restore(id: string): Promise<void> {
    await this.open();
    try {
      await stat(this.layout.draftFolder(id));
      throw new ApiFailure('draft.conflict', `${id} already exists in the library`);
    } catch (error) {
      if (error instanceof ApiFailure) throw error;
    }
    try {
      await rename(this.layout.trashedFolder(id), this.layout.draftFolder(id));
      await rm(join(this.layout.draftFolder(id), 'trashed.json'), { force: true });
      this.revisions.forget(id);
    } catch (error) {
      if (isMissing(error)) throw new ApiFailure('draft.notFound', id);
      throw new ApiFailure('storage.failed', describe(error));
    }
    await syncFolder(this.layout.draftsFolder);
    await this.refresh(id);
    this.notify([id]);
  }

  /** Deletes trashed drafts for good: one, or all trashed before `olderThan`. */
  async purge(which: { id: string } | { olderThan: Date }): Promise<number> {
    const trashed = await this.trashList();
    const doomed =
      'id' in which
        ? trashed.filter((entry) => entry.summary.id === which.id)
        : trashed.filter((entry) => new Date(entry.trashedAt) < which.olderThan);
    for (const entry of doomed) {
      await rm(this.layout.trashedFolder(entry.summary.id), { recursive: true, force: true });
      this.revisions.forget(entry.summary.id);
    }
    return doomed.length;
  }

  async conflicts(id: string): Promise<ConflictCopy[]> {
    const folder = this.layout.conflictsFolder(id);
    const names = await readdir(folder).catch(() => [] as string[]);
    const copies: ConflictCopy[] = [];
    for (const name of names.filter((file) => file.endsWith('.json')).sort()) {
      try {
        const parsed = conflictCopySchema.safeParse(JSON.parse(await readFile(join(folder, name), 'utf8')));
        if (parsed.success) copies.push(parsed.data);
      } catch {
        // A damaged conflict copy does not hide the others.
      }
    }
    return copies;
  }

  /**
   * Settles a conflict: keep mine (the refused content becomes the next version), keep theirs
   * (the copy is dropped), or keep both (the copy becomes a new draft).
   */
  async resolveConflict(
    id: string,
    conflictId: string,
    resolution: ConflictResolution,
    copyHeadlineSuffix = '',
  ): Promise<{ keptAsId?: string }> {
    const copy = (await this.conflicts(id)).find((candidate) => candidate.conflictId === conflictId);
    if (!copy) throw new ApiFailure('draft.notFound', `${id}/${conflictId}`);
    let keptAsId: string | undefined;
    if (resolution === 'keepMine') {
      const current = await this.get(id);
      await this.save({ id, baseVersion: current.version, content: copy.content });
    } else if (resolution === 'keepBoth') {
      keptAsId = (await this.create(articleCopy(copy.content, copyHeadlineSuffix))).id;
    }
    await rm(join(this.layout.conflictsFolder(id), `${conflictId}.json`), { force: true });
    this.notify([id]);
    return keptAsId ? { keptAsId } : {};
  }

  /**
   * Takes the advisory edit lock of a draft for this instance, or says who has it. A lock whose
   * holder stopped renewing it (crashed, machine off) expires after 90 seconds.
   */
  async acquireEditLock(id: string): Promise<{ isHeld: boolean; heldBy?: EditLockHolder }> {
    const path = this.layout.editLockFile(id);
    const existing = await readFile(path, 'utf8').then(
      (text) => JSON.parse(text) as EditLockHolder & { renewedAt: string },
      () => undefined,
    );
    const isStale =
      !existing || Date.now() - Date.parse(existing.renewedAt) > editLockStaleMs || Number.isNaN(Date.parse(existing.renewedAt));
    if (existing && !isStale && existing.instanceId !== this.instanceId) {
      return { isHeld: false, heldBy: { name: existing.name, machine: existing.machine, instanceId: existing.instanceId } };
    }
    await stat(this.layout.draftFolder(id)).catch(() => {
      throw new ApiFailure('draft.notFound', id);
    });
    const holder = { name: this.userName(), machine: this.machineName, instanceId: this.instanceId, renewedAt: new Date().toISOString() };
    await writeFileAtomic(path, `${JSON.stringify(holder)}\n`);
    return { isHeld: true };
  }

  async releaseEditLock(id: string): Promise<void> {
    const path = this.layout.editLockFile(id);
    const existing = await readFile(path, 'utf8').then(
      (text) => JSON.parse(text) as EditLockHolder,
      () => undefined,
    );
    if (existing?.instanceId === this.instanceId) await rm(path, { force: true });
  }

  async dispose(): Promise<void> {
    this.isDisposed = true;
    this.watcher?.close();
    clearInterval(this.rescanTimer);
    clearTimeout(this.refreshTimer);
    if (this.persistTimer) {
      clearTimeout(this.persistTimer);
      await this.persistIndex();
    }
  }

  /** Writes the index now (it is otherwise written a few seconds after the last change). */
  async persistIndex(): Promise<void> {
    this.persistTimer = undefined;
    try {
      await saveSearchIndex(this.layout.indexFolder, [...this.entries.values()], this.index);
    } catch (error) {
      this.options.onProblem?.('could not persist the search index', error);
    }
  }

  // ── loading and keeping up with the disk ──────────────────────────────────────────────────

  private async load(): Promise<void> {
    for (const folder of [this.layout.draftsFolder, this.layout.trashFolder, this.layout.quarantineFolder, this.layout.indexFolder])
      await mkdir(folder, { recursive: true });
    const persisted = await loadSearchIndex(this.layout.indexFolder).catch((error: unknown) => {
      this.options.onProblem?.('search index discarded, rebuilding', error);
      return undefined;
    });
    if (persisted) {
      this.index = persisted.index;
      for (const entry of persisted.entries) this.entries.set(entry.summary.id, entry as Entry);
    }
    const changed = await this.rescan();
    if (!persisted || changed.length > 0) this.schedulePersist(0);
    const retentionDays = this.options.trashRetentionDays ?? 30;
    await this.purge({ olderThan: new Date(this.now().getTime() - retentionDays * 86_400_000) }).catch(() => 0);
    if (this.options.isWatching !== false) this.startWatching();
  }

  /** Compares every draft file with what is known; reads only those that changed. Returns the ids that changed. */
  private async rescan(): Promise<string[]> {
    const names = (await readdir(this.layout.draftsFolder)).filter((name) => draftIdSchema.safeParse(name).success);
    const present = new Set(names);
    const changed: string[] = [];
    for (let start = 0; start < names.length; start += 256) {
      const batch = names.slice(start, start + 256);
      const results = await Promise.all(batch.map((id) => this.refresh(id, { isQuiet: true })));
      batch.forEach((id, position) => results[position] && changed.push(id));
    }
    for (const id of [...this.entries.keys(), ...this.damaged.keys()]) {
      // A draft created while this scan ran is not in its listing: only a file really gone is forgotten.
      if (
        !present.has(id) &&
        !(await stat(this.layout.draftFile(id)).then(
          () => true,
          () => false,
        ))
      ) {
        this.forget(id);
        changed.push(id);
      }
    }
    return changed;
  }

  /** Re-reads one draft if its file changed; returns whether anything changed. */
  private async refresh(id: string, { isQuiet = false } = {}): Promise<boolean> {
    let info;
    try {
      info = await stat(this.layout.draftFile(id));
    } catch {
      const wasKnown = this.entries.has(id) || this.damaged.has(id);
      this.forget(id);
      return wasKnown;
    }
    const known = this.entries.get(id) ?? this.damaged.get(id);
    if (
      known &&
      known.mtimeMs === info.mtimeMs &&
      known.size === info.size &&
      (!('ino' in known) || known.ino === undefined || known.ino === info.ino)
    )
      return false;
    let bytes: Buffer;
    try {
      bytes = await readFile(this.layout.draftFile(id));
    } catch (error) {
      await this.markDamaged(id, 'unreadable', describe(error), undefined, info);
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

  private startWatching(): void {
    try {
      this.watcher = watch(this.layout.draftsFolder, { recursive: true }, (_event, fileName) => {
        const id = fileName?.toString().split(/[\\/]/)[0];
        if (!id || !draftIdSchema.safeParse(id).success) return;
        this.pendingRefresh.add(id);
        clearTimeout(this.refreshTimer);
        this.refreshTimer = setTimeout(() => void this.refreshPending(), 100);
      });
      this.watcher.on('error', (error) => this.options.onProblem?.('watching the library stopped; rescanning periodically', error));
    } catch (error) {
      this.options.onProblem?.('cannot watch the library folder; rescanning periodically', error);
    }
    // Watching misses changes on some network folders: a periodic rescan catches up.
    this.rescanTimer = setInterval(
      () => {
        void this.rescan()
          .then((changed) => changed.length > 0 && this.notify(changed))
          .catch((error: unknown) => this.options.onProblem?.('rescanning the library failed', error));
      },
      this.watcher ? rescanIntervalMs : 2_000,
    );
    this.rescanTimer.unref?.();
  }

  private async refreshPending(): Promise<void> {
    if (this.isDisposed) return;
    const ids = [...this.pendingRefresh];
    this.pendingRefresh.clear();
    const changed: string[] = [];
    for (const id of ids) if (await this.refresh(id)) changed.push(id);
    if (changed.length > 0) this.notify(changed);
  }

  private remember(draft: Draft, info: { mtimeMs: number; size: number; ino: number }): void {
    this.entries.set(draft.id, { summary: summaryOf(draft), mtimeMs: info.mtimeMs, size: info.size, ino: info.ino });
    this.index.upsert({ id: draft.id, updatedAt: draft.updatedAt, headline: draft.headline, text: searchableText(draft) });
  }

  private forget(id: string): void {
    this.entries.delete(id);
    this.damaged.delete(id);
    this.index.remove(id);
  }

  private async markDamaged(
    id: string,
    reason: DamagedDraft['reason'],
    detail: string,
    bytes: Buffer | undefined,
    info: { mtimeMs: number; size: number },
  ): Promise<void> {
    this.entries.delete(id);
    this.index.remove(id);
    const detectedAt = this.now().toISOString();
    const quarantinedAs = join(this.layout.quarantineFolder, `${id}-${detectedAt.replace(/[:.]/g, '-')}.json`);
    try {
      if (bytes) await writeFileAtomic(quarantinedAs, bytes);
      else await copyFile(this.layout.draftFile(id), quarantinedAs);
    } catch (error) {
      this.options.onProblem?.(`could not quarantine a copy of ${id}`, error);
    }
    this.damaged.set(id, { id, reason, detail: detail.slice(0, 500), quarantinedAs, detectedAt, mtimeMs: info.mtimeMs, size: info.size });
    this.options.onProblem?.(`draft ${id} needs attention: ${reason}`);
  }

  private schedulePersist(delayMs = 3_000): void {
    clearTimeout(this.persistTimer);
    this.persistTimer = setTimeout(() => void this.persistIndex(), delayMs);
    this.persistTimer.unref?.();
  }

  // ── writing ──────────────────────────────────────────────────────────────────────────────

  private async write(draft: Draft): Promise<void> {
    // Never write a document that fails its own schema: a bug must not corrupt the library.
    // (The body is checked by hand: the schema's recursive parse costs milliseconds on long drafts.)
    const { body, ...bookkeeping } = draft;
    if (!isWellFormedRichTextDocument(body)) throw new ApiFailure('draft.invalid', `${draft.id}: the body is not a well-formed document`);
    const valid: Draft = { ...draftWithoutBodySchema.parse(bookkeeping), body };
    try {
      await writeFileAtomic(this.layout.draftFile(draft.id), `${JSON.stringify(valid, null, 1)}\n`);
    } catch (error) {
      // The folder went away (trashed by another process): the draft is gone, not the disk.
      if (isMissing(error)) throw new ApiFailure('draft.notFound', draft.id);
      throw new ApiFailure('storage.failed', describe(error));
    }
    const info = await stat(this.layout.draftFile(draft.id));
    // What the list needs now is known without counting; the counts, the excerpt and the index
    // catch up right after the answer to the save has gone.
    const previous = this.entries.get(valid.id)?.summary;
    const quickSummary: DraftSummary = {
      ...(previous ?? summaryOf(valid)),
      version: valid.version,
      headline: valid.headline,
      section: valid.section,
      byline: valid.byline,
      status: valid.status,
      tags: valid.tags,
      updatedAt: valid.updatedAt,
    };
    this.entries.set(valid.id, { summary: quickSummary, mtimeMs: info.mtimeMs, size: info.size, ino: info.ino });
    setImmediate(() => {
      const entry = this.entries.get(valid.id);
      if (entry?.ino !== info.ino || entry.mtimeMs !== info.mtimeMs) return;
      entry.summary = summaryOf(valid);
      this.index.upsert({ id: valid.id, updatedAt: valid.updatedAt, headline: valid.headline, text: searchableText(valid) });
      this.schedulePersist();
    });
  }

  private async keepConflictCopy(update: DraftContentUpdate, foundVersion: number): Promise<string> {
    const savedAt = this.now().toISOString();
    const conflictId = `${savedAt.replace(/[:.]/g, '-')}-${randomUUID().slice(0, 8)}`;
    const copy: ConflictCopy = {
      conflictId,
      baseVersion: update.baseVersion,
      foundVersion,
      savedBy: this.userName(),
      machine: this.machineName,
      savedAt,
      content: update.content,
    };
    await mkdir(this.layout.conflictsFolder(update.id), { recursive: true });
    await writeFileAtomic(
      join(this.layout.conflictsFolder(update.id), `${conflictId}.json`),
      `${JSON.stringify(conflictCopySchema.parse(copy), null, 1)}\n`,
    );
    return conflictId;
  }

  /**
   * The passage around the first match. Reads the file as JSON without validating it (the text is
   * only shown), and folds only the block where the match is, so long drafts cost little.
   */
  private async snippetFor(id: string, terms: readonly string[]): Promise<SearchResult['snippet']> {
    const document = JSON.parse(await readFile(this.layout.draftFile(id), 'utf8')) as Partial<Draft>;
    const blocks = [document.standfirst ?? '', ...(document.body?.content ?? []).map((node) => plainTextOf(node))];
    for (const term of terms) {
      for (const text of blocks) {
        if (!normaliseArabic(text).includes(term)) continue;
        const { text: folded, sourceIndex } = normaliseWithPositions(text);
        const at = folded.indexOf(term);
        if (at < 0) continue;
        let start = sourceIndex[at]!;
        let end = sourceIndex[at + term.length - 1]! + 1;
        // Highlight the whole word the term was found in (its article, its ending).
        const isWordCharacter = (character: string | undefined): boolean =>
          character !== undefined && /[\p{L}\p{M}\p{N}\u0640]/u.test(character);
        while (start > 0 && isWordCharacter(text[start - 1])) start--;
        while (end < text.length && isWordCharacter(text[end])) end++;
        const before = text.slice(Math.max(0, start - 80), start);
        return {
          before: (start > 80 ? '…' : '') + (start > 80 ? before.replace(/^\S*\s/, '') : before),
          match: text.slice(start, end),
          after: text.slice(end, end + 100) + (end + 100 < text.length ? '…' : ''),
        };
      }
    }
    return undefined;
  }

  private serialise<T>(id: string, task: () => Promise<T>): Promise<T> {
    const previous = this.queues.get(id) ?? Promise.resolve();
    const run = previous.then(task, task);
    const settled = run.catch(() => undefined);
    this.queues.set(id, settled);
    void settled.then(() => {
      if (this.queues.get(id) === settled) this.queues.delete(id);
    });
    return run;
  }

  private notify(ids: string[]): void {
    for (const listener of this.listeners) listener(ids);
  }
}

function summaryOf(draft: Draft): DraftSummary {
  return {
    id: draft.id,
    version: draft.version,
    headline: draft.headline,
    section: draft.section,
    byline: draft.byline,
    status: draft.status,
    tags: draft.tags,
    excerpt: excerptOf(draft.standfirst || plainTextOf(draft.body)),
    // Words only: counting characters too would cost a large library's first opening seconds.
    wordCount: countWords([draft.headline, draft.standfirst, plainTextOf(draft.body)].filter(Boolean).join('\n')),
    createdAt: draft.createdAt,
    updatedAt: draft.updatedAt,
  };
}

function searchableText(draft: Draft): string {
  return [draft.standfirst, plainTextOf(draft.body), draft.tags.join(' '), draft.byline].join('\n');
}

function filterPredicate(filter: DraftFilter): (summary: DraftSummary) => boolean {
  return (summary) =>
    (!filter.statuses?.length || filter.statuses.includes(summary.status)) &&
    (!filter.section || summary.section === filter.section) &&
    (!filter.author || summary.byline === filter.author) &&
    (!filter.tag || summary.tags.includes(filter.tag)) &&
    (!filter.updatedFrom || summary.updatedAt.slice(0, 10) >= filter.updatedFrom) &&
    (!filter.updatedTo || summary.updatedAt.slice(0, 10) <= filter.updatedTo);
}

type ParsedDraft = { ok: true; draft: Draft } | { ok: false; reason: DamagedDraft['reason']; detail: string };

function parseDraft(bytes: string, id: string): ParsedDraft {
  try {
    return parseDraftUnsafely(bytes, id);
  } catch (error) {
    // Whatever a file holds, it is a damaged draft, never a failure of the library.
    return { ok: false, reason: 'invalid', detail: describe(error) };
  }
}

function parseDraftUnsafely(bytes: string, id: string): ParsedDraft {
  let json: unknown;
  try {
    json = JSON.parse(bytes);
  } catch (error) {
    return { ok: false, reason: 'notJson', detail: describe(error) };
  }
  const migrated = migrateDraft(json);
  if (!migrated.ok)
    return {
      ok: false,
      reason: migrated.reason === 'newerVersion' ? 'newerVersion' : 'invalid',
      detail: `${migrated.reason}${migrated.detail ? `: ${migrated.detail}` : ''}`,
    };
  if (migrated.draft.id !== id) return { ok: false, reason: 'invalid', detail: 'the id does not match its folder' };
  return { ok: true, draft: migrated.draft };
}

function isMissing(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'ENOENT';
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
