/**
 * Builds the services both hosts run (the desktop app and the loopback browser host) and serves
 * the API contract over any transport. Nothing here knows which transport carries the messages.
 */
import { mkdir, access, constants } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { apiContract, type ApiContract } from '../../shared/contract/apiContract';
import { ApiFailure } from '../../shared/contract/apiError';
import { translate } from '../../shared/i18n/catalogue';
import type { RpcTransport } from '../../shared/rpc/rpcMessage';
import { serveRpc, type RpcHandlers, type RpcServer } from '../../shared/rpc/rpcServer';
import { articleContentSchema } from '../../shared/model/article';
import { hasBlockingProblems, preflightArticle } from '../../shared/publishing/preflight';
import { siteLocalTime } from '../../shared/publishing/siteTime';
import { DraftStore } from './library/draftStore';
import { DraftWorkflow } from './draftWorkflow';
import type { Logger } from './logger';
import { Outbox, type OutboxOptions } from './publishing/outbox';
import { readPublishingRecords } from './publishing/publishingRecords';
import { SessionSecretVault, type SecretVault } from './publishing/secretVault';
import { SiteStore } from './publishing/siteStore';
import { WordPressClient } from './publishing/wordPressClient';
import { SettingsStore } from './settingsStore';

export interface AppServicesOptions {
  /** The per-user data folder; the library lives in `<userDataFolder>/library` unless the settings name another. */
  userDataFolder: string;
  appVersion: string;
  logger: Logger;
  /** Where site passwords are kept; by default in memory for the session (browser mode). */
  secretVault?: SecretVault;
  /** Publishing's timing: the site's reply timeout, the retry backoff, how many items go at once. */
  publishing?: { timeoutMs?: number } & Pick<OutboxOptions, 'backoff' | 'concurrency'>;
}

/** One served connection: events can be sent to it alone (for example a menu command). */
export interface ApiConnection {
  emit: RpcServer<ApiContract>['emit'];
  close(): void;
}

export interface AppServices {
  readonly settingsStore: SettingsStore;
  readonly siteStore: SiteStore;
  readonly outbox: Outbox;
  /** The library as it is now (it changes when the user picks another folder). */
  draftStore(): Promise<DraftStore>;
  /** Listens for a page saying it saved everything before its window closes. */
  onReadyToClose(listener: () => void): () => void;
  /** Serves the API over one connection, until the transport closes or `close()` is called. */
  serve(transport: RpcTransport): ApiConnection;
  dispose(): Promise<void>;
}

function sectionsByUse(drafts: ReadonlyArray<{ section: string }>): string[] {
  const counts = new Map<string, number>();
  for (const { section } of drafts) if (section.trim()) counts.set(section.trim(), (counts.get(section.trim()) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'ar')).map(([section]) => section);
}

