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
 * write. Only the mark written before a create must be on disk, or the create does not go ahead.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { ApiFailure } from '../../../shared/contract/apiError';
import type { ArticleContent } from '../../../shared/model/article';
import {
  outboxItemSchema,
  type OutboxItem,
  type OutboxStep,
  type OutboxSummary,
  type PublishFailureKind,
  type WordPressStatus,
} from '../../../shared/publishing/outboxItem';
import { writeFileAtomic } from '../atomicFile';
import { postMarkerToken, publishArticle, SiteCopyChanged, type PublishedPost } from './publishArticle';
import { forgetPublishingRecord, readPublishingRecords, writePublishingRecord } from './publishingRecords';
import { retryDelayMs, type Backoff } from './retryDelay';
import type { SiteStore } from './siteStore';
import { WordPressFailure, type WordPressApi, type WordPressSite } from './wordPressClient';

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
  private readonly writes = new Map<string, Promise<void>>();
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
  }

  /** Reads the items left from before (a restart) and starts sending what is due. */
  async open(): Promise<void> {
    await mkdir(this.options.folder, { recursive: true });
    const keepAfter = this.now().getTime() - (this.options.keepFinishedDays ?? 30) * 86_400_000;
    for (const name of await readdir(this.options.folder)) {
      if (!/^[0-9a-f-]{36}\.json$/.test(name)) continue;
      const path = join(this.options.folder, name);
      let item: OutboxItem;
      try {
        item = outboxItemSchema.parse(JSON.parse(await readFile(path, 'utf8')));
      } catch (error) {
        this.options.onProblem?.(`outbox item ${name} is damaged; kept aside`, error);
        await rename(path, `${path}.damaged-${this.now().getTime()}`).catch(() => undefined);
        continue;
      }
      if (finishedStates.has(item.state) && Date.parse(item.updatedAt) < keepAfter) {
        await rm(path, { force: true });
        continue;
      }
      // Cut off mid-attempt by a restart: try again (the create marker prevents a double).
      if (item.state === 'sending') item = { ...item, state: 'queued', step: undefined };
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
    this.items.set(item.id, item);
    try {
      await this.persist(item);
    } catch (error) {
      // The caller is told it failed: the item must not be sent all the same.
      this.items.delete(item.id);
      throw new ApiFailure('storage.failed', describe(error));
    }
    this.emit(item);
    this.pump();
    return summaryOf(item);
  }

  /** Sends a failed or waiting item again now. A post deleted on the site is published anew. */
  async retry(id: string): Promise<OutboxSummary> {
    const item = this.require(id);
    if (!['failed', 'retrying', 'needsChoice', 'queued'].includes(item.state)) throw new ApiFailure('publishing.notAllowedNow', item.state);
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
    await Promise.allSettled([...this.writes.values()]);
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
    // Per draft and site, only the newest waiting item may go; older ones not being sent are superseded.
    const newest = new Map<string, OutboxItem>();
    for (const item of this.items.values()) {
      if (!pendingStates.has(item.state)) continue;
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
    let item = await this.update(id, {
      state: 'sending',
      step: 'connecting',
      attempts: this.require(id).attempts + 1,
      nextAttemptAt: undefined,
    });
    let credentials;
    try {
      credentials = await this.options.siteStore.credentials(item.siteId);
    } catch {
      await this.stop(id, 'siteRemoved');
      return;
    }
    if (!credentials.password) {
      await this.stop(id, 'passwordNeeded');
      return;
    }
    const client = this.options.clientFor({
      url: credentials.site.url,
      userName: credentials.site.userName,
      applicationPassword: credentials.password,
    });
    const record = (await readPublishingRecords(item.libraryFolder, item.draftId)).find((candidate) => candidate.siteId === item.siteId);
    let post: PublishedPost;
    try {
      post = await publishArticle(client, {
        article: item.article,
        status: item.status,
        ...(item.scheduledFor ? { scheduledFor: item.scheduledFor } : {}),
        marker: postMarkerToken(item.draftId, item.siteId),
        ...(record ? { previous: { postId: record.postId, modifiedGmt: record.modifiedGmt } } : {}),
        ...(item.overwriteModifiedGmt ? { overwriteModifiedGmt: item.overwriteModifiedGmt } : {}),
        hasTriedCreate: item.hasTriedCreate,
        // On disk before the create, or no create: after a restart it is what sends the retry looking for doubles.
        beforeCreate: async () => {
          item = await this.update(id, { hasTriedCreate: true }, { mustBeWritten: true });
        },
        onStep: (step: OutboxStep) => this.updateInBackground(id, { step }),
      });
    } catch (error) {
      await this.fail(id, error);
      return;
    }
    // Published: from here on nothing turns the item into a failure.
    await this.update(id, { step: 'recording' });
    await writePublishingRecord(item.libraryFolder, item.draftId, {
      siteId: item.siteId,
      siteUrl: credentials.site.url,
      postId: post.postId,
      link: post.link,
      modifiedGmt: post.modifiedGmt,
      status: post.status,
      publishedAt: this.now().toISOString(),
      draftVersion: item.draftVersion,
    }).catch((error: unknown) =>
      this.options.onProblem?.('the publishing record could not be written (the draft may be in the trash)', error),
    );
    await this.update(id, { state: 'done', step: undefined, failure: undefined, result: { postId: post.postId, link: post.link } });
  }

  private async fail(id: string, error: unknown): Promise<void> {
    if (error instanceof SiteCopyChanged) {
      const post = error.sitePost;
      await this.update(id, {
        state: 'needsChoice',
        step: undefined,
        siteCopy: {
          title: post.title.raw ?? post.title.rendered,
          excerpt: post.excerpt.raw ?? post.excerpt.rendered,
          content: post.content.raw ?? post.content.rendered,
          modifiedGmt: post.modified_gmt,
        },
      });
      return;
    }
    if (!(error instanceof WordPressFailure)) {
      this.options.onProblem?.('publishing failed unexpectedly', error);
      await this.stop(id, 'internal');
      return;
    }
    const code = error.details.code;
    if (code === 'rest_post_invalid_id' || code === 'rest_post_trashed') {
      await this.stop(id, 'postGone', error.status, code);
      return;
    }
    if (!error.isTransient) {
      await this.stop(id, error.kind, error.status, code);
      return;
    }
    const waitMs = retryDelayMs(this.require(id).attempts, this.backoff, this.random, error.details.retryAfterSeconds);
    await this.update(id, {
      state: 'retrying',
      step: undefined,
      nextAttemptAt: new Date(this.now().getTime() + waitMs).toISOString(),
      failure: { kind: error.kind, ...(error.status ? { status: error.status } : {}), ...(code ? { code } : {}) },
    });
  }

  private async stop(id: string, kind: PublishFailureKind, status?: number, code?: string): Promise<void> {
    await this.update(id, {
      state: 'failed',
      step: undefined,
      failure: { kind, ...(status ? { status } : {}), ...(code ? { code } : {}) },
    });
  }

  /**
   * Changes an item in memory (at once, before the first await), writes it (writes of one item in
   * order, each of its latest state) and then tells the listeners. Memory is what this session acts
   * on: a write that fails is reported through onProblem, and the file catches up at the item's next
   * write that succeeds. Only with `mustBeWritten` does a failed write also reject, for a change that
   * must be on disk before anything else is done.
   */
  private async update(id: string, change: Partial<OutboxItem>, options: { mustBeWritten?: boolean } = {}): Promise<OutboxItem> {
    const before = this.require(id);
    const next: OutboxItem = { ...before, ...change, updatedAt: this.now().toISOString() };
    for (const key of Object.keys(change) as Array<keyof OutboxItem>) if (change[key] === undefined) delete next[key];
    this.items.set(id, next);
    let writeFailure: { error: unknown } | undefined;
    try {
      await this.persist(next);
    } catch (error) {
      writeFailure = { error };
      this.options.onProblem?.(`outbox item ${id} could not be written (${Object.keys(change).join(', ')})`, error);
    }
    if (writeFailure && options.mustBeWritten) {
      // Refused: nothing changed, in memory either (unless a later change came in meanwhile).
      if (this.items.get(id) === next) this.items.set(id, before);
      throw writeFailure.error;
    }
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

  private persist(item: OutboxItem): Promise<void> {
    const previous = this.writes.get(item.id) ?? Promise.resolve();
    const write = previous
      .catch(() => undefined)
      .then(() => writeFileAtomic(join(this.options.folder, `${item.id}.json`), JSON.stringify(this.items.get(item.id) ?? item)));
    this.writes.set(item.id, write);
    void write
      .finally(() => {
        if (this.writes.get(item.id) === write) this.writes.delete(item.id);
      })
      .catch(() => undefined);
    return write;
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
