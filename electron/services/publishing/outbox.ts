/**
 * The outbox: every publish goes through this persistent queue in the main process. Each item is
 * a file (`<userData>/outbox/<id>.json`, written atomically), so a queued publish survives a
 * restart and waits out a site that is offline. An attempt that fails on the network, a timeout,
 * 429 or 5xx is tried again after an exponential backoff with jitter; a wrong password, a refusal
 * or a site copy that changed stops the item and asks the user.
 *
 * Nothing is published twice: every post carries a marker naming its draft and site, and without
 * a record of the post an attempt looks for it before creating one (see publishArticle). Items of
 * one draft on one site go one at a time, and the newest supersedes the older ones still waiting:
 * the site gets the text last sent, never an older one after it.
 *
 * A write of an item that fails (a full disk, the folder gone) is reported through onProblem and
 * never escapes as a rejection: the item goes on in memory, and its file catches up at its next
 * write. The mark written before a create, and what the user asks, must be on disk first.
 *
 * The parts: the item files (outboxFiles), one attempt (publishAttempt), what a failure means
 * (attemptOutcome), the retry delay (retryDelay); this module is the queue and its scheduling.
 */
import { randomUUID } from 'node:crypto';
import { ApiFailure } from '../../../shared/contract/apiError';
import type { ArticleContent } from '../../../shared/model/article';
import { outboxItemSchema, type OutboxItem, type OutboxSummary, type WordPressStatus } from '../../../shared/publishing/outboxItem';
import { OutboxFiles } from './outboxFiles';
import { attemptPublish } from './publishAttempt';
import { forgetPublishingRecord, readPublishingRecords, writePublishingRecord } from './publishingRecords';
import type { Backoff } from './retryDelay';
import type { SiteStore } from './siteStore';
import type { WordPressApi, WordPressSite } from './wordPressClient';

export interface OutboxOptions {
  /** The folder of item files. */
  folder: string;
  siteStore: SiteStore;
  /** A connection to a site (`WordPressClient` in the app). */
  clientFor: (site: WordPressSite) => WordPressApi;
  /** How many items are sent at once (never two of one draft on one site). */
  concurrency?: number;
  /** The first retry waits about `baseMs`, each next one twice as long, at most `maxMs`. */
  backoff?: Backoff;
  /** Finished items older than this are forgotten when the outbox opens. */
  keepFinishedDays?: number;
  /** The jitter's source, in [0, 1). */
  random?: () => number;
  /** The only clock the outbox reads (its timers wait for the times this clock names). */
  now?: () => Date;
  onProblem?: (message: string, error: unknown) => void;
}

export interface EnqueueRequest {
  draftId: string;
  draftVersion: number;
  libraryFolder: string;
  siteId: string;
  article: ArticleContent;
  status: WordPressStatus;
  scheduledFor?: string;
}

const pendingStates = new Set<OutboxItem['state']>(['queued', 'sending', 'retrying', 'failed', 'needsChoice']);
const finishedStates = new Set<OutboxItem['state']>(['done', 'cancelled']);

export class Outbox {
  private readonly items = new Map<string, OutboxItem>();
  private readonly sending = new Set<string>();
  private readonly files: OutboxFiles;
  /** Items whose last write failed. */
  private readonly unwritten = new Set<string>();
  private readonly listeners = new Set<(item: OutboxSummary) => void>();
  private readonly inFlight = new Set<Promise<void>>();
  private wakeTimer: ReturnType<typeof setTimeout> | undefined;
  private isDisposed = false;
  private lastCreatedMs = 0;
  private readonly cancelRequests = new Set<string>();
  private readonly concurrency: number;
  private readonly backoff: Backoff;
  private readonly now: () => Date;
  private readonly random: () => number;

  constructor(private readonly options: OutboxOptions) {
    this.concurrency = options.concurrency ?? 2;
    this.backoff = options.backoff ?? { baseMs: 2_000, maxMs: 5 * 60_000 };
    this.now = options.now ?? (() => new Date());
    this.random = options.random ?? Math.random;
    this.files = new OutboxFiles(options.folder, this.now, options.onProblem);
  }

