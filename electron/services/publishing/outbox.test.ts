// The real Outbox, with real item files and publishing records in a temporary folder, a real
// SiteStore with a session vault, and an in-memory WordPress that can fail or hold its calls.
// Time is the injected clock (and, where the outbox sets a timer, Vitest's fake timers); random() is injected too.
import { rmSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyArticleContent, type ArticleContent } from '../../../shared/model/article';
import type { OutboxItem, OutboxSummary } from '../../../shared/publishing/outboxItem';
import { InMemoryWordPress } from './inMemoryWordPress';
import { Outbox, type EnqueueRequest, type OutboxOptions } from './outbox';
import { postMarkerToken } from './publishArticle';
import { readPublishingRecords } from './publishingRecords';
import { SessionSecretVault } from './secretVault';
import { SiteStore } from './siteStore';
import type { WordPressSite } from './wordPressClient';
import type * as AtomicFile from '../atomicFile';

// The file port, real, with one write made to fail when a test asks (a full disk, an I/O error).
const writeFailures = vi.hoisted(() => ({ next: undefined as undefined | ((path: string, data: string) => boolean), delayMs: 0 }));
vi.mock('../atomicFile', async (importOriginal) => {
  const real = await importOriginal<typeof AtomicFile>();
  return {
    ...real,
    writeFileAtomic: async (path: string, data: string | Uint8Array) => {
      const fails = writeFailures.next;
      if (fails?.(path, typeof data === 'string' ? data : '')) {
        writeFailures.next = undefined;
        // A slow disk: the write takes a while before it fails.
        if (writeFailures.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, writeFailures.delayMs));
        throw Object.assign(new Error(`EIO: i/o error, write '${path}'`), { code: 'EIO' });
      }
      return real.writeFileAtomic(path, data);
    },
  };
});

/** Makes the next write that `matches` fail, once, after `delayMs`. */
function failNextWrite(matches: (path: string, data: string) => boolean, delayMs = 0): void {
  writeFailures.next = matches;
  writeFailures.delayMs = delayMs;
}

const draftId = '6f1c2b7e-3d4a-4c5b-8e9f-0a1b2c3d4e5f';
const userName = 'editor';
const applicationPassword = 'abcd efgh ijkl mnop';
const startMs = Date.parse('2026-03-01T09:00:00.000Z');

let root: string;
let dataFolder: string;
let outboxFolder: string;
let libraryFolder: string;
let wordPress: InMemoryWordPress;
let siteStore: SiteStore;
let siteId: string;
let clockMs: number;
let connections: WordPressSite[];
let problems: Array<{ message: string; error: unknown }>;
let outboxes: Outbox[];

const now = (): Date => new Date(clockMs);
const at = (ms: number): string => new Date(ms).toISOString();

/** SiteStore checks a site before saving it: the in-memory site answers the same check. */
function siteStoreOn(vaultFile: string): SiteStore {
  return new SiteStore(dataFolder, new SessionSecretVault(vaultFile), () => wordPress);
}

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'midad-outbox-'));
  dataFolder = join(root, 'data');
  outboxFolder = join(dataFolder, 'outbox');
  libraryFolder = join(root, 'library');
  await mkdir(join(libraryFolder, 'drafts', draftId), { recursive: true });
  wordPress = new InMemoryWordPress();
  siteStore = siteStoreOn(join(dataFolder, 'site-secrets.json'));
  siteId = (await siteStore.save({ url: wordPress.url, userName, applicationPassword, isPasswordRemembered: false })).id;
  clockMs = startMs;
  connections = [];
  problems = [];
  outboxes = [];
});

afterEach(async () => {
  writeFailures.next = undefined;
  vi.useRealTimers();
  await Promise.all(outboxes.map((outbox) => outbox.dispose()));
  await rm(root, { recursive: true, force: true });
});

async function openOutbox(options: Partial<OutboxOptions> = {}): Promise<Outbox> {
  const outbox = new Outbox({
    folder: outboxFolder,
    siteStore,
    clientFor: (site) => {
      connections.push(site);
      return wordPress;
    },
    now,
    random: () => 0.5,
    onProblem: (message, error) => problems.push({ message, error }),
    ...options,
  });
  outboxes.push(outbox);
  await outbox.open();
  return outbox;
}

