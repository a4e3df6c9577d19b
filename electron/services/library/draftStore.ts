/**
 * The drafts library on disk (see LibraryLayout), behind one gateway. Every write is atomic and
 * durable; every save names the version it was based on and is refused with `draft.conflict` if
 * the draft moved on — the refused content is kept as a conflict copy beside the draft, so
 * nothing is lost and nothing is overwritten. A damaged file never stops the library: it is
 * listed as needing attention, with a copy of its bytes in quarantine. The parts: the draft file
 * (draftFile), what is known of the drafts and the search index (KnownDrafts), watching for other
 * processes (LibraryWatcher), the trash (DraftTrash), conflict copies (ConflictCopies) and the
 * edit lock (EditLock). Changes by this store or by others are announced to `onChange`.
 */
import { randomUUID } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { hostname } from 'node:os';
import { ApiFailure } from '../../../shared/contract/apiError';
import { emptyArticleContent, type ArticleContent } from '../../../shared/model/article';
import { articleCopy } from '../../../shared/model/articleCopy';
import {
  articleContentOf,
  currentDraftSchemaVersion,
  draftSchema,
  newDraft,
  type Draft,
  type DraftSummary,
} from '../../../shared/model/draft';
import {
  matchesDraftFilter,
  type ConflictCopy,
  type ConflictResolution,
  type DamagedDraft,
  type DraftFilter,
  type SearchResult,
  type TrashedDraft,
} from '../../../shared/model/library';
import { withSlugFollowingHeadline } from '../../../shared/text/slug';
import { withFileLock } from '../fileLock';
import { KeyedQueue } from '../keyedQueue';
import { pathExists } from '../pathExists';
import { RevisionStore } from '../revisionStore';
import { ConflictCopies } from './conflictCopies';
import { readDraft, writeDraft } from './draftFile';
import { DraftTrash, draftIdOfTrashName } from './draftTrash';
import { EditLock } from './editLock';
import { KnownDrafts } from './knownDrafts';
import { LibraryLayout } from './libraryLayout';
import { searchLibrary, type SearchOptions } from './librarySearch';
import { LibraryWatcher } from './libraryWatcher';

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

type Bookkeeping = Pick<Draft, 'schemaVersion' | 'id' | 'version' | 'status' | 'createdAt' | 'updatedAt'>;

export class DraftStore {
  readonly layout: LibraryLayout;
  readonly revisions: RevisionStore;
  readonly instanceId = randomUUID();
  private readonly now: () => Date;
  private readonly known: KnownDrafts;
  private readonly trashCan: DraftTrash;
  private readonly conflictCopies: ConflictCopies;
  /** Who has a draft open (advisory). */
  readonly editLock: EditLock;
  private readonly watcher: LibraryWatcher;
  private readonly listeners = new Set<ChangeListener>();
  /** The changes of one draft go one after another. */
  private readonly queue = new KeyedQueue();
  private opening: Promise<void> | undefined;