  /** Reads the items left from before (a restart) and starts sending what is due. */
  async open(): Promise<void> {
    const keepAfter = new Date(this.now().getTime() - (this.options.keepFinishedDays ?? 30) * 86_400_000);
    for (const item of await this.files.readAll(keepAfter)) {
      this.items.set(item.id, item);
      this.lastCreatedMs = Math.max(this.lastCreatedMs, Date.parse(item.createdAt));
    }
    this.pump();
  }

  onChange(listener: (item: OutboxSummary) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Every item, newest first. */
  list(): OutboxSummary[] {
    return [...this.items.values()].sort((a, b) => b.createdAt.localeCompare(a.createdAt)).map(summaryOf);
  }

  /** Queues a publish. Earlier unfinished publishes of the same draft to the same site are superseded by it. */
  async enqueue(request: EnqueueRequest): Promise<OutboxSummary> {
    // Creation times order the items of a draft: strictly increasing, even within one millisecond.
    let atMs = this.now().getTime();
    if (atMs <= this.lastCreatedMs) atMs = this.lastCreatedMs + 1;
    this.lastCreatedMs = atMs;
    const at = new Date(atMs).toISOString();
    const item: OutboxItem = outboxItemSchema.parse({
      id: randomUUID(),
      ...request,
      state: 'queued',
      attempts: 0,
      hasTriedCreate: false,
      createdAt: at,
      updatedAt: at,
    });
    // On disk before the outbox knows it: an item the caller is told failed is never sent.
    try {
      await this.files.write(item.id, () => item);
    } catch (error) {
      throw new ApiFailure('storage.failed', describe(error));
    }
    this.items.set(item.id, item);
    this.emit(item);
    this.pump();
    return summaryOf(item);
  }

  /** Sends a failed or waiting item again now. A post deleted on the site is published anew. */
  async retry(id: string): Promise<OutboxSummary> {
    const item = this.require(id);
    if (!['failed', 'retrying', 'needsChoice', 'queued'].includes(item.state)) throw new ApiFailure('publishing.notAllowedNow', item.state);
    // A newer publish of the draft to the site was asked for since: this older text must not follow it.
    if (this.laterItemOf(item)) throw new ApiFailure('publishing.notAllowedNow', 'superseded');
    if (item.failure?.kind === 'postGone') await forgetPublishingRecord(item.libraryFolder, item.draftId, item.siteId);
    const updated = await this.updateForUser(id, {
      state: 'queued',
      attempts: 0,
      failure: undefined,
      nextAttemptAt: undefined,
      siteCopy: undefined,
    });
    this.pump();
    return summaryOf(updated);
  }

  /** Cancels an item; one being sent is cancelled when its attempt ends, unless that attempt published it. */
  async cancel(id: string): Promise<OutboxSummary> {
    const item = this.require(id);
    if (finishedStates.has(item.state)) throw new ApiFailure('publishing.notAllowedNow', item.state);
    if (this.sending.has(id)) {
      this.cancelRequests.add(id);
      return summaryOf(item);
    }
    return summaryOf(await this.updateForUser(id, { state: 'cancelled', nextAttemptAt: undefined }));
  }

  /** The user chose to overwrite the site copy they were shown (only that one: a newer edit asks again). */
  async overwrite(id: string): Promise<OutboxSummary> {
    const item = this.require(id);
    if (item.state !== 'needsChoice' || !item.siteCopy) throw new ApiFailure('publishing.notAllowedNow', item.state);
    const updated = await this.updateForUser(id, {
      state: 'queued',
      overwriteModifiedGmt: item.siteCopy.modifiedGmt,
      siteCopy: undefined,
      failure: undefined,
      attempts: 0,
    });
    this.pump();
    return summaryOf(updated);
  }

  /** The item waiting for the user's choice, with its site copy (for the comparison). */
  siteCopyOf(id: string): { item: OutboxItem; siteCopy: NonNullable<OutboxItem['siteCopy']> } {
    const item = this.require(id);
    if (item.state !== 'needsChoice' || !item.siteCopy) throw new ApiFailure('publishing.notAllowedNow', item.state);
    return { item, siteCopy: item.siteCopy };
  }

  /**
   * The user brought the site's text into the draft: the site copy counts as seen (the next
   * publish updates it without asking), and this item ends; the user publishes again when ready.
   */
  async settleWithSiteCopy(id: string): Promise<OutboxSummary> {
    const { item, siteCopy } = this.siteCopyOf(id);
    const record = (await readPublishingRecords(item.libraryFolder, item.draftId)).find((candidate) => candidate.siteId === item.siteId);
    if (record) await writePublishingRecord(item.libraryFolder, item.draftId, { ...record, modifiedGmt: siteCopy.modifiedGmt });
    return summaryOf(await this.updateForUser(id, { state: 'cancelled', siteCopy: undefined }));
  }

  /** Items waiting for a password on this site go on (its password was just given). */
  resumeSite(siteId: string): void {
    let isResumed = false;
    for (const item of this.items.values()) {
      if (
        item.siteId === siteId &&
        item.state === 'failed' &&
        (item.failure?.kind === 'passwordNeeded' || item.failure?.kind === 'wrongPassword')
      ) {
        this.updateInBackground(item.id, { state: 'queued', failure: undefined, attempts: 0 });
        isResumed = true;
      }
    }
    if (isResumed) this.pump();
  }

  /**
   * Stops sending. Attempts under way get a few seconds to finish and write their outcome; one
   * cut off is sent again at the next start (its post found by the marker, not doubled).
   */
  async dispose(): Promise<void> {
    this.isDisposed = true;
    clearTimeout(this.wakeTimer);
    await Promise.race([Promise.allSettled([...this.inFlight]), new Promise((resolve) => setTimeout(resolve, 3_000).unref?.())]);
    this.writeAgainUnwritten();
    await this.files.flush();
  }

  /** A newer item of the same draft and site, if there is one. */
  private laterItemOf(item: OutboxItem): OutboxItem | undefined {
    return [...this.items.values()].find(
      (other) => other.draftId === item.draftId && other.siteId === item.siteId && other.createdAt > item.createdAt,
    );
  }

  private require(id: string): OutboxItem {
    const item = this.items.get(id);
    if (!item) throw new ApiFailure('publishing.itemNotFound', id);
    return item;
  }

  /** Starts what is due, up to the concurrency, and sets a timer for the next retry. */
  private pump(): void {
    if (this.isDisposed) return;
    clearTimeout(this.wakeTimer);
    const now = this.now().getTime();
    let nextWake = Infinity;
    this.writeAgainUnwritten();
    // Per draft and site, only the newest item may go: an older one not being sent is superseded,
    // whatever the newer one's state (one sent already, or cancelled, still came after it).
    const newest = new Map<string, OutboxItem>();
    for (const item of this.items.values()) {
      const key = `${item.draftId}/${item.siteId}`;
      const current = newest.get(key);
      if (!current || item.createdAt > current.createdAt) newest.set(key, item);
    }
    for (const item of this.items.values()) {
      const latest = newest.get(`${item.draftId}/${item.siteId}`);
      if (pendingStates.has(item.state) && latest && latest.id !== item.id && !this.sending.has(item.id)) {
        this.updateInBackground(item.id, { state: 'cancelled', nextAttemptAt: undefined });
      }
    }
    const busy = new Set([...this.sending].map((id) => this.items.get(id)).map((item) => item && `${item.draftId}/${item.siteId}`));
    const waiting = [...newest.values()]
      .filter((item) => item.state === 'queued' || item.state === 'retrying')
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    for (const item of waiting) {
      if (this.sending.size >= this.concurrency) break;
      const key = `${item.draftId}/${item.siteId}`;
      if (busy.has(key)) continue;
      const dueAt = item.nextAttemptAt ? Date.parse(item.nextAttemptAt) : 0;
      if (dueAt > now) {
        nextWake = Math.min(nextWake, dueAt);
        continue;
      }
      busy.add(key);
      this.sending.add(item.id);
      const attempt = this.send(item.id).finally(() => {
        this.sending.delete(item.id);
        this.inFlight.delete(attempt);
        this.pump();
      });
      this.inFlight.add(attempt);
    }
    if (nextWake < Infinity) {
      this.wakeTimer = setTimeout(() => this.pump(), Math.max(0, nextWake - now));
      this.wakeTimer.unref?.();
    }
  }

  /** One attempt, then the cancel asked for while it ran. Never rejects: what goes wrong is reported. */
  private async send(id: string): Promise<void> {
    try {
      await this.attempt(id);
    } catch (error) {
      this.options.onProblem?.('outbox attempt failed unexpectedly', error);
    }
    try {
      if (!this.cancelRequests.delete(id)) return;
      if (this.require(id).state !== 'done') await this.update(id, { state: 'cancelled', nextAttemptAt: undefined });
    } catch (error) {
      this.options.onProblem?.(`outbox item ${id} could not be cancelled`, error);
    }
  }

  private async attempt(id: string): Promise<void> {
    const item = await this.update(id, {
      state: 'sending',
      step: 'connecting',
      attempts: this.require(id).attempts + 1,
      nextAttemptAt: undefined,
    });
    const outcome = await attemptPublish(item, {
      siteStore: this.options.siteStore,
      clientFor: this.options.clientFor,
      timing: () => ({ backoff: this.backoff, random: this.random, now: this.now() }),
      update: (change, options) => this.update(id, change, options),
      progress: (step) => this.updateInBackground(id, { step }),
      onProblem: this.options.onProblem,
    });
    await this.update(id, outcome);
  }

  /**
   * Changes an item in memory (at once, before the first await), writes it (writes of one item in
   * order, each of its latest state) and then tells the listeners. Memory is what this session acts
   * on: a write that fails is reported through onProblem, and the item is written again at the next
   * pump and when the outbox closes. With `mustBeWritten` the change is written first and made only
   * once it is on disk; a failed write rejects and changes nothing.
   */
  private async update(id: string, change: Partial<OutboxItem>, options: { mustBeWritten?: boolean } = {}): Promise<OutboxItem> {
    const before = this.require(id);
    const next = applied(before, change, this.now());
    if (options.mustBeWritten) {
      await this.files.write(id, () => next);
      // Something else may have changed the item while it was written: the change goes on top.
      const current = this.require(id);
      const made = current === before ? next : applied(current, change, this.now());
      this.items.set(id, made);
      if (made !== next) this.persistInBackground(id);
      this.emit(made);
      return made;
    }
    this.items.set(id, next);
    await this.persist(id);
    this.emit(next);
    return next;
  }

  /**
   * A change the user asked for (retry, cancel, overwrite, bring the site's text in): on disk before
   * it is acted on, so it holds after a restart too; or refused with `storage.failed`, the item as
   * it was.
   */
  private async updateForUser(id: string, change: Partial<OutboxItem>): Promise<OutboxItem> {
    try {
      return await this.update(id, change, { mustBeWritten: true });
    } catch (error) {
      throw new ApiFailure('storage.failed', describe(error));
    }
  }

  /** An update nobody waits for (a step, a supersession, a resume): its memory change is immediate, and nothing of it escapes. */
  private updateInBackground(id: string, change: Partial<OutboxItem>): void {
    this.update(id, change).catch((error: unknown) => this.options.onProblem?.(`outbox item ${id} could not be changed`, error));
  }

  /** Writes the item's latest state; a failure is reported, and the item written again later. */
  private async persist(id: string): Promise<void> {
    try {
      await this.files.write(id, () => this.require(id));
      this.unwritten.delete(id);
    } catch (error) {
      this.unwritten.add(id);
      this.options.onProblem?.(`outbox item ${id} could not be written`, error);
    }
  }

  private persistInBackground(id: string): void {
    void this.persist(id);
  }

  /** Items whose last write failed are written again (a cancellation not on disk must not come back after a restart). */
  private writeAgainUnwritten(): void {
    for (const id of [...this.unwritten]) if (this.items.has(id)) this.persistInBackground(id);
  }

  private emit(item: OutboxItem): void {
    const summary = summaryOf(item);
    for (const listener of this.listeners) listener(summary);
  }
}

function summaryOf(item: OutboxItem): OutboxSummary {
  const { article, libraryFolder: _libraryFolder, ...rest } = item;
  return { ...rest, headline: article.headline };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The item with `change` made: fields set to undefined are removed; the item is updated now. */
function applied(item: OutboxItem, change: Partial<OutboxItem>, now: Date): OutboxItem {
  const next: OutboxItem = { ...item, ...change, updatedAt: now.toISOString() };
  for (const key of Object.keys(change) as Array<keyof OutboxItem>) if (change[key] === undefined) delete next[key];
  return next;
}