/** The process that held this outbox died: nothing of it runs again, and it is not disposed. */
function crash(outbox: Outbox): void {
  outboxes = outboxes.filter((candidate) => candidate !== outbox);
}

function article(headline: string): ArticleContent {
  return {
    ...emptyArticleContent(),
    section: 'أخبار سوريا',
    headline,
    standfirst: 'موجز الخبر',
    body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: `${headline}: النص من دمشق.` }] }] },
    tags: ['عاجل', 'دمشق'],
    slug: 'khabar',
    isSlugEdited: true,
  };
}

function request(headline = 'افتتاح معرض الكتاب في دمشق', draftVersion = 1): EnqueueRequest {
  return { draftId, draftVersion, libraryFolder, siteId, article: article(headline), status: 'publish' };
}

/** The item as the outbox lists it now. */
function itemOf(outbox: Outbox, id: string): OutboxSummary {
  const item = outbox.list().find((candidate) => candidate.id === id);
  if (!item) throw new Error(`no item ${id}`);
  return item;
}

/** The next change the outbox announces (it does so after writing the item) that matches. */
function nextChange(outbox: Outbox, matches: (item: OutboxSummary) => boolean): Promise<OutboxSummary> {
  return new Promise((resolve) => {
    const stop = outbox.onChange((item) => {
      if (!matches(item)) return;
      stop();
      resolve(item);
    });
  });
}

/** The item once it matches: now, or at the change that makes it so. */
function untilItem(outbox: Outbox, id: string, matches: (item: OutboxSummary) => boolean): Promise<OutboxSummary> {
  const current = outbox.list().find((candidate) => candidate.id === id);
  if (current && matches(current)) return Promise.resolve(current);
  return nextChange(outbox, (item) => item.id === id && matches(item));
}

function untilState(outbox: Outbox, id: string, state: OutboxItem['state']): Promise<OutboxSummary> {
  return untilItem(outbox, id, (item) => item.state === state);
}

async function itemFile(id: string): Promise<OutboxItem> {
  return JSON.parse(await readFile(join(outboxFolder, `${id}.json`), 'utf8')) as OutboxItem;
}

/** What the site was sent, in order: the headline of every create and update. */
function writesToSite(): string[] {
  return wordPress.calls
    .filter((record) => record.call === 'createPost' || record.call === 'updatePost')
    .map((record) => {
      const fields = record.args[record.args.length - 1] as { title?: string };
      return `${record.call} ${fields.title ?? ''}`;
    });
}

