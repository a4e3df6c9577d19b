/**
 * Builds the services both hosts run (the desktop app and the loopback browser host) and serves
 * the API contract over any transport: the composition, nothing else. The calls are answered by
 * one handler file per area of the contract (handlers/); the work is in the services. Nothing
 * here knows which transport carries the messages.
 */
import { join } from 'node:path';
import { apiContract, type ApiContract } from '../../shared/contract/apiContract';
import type { RpcTransport } from '../../shared/rpc/rpcMessage';
import { serveRpc, type RpcHandlers, type RpcServer } from '../../shared/rpc/rpcServer';
import { ActiveLibrary } from './activeLibrary';
import { appHandlers } from './handlers/appHandlers';
import { libraryHandlers } from './handlers/libraryHandlers';
import { publishingHandlers } from './handlers/publishingHandlers';
import { workflowHandlers } from './handlers/workflowHandlers';
import type { DraftStore } from './library/draftStore';
import type { Logger } from './logger';
import { Outbox, type OutboxOptions } from './publishing/outbox';
import { PublishingService } from './publishing/publishingService';
import { SessionSecretVault, type SecretVault } from './publishing/secretVault';
import { SiteStore } from './publishing/siteStore';
import { WordPressClient, type WordPressApi, type WordPressSite } from './publishing/wordPressClient';
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
  /** The clock every service reads (tests move it). */
  now?: () => Date;
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

export function createAppServices(options: AppServicesOptions): AppServices {
  const now = options.now ?? (() => new Date());
  const onProblem = (message: string, error?: unknown): void => options.logger.error(message, error);
  const settingsStore = new SettingsStore(options.userDataFolder, now);
  const library = new ActiveLibrary({ defaultFolder: join(options.userDataFolder, 'library'), settingsStore, now, onProblem });
  const readyToCloseListeners = new Set<() => void>();

  const clientFor = (site: WordPressSite): WordPressApi => new WordPressClient(site, options.publishing?.timeoutMs);
  const secretVault = options.secretVault ?? new SessionSecretVault(join(options.userDataFolder, 'site-secrets.json'));
  const siteStore = new SiteStore(options.userDataFolder, secretVault, clientFor, now);
  const outbox = new Outbox({
    folder: join(options.userDataFolder, 'outbox'),
    siteStore,
    clientFor,
    now,
    ...(options.publishing?.backoff ? { backoff: options.publishing.backoff } : {}),
    ...(options.publishing?.concurrency ? { concurrency: options.publishing.concurrency } : {}),
    onProblem,
  });
  // Publishes left in the outbox go on as soon as the services start, window or not.
  const outboxOpened = outbox.open().catch((error: unknown) => onProblem('the outbox could not be opened', error));
  siteStore.onChange((siteId) => outbox.resumeSite(siteId));
  // A post that went out as published makes its draft "published" (the record of the post is written by then).
  outbox.onChange((item) => {
    if (item.state !== 'done' || item.status !== 'publish') return;
    void (async () => {
      const site = await siteStore.get(item.siteId).catch(() => undefined);
      await (await library.workflow()).afterPublished(item.draftId, site?.name || site?.url || '');
    })().catch((error: unknown) => onProblem('the published draft could not be marked published', error));
  });
  const openedOutbox = async (): Promise<Outbox> => {
    await outboxOpened;
    return outbox;
  };
  const publishing = new PublishingService(library, siteStore, openedOutbox, now);

  const handlers: RpcHandlers<ApiContract> = {
    ...appHandlers({
      appVersion: options.appVersion,
      library,
      settingsStore,
      onReadyToClose: () => readyToCloseListeners.forEach((listener) => listener()),
    }),
    ...libraryHandlers(library, onProblem),
    ...workflowHandlers(library),
    ...publishingHandlers({ library, siteStore, secretVault, outbox: openedOutbox, publishing }),
  };

  const connections = new Set<() => void>();

  return {
    settingsStore,
    siteStore,
    outbox,
    draftStore: () => library.store(),
    onReadyToClose(listener) {
      readyToCloseListeners.add(listener);
      return () => readyToCloseListeners.delete(listener);
    },
    serve(transport) {
      const server = serveRpc(apiContract, handlers, transport, {
        onInternalError: (method, error) => options.logger.error(`API call ${method} failed`, error),
      });
      const stopDraftEvents = library.onChange((ids) => server.emit('drafts.changed', { ids }));
      const stopSettingsEvents = settingsStore.onChange((settings) => server.emit('settings.changed', settings));
      const stopOutboxEvents = outbox.onChange((item) => server.emit('publishing.changed', item));
      const stopSiteEvents = siteStore.onChange(() => server.emit('sites.changed', {}));
      const end = (): void => {
        if (!connections.delete(end)) return;
        stopDraftEvents();
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
      await library.dispose();
    },
  };
}