export function createAppServices(options: AppServicesOptions): AppServices {
  const defaultLibraryFolder = join(options.userDataFolder, 'library');
  const settingsStore = new SettingsStore(options.userDataFolder);
  const changeListeners = new Set<(ids: string[]) => void>();
  const readyToCloseListeners = new Set<() => void>();
  let storePromise: Promise<DraftStore> | undefined;
  let stopStoreEvents: (() => void) | undefined;

  const userName = (): string => settingsCache?.userName || safeUserName();
  let settingsCache: Awaited<ReturnType<SettingsStore['get']>> | undefined;

  const openStore = async (): Promise<DraftStore> => {
    settingsCache = await settingsStore.get();
    const folder = settingsCache.libraryFolder || defaultLibraryFolder;
    const store = new DraftStore(folder, {
      userName,
      trashRetentionDays: settingsCache.trashRetentionDays,
      onProblem: (message, error) => options.logger.error(message, error),
    });
    await store.open();
    stopStoreEvents = store.onChange((ids) => {
      for (const listener of changeListeners) listener(ids);
    });
    return store;
  };
  const draftStore = (): Promise<DraftStore> => (storePromise ??= openStore());
  const workflows = new WeakMap<DraftStore, DraftWorkflow>();
  const workflow = async (): Promise<DraftWorkflow> => {
    const store = await draftStore();
    let current = workflows.get(store);
    if (!current)
      workflows.set(store, (current = new DraftWorkflow(store, () => ({ author: userName(), role: settingsCache?.role ?? 'writer' }))));
    return current;
  };

  const switchLibrary = async (folder: string): Promise<void> => {
    if (folder && !isAbsolute(folder)) throw new ApiFailure('library.invalidFolder', folder);
    const target = folder || defaultLibraryFolder;
    try {
      await mkdir(target, { recursive: true });
      await access(target, constants.W_OK);
    } catch (error) {
      throw new ApiFailure('library.invalidFolder', error instanceof Error ? error.message : String(error));
    }
    const previous = storePromise;
    storePromise = undefined;
    stopStoreEvents?.();
    if (previous) await (await previous).dispose();
  };

  const clientFor = (site: ConstructorParameters<typeof WordPressClient>[0]): WordPressClient =>
    new WordPressClient(site, options.publishing?.timeoutMs);
  const secretVault = options.secretVault ?? new SessionSecretVault(join(options.userDataFolder, 'site-secrets.json'));
  const siteStore = new SiteStore(options.userDataFolder, secretVault, clientFor);
  const outbox = new Outbox({
    folder: join(options.userDataFolder, 'outbox'),
    siteStore,
    clientFor,
    ...(options.publishing?.backoff ? { backoff: options.publishing.backoff } : {}),
    ...(options.publishing?.concurrency ? { concurrency: options.publishing.concurrency } : {}),
    onProblem: (message, error) => options.logger.error(message, error),
  });
  // Publishes left in the outbox go on as soon as the services start, window or not.
  const outboxOpened = outbox.open().catch((error: unknown) => options.logger.error('the outbox could not be opened', error));
  siteStore.onChange((siteId) => outbox.resumeSite(siteId));
  const openedOutbox = async (): Promise<Outbox> => {
    await outboxOpened;
    return outbox;
  };

  const handlers: RpcHandlers<ApiContract> = {
    'app.info': async () => ({ appVersion: options.appVersion, libraryFolder: (await draftStore()).libraryFolder }),
    'drafts.list': async ({ filter }) => ({ drafts: await (await draftStore()).list(filter) }),
    'drafts.search': async ({ query, filter, limit }) => (await draftStore()).search(query, filter, limit === undefined ? {} : { limit }),
    'drafts.needsAttention': async () => ({ drafts: await (await draftStore()).needsAttention() }),
    'drafts.get': async ({ id }) => (await draftStore()).get(id),
    'drafts.create': async ({ content, origin }) => {
      const draft = await (await draftStore()).create(content);
      if (origin === 'import') await (await workflow()).afterImport(draft);
      return draft;
    },
    'drafts.transition': async ({ id, to, note }) => (await workflow()).transition(id, to, note ?? ''),
    'drafts.saveReview': async ({ id, baseVersion, content, message }) => (await workflow()).saveReview(id, baseVersion, content, message),
    'drafts.exportWithHistory': async ({ id }) => (await workflow()).exportWithHistory(id),
    'drafts.importWithHistory': async ({ text }) => (await workflow()).importWithHistory(text),
    'revisions.list': async ({ draftId }) => ({ revisions: await (await draftStore()).revisions.list(draftId) }),
    'revisions.get': async ({ draftId, revisionId }) => (await draftStore()).revisions.get(draftId, revisionId),
    'revisions.create': async ({ draftId, message }) => (await workflow()).createRevision(draftId, message ?? ''),
    'revisions.restore': async ({ draftId, revisionId }) => (await workflow()).restore(draftId, revisionId),
    'drafts.duplicate': async ({ id }) =>
      (await draftStore()).duplicate(id, translate(settingsCache?.language ?? 'ar', 'library.copySuffix')),
    'drafts.sections': async () => ({ sections: sectionsByUse(await (await draftStore()).list()) }),
    'drafts.save': async (input) => {
      const saved = await (await draftStore()).save(input);
      // A checkpoint during long editing; its failure must not fail the save that succeeded.
      void (await workflow()).afterSave(input.id).catch((error: unknown) => options.logger.error('checkpoint failed', error));
      return saved;
    },
    'drafts.trash': async ({ id }) => {
      await (await draftStore()).trash(id);
      return {};
    },
    'drafts.trashList': async () => ({ drafts: await (await draftStore()).trashList() }),
    'drafts.restore': async ({ id, trashName }) => {
      await (await draftStore()).restore(id, trashName);
      return {};
    },
    'drafts.purge': async ({ id, trashName }) => ({
      purged: await (await draftStore()).purge(trashName ? { trashName } : id ? { id } : { olderThan: new Date(8.64e15) }),
    }),
    'drafts.conflicts': async ({ id }) => ({ conflicts: await (await draftStore()).conflicts(id) }),
    'drafts.resolveConflict': async ({ id, conflictId, resolution }) =>
      (await draftStore()).resolveConflict(id, conflictId, resolution, translate(settingsCache?.language ?? 'ar', 'library.copySuffix')),
    'drafts.acquireEditLock': async ({ id }) => (await draftStore()).editLock.acquire(id),
    'drafts.releaseEditLock': async ({ id }) => {
      await (await draftStore()).editLock.release(id);
      return {};
    },
    'app.readyToClose': () => {
      for (const listener of readyToCloseListeners) listener();
      return {};
    },
    'sites.list': async () => ({ sites: await siteStore.list(), secretStorage: secretVault.storage }),
    'sites.save': (input) => siteStore.save(input),
    'sites.remove': async ({ id }) => {
      await siteStore.remove(id);
      return {};
    },
    'publishing.enqueue': async ({ draftId, siteId, status, scheduledFor, draftVersion }) => {
      const store = await draftStore();
      const site = await siteStore.get(siteId);
      const draft = await store.get(draftId);
      if (draftVersion !== undefined && draft.version !== draftVersion)
        throw new ApiFailure('draft.conflict', `${draftId}: checked version ${draftVersion}, saved version ${draft.version}`);
      const problems = preflightArticle(draft, {
        status,
        ...(scheduledFor ? { scheduledFor } : {}),
        siteNow: siteLocalTime(site, new Date()),
      });
      if (hasBlockingProblems(problems)) {
        throw new ApiFailure(
          'publishing.preflightFailed',
          problems
            .filter((problem) => problem.severity === 'error')
            .map((problem) => problem.messageKey)
            .join(' '),
        );
      }
      await (await workflow()).beforePublish(draftId, site.name || site.url);
      return (await openedOutbox()).enqueue({
        draftId,
        draftVersion: draft.version,
        libraryFolder: store.libraryFolder,
        siteId,
        article: articleContentSchema.parse(draft),
        status,
        ...(status === 'future' && scheduledFor ? { scheduledFor } : {}),
      });
    },
    'publishing.outbox': async () => ({ items: (await openedOutbox()).list() }),
    'publishing.retry': async ({ id }) => (await openedOutbox()).retry(id),
    'publishing.cancel': async ({ id }) => (await openedOutbox()).cancel(id),
    'publishing.overwrite': async ({ id }) => (await openedOutbox()).overwrite(id),
    'publishing.siteCopy': async ({ id }) => {
      const { item, siteCopy } = (await openedOutbox()).siteCopyOf(id);
      return { siteCopy, article: item.article, draftId: item.draftId };
    },
    'publishing.adoptSiteCopy': async ({ id, headline, standfirst, body }) => {
      const { item } = (await openedOutbox()).siteCopyOf(id);
      const site = await siteStore.get(item.siteId).catch(() => undefined);
      const draft = await (await workflow()).adoptSiteCopy(item.draftId, { headline, standfirst, body }, site?.name || site?.url || '');
      await outbox.settleWithSiteCopy(id);
      return draft;
    },
    'publishing.records': async ({ draftId }) => ({ records: await readPublishingRecords((await draftStore()).libraryFolder, draftId) }),
    'settings.get': () => settingsStore.get(),
    'settings.update': async (change) => {
      const before = await settingsStore.get();
      if (change.libraryFolder !== undefined && change.libraryFolder !== before.libraryFolder) await switchLibrary(change.libraryFolder);
      settingsCache = await settingsStore.update(change);
      if (change.libraryFolder !== undefined && change.libraryFolder !== before.libraryFolder) {
        await draftStore();
        for (const listener of changeListeners) listener([]);
      }
      return settingsCache;
    },
  };

  const connections = new Set<() => void>();

  return {
    settingsStore,
    siteStore,
    outbox,
    draftStore,
    onReadyToClose(listener) {
      readyToCloseListeners.add(listener);
      return () => readyToCloseListeners.delete(listener);
    },
    serve(transport) {
      const server = serveRpc(apiContract, handlers, transport, {
        onInternalError: (method, error) => options.logger.error(`API call ${method} failed`, error),
      });
      const onDraftsChanged = (ids: string[]): void => server.emit('drafts.changed', { ids });
      changeListeners.add(onDraftsChanged);
      const stopSettingsEvents = settingsStore.onChange((settings) => server.emit('settings.changed', settings));
      const stopOutboxEvents = outbox.onChange((item) => server.emit('publishing.changed', item));
      const stopSiteEvents = siteStore.onChange(() => server.emit('sites.changed', {}));
      const end = (): void => {
        if (!connections.delete(end)) return;
        changeListeners.delete(onDraftsChanged);
        stopSettingsEvents();
        stopOutboxEvents();
        stopSiteEvents();
        server.dispose();
      };
      connections.add(end);
      transport.onClose?.(end);
      return { emit: (name, payload) => server.emit(name, payload), close: end };
    },
    async dispose() {
      for (const end of [...connections]) end();
      await outboxOpened;
      await outbox.dispose();
      stopStoreEvents?.();
      if (storePromise) await (await storePromise).dispose();
    },
  };
}

function safeUserName(): string {
  try {
    return userInfo().username;
  } catch {
    return '';
  }
}