describe('Outbox', () => {
  it('publishes an item as one post, records it beside the draft, and updates that post on the next publish', async () => {
    const outbox = await openOutbox();
    const queued = await outbox.enqueue(request('افتتاح معرض الكتاب في دمشق'));
    expect(queued).toMatchObject({ state: 'queued', attempts: 0, headline: 'افتتاح معرض الكتاب في دمشق', createdAt: at(startMs) });

    const done = await untilState(outbox, queued.id, 'done');
    const [post, ...others] = wordPress.posts();
    expect(others).toEqual([]);
    expect(post).toMatchObject({ title: { raw: 'افتتاح معرض الكتاب في دمشق' }, status: 'publish', slug: 'khabar' });
    expect(post!.content.raw).toContain(`<!-- ${postMarkerToken(draftId, siteId)} -->`);
    expect(post!.categories).toHaveLength(1);
    expect(post!.tags).toHaveLength(2);
    expect(done).toMatchObject({ attempts: 1, result: { postId: post!.id, link: post!.link } });
    expect(done.step).toBeUndefined();
    expect(await readPublishingRecords(libraryFolder, draftId)).toEqual([
      {
        siteId,
        siteUrl: wordPress.url,
        postId: post!.id,
        link: post!.link,
        modifiedGmt: post!.modified_gmt,
        status: 'publish',
        publishedAt: at(startMs),
        draftVersion: 1,
      },
    ]);
    expect(await itemFile(queued.id)).toMatchObject({
      state: 'done',
      hasTriedCreate: true,
      result: done.result,
      createdAt: at(startMs),
      updatedAt: at(startMs),
    });
    // The password went from the vault to the connection, and nowhere into the item.
    expect(connections).toEqual([{ url: wordPress.url, userName, applicationPassword }]);
    expect(await readFile(join(outboxFolder, `${queued.id}.json`), 'utf8')).not.toContain(applicationPassword);

    clockMs += 60_000;
    const again = await outbox.enqueue(request('افتتاح معرض الكتاب في دمشق اليوم', 2));
    await untilState(outbox, again.id, 'done');
    expect(wordPress.posts().map((candidate) => [candidate.id, candidate.title.raw])).toEqual([
      [post!.id, 'افتتاح معرض الكتاب في دمشق اليوم'],
    ]);
    expect(writesToSite()).toEqual(['createPost افتتاح معرض الكتاب في دمشق', 'updatePost افتتاح معرض الكتاب في دمشق اليوم']);
    expect(await readPublishingRecords(libraryFolder, draftId)).toMatchObject([
      { postId: post!.id, modifiedGmt: wordPress.posts()[0]!.modified_gmt, draftVersion: 2, publishedAt: at(startMs + 60_000) },
    ]);
    expect(problems).toEqual([]);
  });

  it('sends only the newest of several items queued while one is being sent; the older waiting ones end cancelled', async () => {
    const outbox = await openOutbox();
    const sending = wordPress.holdNext('createPost');
    const first = await outbox.enqueue(request('النص الأول', 1));
    await sending.reached;
    const second = await outbox.enqueue(request('النص الثاني', 2));
    expect(itemOf(outbox, second.id).state).toBe('queued');
    const third = await outbox.enqueue(request('النص الثالث', 3));

    // The second is superseded at once; the first, being sent, goes on.
    expect(itemOf(outbox, second.id)).toMatchObject({ state: 'cancelled', attempts: 0 });
    expect(itemOf(outbox, first.id).state).toBe('sending');
    expect(itemOf(outbox, third.id).state).toBe('queued');
    expect((await untilState(outbox, second.id, 'cancelled')).nextAttemptAt).toBeUndefined();

    sending.release();
    await untilState(outbox, third.id, 'done');
    expect(itemOf(outbox, first.id).state).toBe('done');
    expect(itemOf(outbox, second.id)).toMatchObject({ state: 'cancelled', attempts: 0 });
    // One post, with the newest text, and the second's text never reached the site.
    expect(writesToSite()).toEqual(['createPost النص الأول', 'updatePost النص الثالث']);
    expect(wordPress.posts().map((post) => post.title.raw)).toEqual(['النص الثالث']);
    expect((await readPublishingRecords(libraryFolder, draftId))[0]?.draftVersion).toBe(3);
    expect((await itemFile(second.id)).state).toBe('cancelled');
  });

  it('never sends two items of one draft to one site at once, but other drafts go alongside', async () => {
    const otherDraftId = '7a2d3c8f-4e5b-4d6c-9f0a-1b2c3d4e5f60';
    await mkdir(join(libraryFolder, 'drafts', otherDraftId), { recursive: true });
    const outbox = await openOutbox({ concurrency: 2 });
    const sending = wordPress.holdNext('createPost');
    const first = await outbox.enqueue(request('النص الأول', 1));
    await sending.reached;
    const other = await outbox.enqueue({ ...request('خبر آخر'), draftId: otherDraftId });
    await untilState(outbox, other.id, 'done');
    expect(itemOf(outbox, first.id).state).toBe('sending');
    sending.release();
    await untilState(outbox, first.id, 'done');
    expect(wordPress.posts().map((post) => post.title.raw)).toEqual(['خبر آخر', 'النص الأول']);
  });

  describe('cancelling an item while it is being sent', () => {
    it('takes effect when its attempt ends: a failed attempt is not tried again', async () => {
      const outbox = await openOutbox();
      const sending = wordPress.holdNext('createPost');
      const item = await outbox.enqueue(request());
      await sending.reached;
      expect((await outbox.cancel(item.id)).state).toBe('sending');
      expect(itemOf(outbox, item.id).state).toBe('sending');

      sending.release({ kind: 'serverError' });
      const cancelled = await untilState(outbox, item.id, 'cancelled');
      expect(cancelled.nextAttemptAt).toBeUndefined();
      expect(await itemFile(item.id)).toMatchObject({ state: 'cancelled' });
      expect(wordPress.callsOf('createPost')).toBe(1);
      expect(wordPress.posts()).toEqual([]);
      await expect(outbox.cancel(item.id)).rejects.toMatchObject({ apiError: { code: 'publishing.notAllowedNow' } });
    });

    it('does not undo an attempt that published: the item ends done', async () => {
      const outbox = await openOutbox();
      const sending = wordPress.holdNext('createPost');
      const item = await outbox.enqueue(request());
      await sending.reached;
      await outbox.cancel(item.id);
      sending.release();
      const done = await untilState(outbox, item.id, 'done');
      const [post] = wordPress.posts();
      expect(done.result?.postId).toBe(post!.id);
      expect((await readPublishingRecords(libraryFolder, draftId))[0]?.postId).toBe(post!.id);
      // The cancel asked for is spent: nothing turns the done item into a cancelled one later.
      await outbox.dispose();
      expect(itemOf(outbox, item.id).state).toBe('done');
      expect((await itemFile(item.id)).state).toBe('done');
    });
  });

  describe('backoff', () => {
    /** Moves the injected clock and the outbox's timers on together. */
    async function advance(ms: number): Promise<void> {
      clockMs += ms;
      await vi.advanceTimersByTimeAsync(ms);
    }

    beforeEach(() => {
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    });

    it('tries a transient failure again at the time the backoff names, doubling the wait each time', async () => {
      const outbox = await openOutbox({ backoff: { baseMs: 1_000, maxMs: 60_000 }, random: () => 0.25 });
      wordPress.failNext({ kind: 'unreachable' }, { call: 'termIds' });
      wordPress.failNext({ kind: 'serverError', status: 503 }, { call: 'termIds' });
      const item = await outbox.enqueue(request());

      // First failure: half of 1 s fixed, plus a quarter of the other half.
      const first = await untilItem(outbox, item.id, (candidate) => candidate.state === 'retrying');
      expect(first).toMatchObject({ attempts: 1, failure: { kind: 'unreachable' }, nextAttemptAt: at(startMs + 625) });
      expect((await itemFile(item.id)).nextAttemptAt).toBe(at(startMs + 625));
      await advance(624);
      expect(itemOf(outbox, item.id).state).toBe('retrying');
      expect(wordPress.callsOf('termIds')).toBe(1);

      await advance(1);
      const second = await untilItem(outbox, item.id, (candidate) => candidate.state === 'retrying' && candidate.attempts === 2);
      // Second failure: 2 s, jittered the same way, from the time it failed.
      expect(second).toMatchObject({ failure: { kind: 'serverError', status: 503 }, nextAttemptAt: at(startMs + 625 + 1_250) });
      await advance(1_249);
      expect(itemOf(outbox, item.id).state).toBe('retrying');

      await advance(1);
      const done = await untilState(outbox, item.id, 'done');
      expect(done).toMatchObject({ attempts: 3 });
      expect(done.failure).toBeUndefined();
      expect(done.nextAttemptAt).toBeUndefined();
      expect(wordPress.posts()).toHaveLength(1);
    });

    it('waits at least as long as Retry-After asks, and no longer than the cap', async () => {
      const outbox = await openOutbox({ backoff: { baseMs: 1_000, maxMs: 60_000 }, random: () => 0.25 });
      wordPress.failNext({ kind: 'rateLimited', retryAfterSeconds: 30 }, { call: 'createPost' });
      wordPress.failNext({ kind: 'rateLimited', retryAfterSeconds: 3_600 }, { call: 'createPost' });
      const item = await outbox.enqueue(request());

      const first = await untilItem(outbox, item.id, (candidate) => candidate.state === 'retrying');
      expect(first).toMatchObject({ attempts: 1, failure: { kind: 'rateLimited', status: 429 }, nextAttemptAt: at(startMs + 30_000) });
      await advance(29_999);
      expect(itemOf(outbox, item.id).state).toBe('retrying');
      await advance(1);

      const second = await untilItem(outbox, item.id, (candidate) => candidate.state === 'retrying' && candidate.attempts === 2);
      expect(second.nextAttemptAt).toBe(at(startMs + 30_000 + 60_000));
      await advance(60_000);
      await untilState(outbox, item.id, 'done');
      // The limited creates did nothing on the site: one post, created by the third attempt.
      expect(wordPress.callsOf('createPost')).toBe(3);
      expect(wordPress.posts()).toHaveLength(1);
    });

    it('stops a permanent failure with its reason and does not try it again', async () => {
      const outbox = await openOutbox({ backoff: { baseMs: 1_000, maxMs: 60_000 } });
      wordPress.failNext({ kind: 'wrongPassword' }, { call: 'termIds' });
      const item = await outbox.enqueue(request());

      const failed = await untilState(outbox, item.id, 'failed');
      expect(failed).toMatchObject({ attempts: 1, failure: { kind: 'wrongPassword', status: 401, code: 'incorrect_password' } });
      expect(failed.nextAttemptAt).toBeUndefined();
      expect((await itemFile(item.id)).failure).toEqual(failed.failure);
      await advance(10 * 60_000);
      expect(itemOf(outbox, item.id).state).toBe('failed');
      expect(wordPress.callsOf('termIds')).toBe(1);
      expect(wordPress.posts()).toEqual([]);
    });
  });

  describe('a restart with an item in flight', () => {
    it('sends again an item whose file was left in state sending', async () => {
      const first = await openOutbox();
      // The process dies while the site is looking up the terms: this call never returns.
      const dying = wordPress.holdNext('termIds');
      const atTerms = nextChange(first, (item) => item.step === 'terms');
      const item = await first.enqueue(request());
      await dying.reached;
      await atTerms;
      expect(await itemFile(item.id)).toMatchObject({ state: 'sending', step: 'terms', attempts: 1, hasTriedCreate: false });
      crash(first);

      clockMs += 5 * 60_000;
      const second = await openOutbox();
      const done = await untilState(second, item.id, 'done');
      expect(done.attempts).toBe(2);
      expect(wordPress.posts()).toHaveLength(1);
      expect(done.result?.postId).toBe(wordPress.posts()[0]!.id);
      expect((await readPublishingRecords(libraryFolder, draftId))[0]?.publishedAt).toBe(at(startMs + 5 * 60_000));
    });

    it('finds by its marker a post whose create landed but whose reply was lost, instead of creating another', async () => {
      const first = await openOutbox();
      // The site creates the post; the process dies before the reply arrives.
      const dying = wordPress.holdNext('createPost', { afterCommit: true });
      const atSending = nextChange(first, (item) => item.step === 'sending');
      const item = await first.enqueue(request());
      await dying.reached;
      await atSending;
      expect(await itemFile(item.id)).toMatchObject({ state: 'sending', step: 'sending', hasTriedCreate: true });
      expect(await readPublishingRecords(libraryFolder, draftId)).toEqual([]);
      crash(first);

      const second = await openOutbox();
      const done = await untilState(second, item.id, 'done');
      const [post, ...doubles] = wordPress.posts();
      expect(doubles).toEqual([]);
      expect(wordPress.callsOf('createPost')).toBe(1);
      expect(done.result?.postId).toBe(post!.id);
      expect((await readPublishingRecords(libraryFolder, draftId))[0]?.postId).toBe(post!.id);
    });
  });

  it('finds a post whose create reply was lost on the next attempt, instead of creating another', async () => {
    const outbox = await openOutbox({ backoff: { baseMs: 1, maxMs: 2 } });
    wordPress.failNext({ kind: 'lostReply' }, { call: 'createPost' });
    const item = await outbox.enqueue(request());
    const retrying = await untilState(outbox, item.id, 'retrying');
    expect(retrying.failure).toEqual({ kind: 'timeout' });
    const done = await untilState(outbox, item.id, 'done');
    expect(done.attempts).toBe(2);
    expect(wordPress.posts()).toHaveLength(1);
    expect(wordPress.callsOf('createPost')).toBe(1);
  });

  it('waits for a password lost with the session, and goes on when it is given again', async () => {
    // Browser mode after a restart: the site is known, its password was kept for the session only.
    siteStore = siteStoreOn(join(dataFolder, 'site-secrets.json'));
    const outbox = await openOutbox();
    const item = await outbox.enqueue(request());
    expect((await untilState(outbox, item.id, 'failed')).failure).toEqual({ kind: 'passwordNeeded' });
    expect(wordPress.calls.map((record) => record.call)).toEqual(['verify']);

    await siteStore.save({ id: siteId, url: wordPress.url, userName, applicationPassword, isPasswordRemembered: false });
    outbox.resumeSite(siteId);
    const done = await untilState(outbox, item.id, 'done');
    expect(done.attempts).toBe(1);
    expect(wordPress.posts()).toHaveLength(1);
  });

  describe('opening the folder left from before', () => {
    async function publishedAndClosed(): Promise<OutboxSummary> {
      const outbox = await openOutbox();
      const item = await untilState(outbox, (await outbox.enqueue(request())).id, 'done');
      await outbox.dispose();
      outboxes = outboxes.filter((candidate) => candidate !== outbox);
      return item;
    }

    it('keeps a damaged item file aside under the time of the injected clock, and opens the others', async () => {
      const done = await publishedAndClosed();
      const damaged = '0e9d8c7b-6a5f-4e3d-8c2b-1a0f9e8d7c6b.json';
      await writeFile(join(outboxFolder, damaged), '{"id": "cut off mid-wri');
      clockMs = Date.parse('2026-03-02T10:20:30.456Z');

      const outbox = await openOutbox();
      expect(outbox.list().map((item) => item.id)).toEqual([done.id]);
      expect((await readdir(outboxFolder)).sort()).toEqual([`${done.id}.json`, `${damaged}.damaged-${clockMs}`].sort());
      expect(problems.map((problem) => problem.message)).toEqual([`outbox item ${damaged} is damaged; kept aside`]);
    });

    it('forgets finished items older than keepFinishedDays on the injected clock', async () => {
      const done = await publishedAndClosed();
      clockMs = startMs + 30 * 86_400_000;
      expect((await openOutbox()).list().map((item) => item.id)).toEqual([done.id]);
      clockMs += 1;
      expect((await openOutbox()).list()).toEqual([]);
      expect(await readdir(outboxFolder)).toEqual([]);
    });
  });

  describe('when its items can no longer be written', () => {
    // An unhandled rejection ends the browser host's process: every one while a test runs is kept here.
    let unhandledRejections: unknown[];
    let firstUnhandledRejection: Promise<unknown>;
    let stopWatching: () => void;

    beforeEach(() => {
      unhandledRejections = [];
      let noticeFirst!: (reason: unknown) => void;
      firstUnhandledRejection = new Promise((resolve) => (noticeFirst = resolve));
      const listener = (reason: unknown): void => {
        unhandledRejections.push(reason);
        noticeFirst(reason);
      };
      process.on('unhandledRejection', listener);
      stopWatching = () => process.off('unhandledRejection', listener);
    });
    afterEach(() => stopWatching());

    /** The item once it is in `state`, or the first unhandled rejection, whichever comes first. */
    function untilStateOrRejection(outbox: Outbox, id: string, state: OutboxItem['state']): Promise<unknown> {
      return Promise.race([untilState(outbox, id, state), firstUnhandledRejection]);
    }

    function reportedFor(id: string): unknown[] {
      return problems.filter((problem) => problem.message.includes(id)).map((problem) => (problem.error as NodeJS.ErrnoException).code);
    }

    async function publishedOnce(): Promise<void> {
      const outbox = await openOutbox();
      const item = await outbox.enqueue(request('النص الأول', 1));
      await untilState(outbox, item.id, 'done');
      await outbox.dispose();
      outboxes = outboxes.filter((candidate) => candidate !== outbox);
    }

    it('reports the steps of an attempt it cannot write, and publishes all the same', async () => {
      await publishedOnce();
      const outbox = await openOutbox();
      const looking = wordPress.holdNext('termIds');
      const item = await outbox.enqueue(request('النص الثاني', 2));
      await looking.reached;
      // The data folder is gone (a cleanup, a disk unplugged) while the site is being asked.
      await rm(outboxFolder, { recursive: true, force: true });
      looking.release();

      await untilStateOrRejection(outbox, item.id, 'done');
      expect(unhandledRejections).toEqual([]);
      const [post] = wordPress.posts();
      expect(itemOf(outbox, item.id)).toMatchObject({ state: 'done', result: { postId: post!.id } });
      expect(post!.title.raw).toBe('النص الثاني');
      expect((await readPublishingRecords(libraryFolder, draftId))[0]).toMatchObject({ postId: post!.id, draftVersion: 2 });
      expect(reportedFor(item.id)).toContain('ENOENT');
    });

    it('does not create a post when it cannot first write that it is about to', async () => {
      const outbox = await openOutbox();
      const looking = wordPress.holdNext('termIds');
      const item = await outbox.enqueue(request());
      await looking.reached;
      await rm(outboxFolder, { recursive: true, force: true });
      looking.release();

      await untilStateOrRejection(outbox, item.id, 'failed');
      expect(unhandledRejections).toEqual([]);
      expect(itemOf(outbox, item.id)).toMatchObject({ state: 'failed', failure: { kind: 'internal' }, hasTriedCreate: false });
      expect(wordPress.callsOf('createPost')).toBe(0);
      expect(reportedFor(item.id)).toContain('ENOENT');
    });

    it('sends an item resumed by a password even when the resume cannot be written', async () => {
      await publishedOnce();
      // Browser mode after a restart: the password was kept for the session only.
      siteStore = siteStoreOn(join(dataFolder, 'site-secrets.json'));
      const outbox = await openOutbox();
      const item = await outbox.enqueue(request('النص الثاني', 2));
      expect((await untilState(outbox, item.id, 'failed')).failure).toEqual({ kind: 'passwordNeeded' });
      await rm(outboxFolder, { recursive: true, force: true });
      await siteStore.save({ id: siteId, url: wordPress.url, userName, applicationPassword, isPasswordRemembered: false });
      outbox.resumeSite(siteId);

      await untilStateOrRejection(outbox, item.id, 'done');
      expect(unhandledRejections).toEqual([]);
      expect(itemOf(outbox, item.id).state).toBe('done');
      expect(wordPress.posts().map((post) => post.title.raw)).toEqual(['النص الثاني']);
      expect(reportedFor(item.id)).toContain('ENOENT');
    });

    it('supersedes an older waiting item even when its cancellation cannot be written', async () => {
      const outbox = await openOutbox();
      const sending = wordPress.holdNext('createPost');
      const first = await outbox.enqueue(request('النص الأول', 1));
      await sending.reached;
      const second = await outbox.enqueue(request('النص الثاني', 2));
      // The folder disappears right after the third item is written, before the second can be marked superseded.
      const stop = outbox.onChange((item) => {
        if (item.draftVersion === 3 && item.state === 'queued') rmSync(outboxFolder, { recursive: true, force: true });
      });
      const third = await outbox.enqueue(request('النص الثالث', 3));
      stop();
      expect(itemOf(outbox, second.id)).toMatchObject({ state: 'cancelled', attempts: 0 });
      sending.release();

      await untilStateOrRejection(outbox, third.id, 'done');
      expect(unhandledRejections).toEqual([]);
      expect([first, second, third].map((item) => itemOf(outbox, item.id).state)).toEqual(['done', 'cancelled', 'done']);
      expect(writesToSite()).toEqual(['createPost النص الأول', 'updatePost النص الثالث']);
      expect(reportedFor(second.id)).toContain('ENOENT');
    });

    it('cancels an item being sent even when the outcome of its attempt cannot be written', async () => {
      const outbox = await openOutbox();
      const sending = wordPress.holdNext('createPost');
      const item = await outbox.enqueue(request());
      await sending.reached;
      await outbox.cancel(item.id);
      await rm(outboxFolder, { recursive: true, force: true });
      sending.release({ kind: 'serverError' });

      await untilStateOrRejection(outbox, item.id, 'cancelled');
      expect(unhandledRejections).toEqual([]);
      expect(itemOf(outbox, item.id).state).toBe('cancelled');
      expect(wordPress.callsOf('createPost')).toBe(1);
      expect(reportedFor(item.id)).toContain('ENOENT');
    });

    it('refuses a cancel or a retry it cannot write, with storage.failed, and leaves the item as it was', async () => {
      siteStore = siteStoreOn(join(dataFolder, 'site-secrets.json'));
      const outbox = await openOutbox();
      const item = await outbox.enqueue(request());
      expect((await untilState(outbox, item.id, 'failed')).failure).toEqual({ kind: 'passwordNeeded' });
      await rm(outboxFolder, { recursive: true, force: true });
      await expect(outbox.retry(item.id)).rejects.toMatchObject({ apiError: { code: 'storage.failed' } });
      await expect(outbox.cancel(item.id)).rejects.toMatchObject({ apiError: { code: 'storage.failed' } });
      expect(itemOf(outbox, item.id)).toMatchObject({ state: 'failed', failure: { kind: 'passwordNeeded' } });
      expect(unhandledRejections).toEqual([]);
    });

    it('never sends, after a restart, an older text whose cancellation could not be written', async () => {
      const outbox = await openOutbox();
      const sending = wordPress.holdNext('createPost');
      const first = await outbox.enqueue(request('النص الأول', 1));
      await sending.reached;
      const second = await outbox.enqueue(request('النص الثاني', 2));
      // The one write that marks the second superseded fails.
      failNextWrite((path, data) => path.endsWith(`${second.id}.json`) && data.includes('"cancelled"'));
      const third = await outbox.enqueue(request('النص الثالث', 3));
      sending.release();
      await untilState(outbox, third.id, 'done');
      await outbox.dispose();
      crash(outbox);

      const restarted = await openOutbox();
      await untilState(restarted, second.id, 'cancelled');
      await restarted.dispose();
      expect([first, second, third].map((item) => itemOf(restarted, item.id).state)).toEqual(['done', 'cancelled', 'done']);
      expect(wordPress.posts().map((post) => post.title.raw)).toEqual(['النص الثالث']);
      expect((await itemFile(second.id)).state).toBe('cancelled');
    });

    it('neither sends nor lets supersede a publish it could not queue, whatever runs meanwhile', async () => {
      const otherDraftId = '7a2d3c8f-4e5b-4d6c-9f0a-1b2c3d4e5f61';
      await mkdir(join(libraryFolder, 'drafts', otherDraftId), { recursive: true });
      const outbox = await openOutbox();
      // An earlier publish of the draft waits to be tried again.
      wordPress.failNext({ kind: 'serverError' }, { call: 'createPost' });
      const waiting = await outbox.enqueue(request('النص المنتظر', 1));
      await untilState(outbox, waiting.id, 'retrying');
      // Another draft's publish is being sent, and ends while the new item's write is under way and fails.
      const sending = wordPress.holdNext('createPost');
      const other = await outbox.enqueue({ ...request('خبر آخر'), draftId: otherDraftId });
      await sending.reached;
      failNextWrite((path, data) => {
        if (!data.includes('نص لم يُحفظ')) return false;
        sending.release();
        return true;
      }, 100);
      await expect(outbox.enqueue(request('نص لم يُحفظ', 2))).rejects.toMatchObject({ apiError: { code: 'storage.failed' } });
      await untilState(outbox, other.id, 'done');
      expect(outbox.list().map((item) => [item.headline, item.state])).toEqual([
        ['خبر آخر', 'done'],
        ['النص المنتظر', 'retrying'],
      ]);
      expect(wordPress.posts().map((post) => post.title.raw)).toEqual(['خبر آخر']);
    });

    it('refuses to send again an older item once a newer publish of the draft was asked for', async () => {
      const outbox = await openOutbox();
      wordPress.failNext({ kind: 'wrongPassword' }, { call: 'createPost' });
      const older = await outbox.enqueue(request('النص الأقدم', 1));
      await untilState(outbox, older.id, 'failed');
      const newer = await outbox.enqueue(request('النص الأحدث', 2));
      await untilState(outbox, newer.id, 'done');
      await expect(outbox.retry(older.id)).rejects.toMatchObject({ apiError: { code: 'publishing.notAllowedNow' } });
      expect(wordPress.posts().map((post) => post.title.raw)).toEqual(['النص الأحدث']);
    });

    it('forgets an item it could not queue, so it is never sent behind the back of the one told it failed', async () => {
      const otherDraftId = '7a2d3c8f-4e5b-4d6c-9f0a-1b2c3d4e5f60';
      await mkdir(join(libraryFolder, 'drafts', otherDraftId), { recursive: true });
      const outbox = await openOutbox();
      await rm(outboxFolder, { recursive: true, force: true });
      await expect(outbox.enqueue(request('لم يدخل الصندوق'))).rejects.toMatchObject({ apiError: { code: 'storage.failed' } });
      expect(outbox.list()).toEqual([]);

      await mkdir(outboxFolder);
      const other = await outbox.enqueue({ ...request('خبر آخر'), draftId: otherDraftId });
      await untilState(outbox, other.id, 'done');
      expect(outbox.list().map((item) => item.headline)).toEqual(['خبر آخر']);
      expect(wordPress.posts().map((post) => post.title.raw)).toEqual(['خبر آخر']);
    });
  });
});