  constructor(
    readonly libraryFolder: string,
    private readonly options: DraftStoreOptions = {},
  ) {
    this.layout = new LibraryLayout(libraryFolder);
    this.now = options.now ?? (() => new Date());
    const person = { now: this.now, userName: options.userName ?? (() => ''), machineName: options.machineName ?? hostname() };
    this.revisions = new RevisionStore(this.layout, this.now);
    this.known = new KnownDrafts(this.layout, { now: this.now, onProblem: options.onProblem });
    this.trashCan = new DraftTrash(this.layout, this.now);
    this.conflictCopies = new ConflictCopies(this.layout, person);
    this.editLock = new EditLock(this.layout, { ...person, instanceId: this.instanceId });
    this.watcher = new LibraryWatcher(this.layout.draftsFolder, {
      onChanged: async (ids) => {
        const changed: string[] = [];
        for (const id of ids) if (await this.known.refresh(id)) changed.push(id);
        this.notify(changed);
      },
      onRescan: async () => this.notify(await this.known.rescan()),
      onProblem: options.onProblem,
    });
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
    const matches = this.known.summaries().filter((summary) => matchesDraftFilter(summary, filter));
    return matches.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0));
  }

  /** Full-text, Arabic-aware search (see librarySearch); the first `snippetCount` results carry the passage that matched. */
  async search(query: string, filter: DraftFilter = {}, options: SearchOptions = {}): Promise<{ results: SearchResult[]; total: number }> {
    await this.open();
    return searchLibrary(this.known, this.layout, query, filter, options);
  }

  /** Drafts whose file cannot be read, with the reason and where their bytes were copied. */
  async needsAttention(): Promise<DamagedDraft[]> {
    await this.open();
    return this.known.damagedDrafts();
  }

  /** One whole draft; fails with `draft.notFound`, `draft.invalid` or `storage.failed`. */
  get(id: string): Promise<Draft> {
    return readDraft(this.layout, id);
  }

  /** A new draft, empty or with the given content (an import, a duplicate). */
  async create(content: Partial<ArticleContent> = {}): Promise<Draft> {
    await this.open();
    const draft = newDraft(withSlugFollowingHeadline({ ...emptyArticleContent(), ...content }), randomUUID(), this.now().toISOString());
    await mkdir(this.layout.draftFolder(draft.id), { recursive: true });
    await this.write(draft);
    this.notify([draft.id]);
    return draft;
  }

  /**
   * Saves new content over `baseVersion`. If the draft moved on, the content is kept as a
   * conflict copy and the save fails with `draft.conflict`, naming the copy in `conflictId`.
   */
  save(update: DraftContentUpdate): Promise<{ version: number; updatedAt: string }> {
    return this.queue.run(update.id, () =>
      withFileLock(this.layout.writeLockFile(update.id), async () => {
        const current = await this.currentBookkeeping(update.id);
        if (current.version !== update.baseVersion) {
          const conflictId = await this.conflictCopies.keep(update.id, update.content, update.baseVersion, current.version);
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
   * Sets a draft's status and nothing else, its version left as it is: a move made from outside the
   * editor (a post published) that an open editor's next save, which carries no status, still fits.
   */
  setStatus(id: string, status: Draft['status']): Promise<void> {
    return this.queue.run(id, () =>
      withFileLock(this.layout.writeLockFile(id), async () => {
        const current = await this.get(id);
        if (current.status === status) return;
        await this.write({ ...current, status });
        this.notify([id]);
      }),
    );
  }

  /** Puts a whole draft (from another desktop's export) into the library as it is; it must not exist yet. */
  async adopt(draft: Draft): Promise<void> {
    await this.open();
    const valid = draftSchema.parse(draft);
    await mkdir(this.layout.draftFolder(valid.id), { recursive: true });
    await this.queue.run(valid.id, () =>
      withFileLock(this.layout.writeLockFile(valid.id), async () => {
        if (await pathExists(this.layout.draftFile(valid.id))) throw new ApiFailure('draft.conflict', `${valid.id} exists`);
        await this.write(valid);
      }),
    );
    this.notify([valid.id]);
  }

  /** A copy of a draft, as a new draft whose headline ends with the suffix. */
  async duplicate(id: string, headlineSuffix: string): Promise<Draft> {
    return this.create(articleCopy(articleContentOf(await this.get(id)), headlineSuffix));
  }

  /** Moves a draft (its whole folder) to the trash. */
  async trash(id: string): Promise<void> {
    await this.open();
    await this.queue.run(id, async () => {
      await this.get(id);
      await this.trashCan.trash(id);
      this.known.forget(id);
      this.revisions.forget(id);
    });
    this.notify([id]);
  }

  /** Every trashed copy, most recently trashed first. */
  trashList(): Promise<TrashedDraft[]> {
    return this.trashCan.list();
  }

  /** Puts a trashed copy back (by default the draft's newest one); fails with `draft.conflict` if the draft is in the library. */
  async restore(id: string, trashName?: string): Promise<void> {
    await this.open();
    if (trashName !== undefined && draftIdOfTrashName(trashName) !== id) throw new ApiFailure('draft.notFound', trashName);
    await this.queue.run(id, async () => {
      await this.trashCan.restore(trashName ?? (await this.trashCan.newestCopy(id)) ?? id);
      this.revisions.forget(id);
      await this.known.refresh(id);
    });
    this.notify([id]);
  }

  /**
   * Deletes trashed copies for good: one, every copy of a draft, or all trashed before a time.
   * Each goes in its draft's turn, so a copy being trashed at the same moment is never the one deleted.
   */
  async purge(which: { trashName: string } | { id: string } | { olderThan: Date }): Promise<number> {
    let purged = 0;
    for (const choice of await this.trashCan.choose('id' in which ? { draftId: which.id } : which)) {
      const id = draftIdOfTrashName(choice.trashName);
      if (await this.queue.run(id, () => this.trashCan.remove(choice))) {
        this.revisions.forget(id);
        purged++;
      }
    }
    return purged;
  }

  /** The draft's conflict copies, oldest first. */
  conflicts(id: string): Promise<ConflictCopy[]> {
    return this.conflictCopies.list(id);
  }

  /** Keeps another working copy of a draft beside it as a conflict copy (an import that disagrees). */
  async keepAsConflict(id: string, content: ArticleContent, baseVersion: number): Promise<string> {
    const current = await this.get(id);
    const conflictId = await this.conflictCopies.keep(id, content, baseVersion, current.version);
    this.notify([id]);
    return conflictId;
  }

  /**
   * Settles a conflict: keep mine (the refused content becomes the next version), keep theirs
   * (the copy is dropped), or keep both (the copy becomes a new draft, its headline marked).
   */
  async resolveConflict(
    id: string,
    conflictId: string,
    resolution: ConflictResolution,
    copyHeadlineSuffix = '',
  ): Promise<{ keptAsId?: string }> {
    const copy = await this.conflictCopies.find(id, conflictId);
    if (!copy) throw new ApiFailure('draft.notFound', `${id}/${conflictId}`);
    let keptAsId: string | undefined;
    if (resolution === 'keepMine') {
      const current = await this.get(id);
      await this.save({ id, baseVersion: current.version, content: copy.content });
    } else if (resolution === 'keepBoth') {
      keptAsId = (await this.create(articleCopy(copy.content, copyHeadlineSuffix))).id;
    }
    await this.conflictCopies.remove(id, conflictId);
    this.notify([id]);
    return keptAsId ? { keptAsId } : {};
  }

  /** Writes the index now (it is otherwise written a few seconds after the last change). */
  persistIndex(): Promise<void> {
    return this.known.persist();
  }

  async dispose(): Promise<void> {
    this.watcher.dispose();
    await this.known.dispose();
  }

  private async load(): Promise<void> {
    for (const folder of [this.layout.draftsFolder, this.layout.trashFolder, this.layout.quarantineFolder, this.layout.indexFolder]) {
      await mkdir(folder, { recursive: true });
    }
    await this.known.load();
    const retentionDays = this.options.trashRetentionDays ?? 30;
    await this.purge({ olderThan: new Date(this.now().getTime() - retentionDays * 86_400_000) }).catch((error: unknown) =>
      this.options.onProblem?.('purging the trash failed', error),
    );
    if (this.options.isWatching !== false) this.watcher.start();
  }

  /** What a save needs of the draft on disk: what is known, if the file is still the one it came from; else the file's. */
  private async currentBookkeeping(id: string): Promise<Bookkeeping> {
    const { version, status, createdAt, updatedAt } = (await this.known.currentSummary(id)) ?? (await this.get(id));
    return { schemaVersion: currentDraftSchemaVersion, id, version, status, createdAt, updatedAt };
  }

  private async write(draft: Draft): Promise<void> {
    const { draft: written, stamp } = await writeDraft(this.layout, draft);
    this.known.wrote(written, stamp);
  }

  private notify(ids: string[]): void {
    if (ids.length === 0) return;
    for (const listener of this.listeners) listener(ids);
  }
}
