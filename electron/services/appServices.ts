/**
 * Builds the services both hosts run (the desktop app and the loopback browser host) and serves
 * the API contract over any transport. Nothing here knows which transport carries the messages.
 */
import { join } from 'node:path';
import { apiContract, type ApiContract } from '../../shared/contract/apiContract';
import type { RpcTransport } from '../../shared/rpc/rpcMessage';
import { serveRpc, type RpcHandlers, type RpcServer } from '../../shared/rpc/rpcServer';
import { DraftStore } from './draftStore';
import { SettingsStore } from './settingsStore';
import type { Logger } from './logger';

export interface AppServicesOptions {
  /** The per-user data folder; the library lives in `<userDataFolder>/library`. */
  userDataFolder: string;
  appVersion: string;
  logger: Logger;
}

export interface AppServices {
  readonly draftStore: DraftStore;
  readonly settingsStore: SettingsStore;
  /** Serves the API over one connection, until the transport closes or `close()` is called. */
  serve(transport: RpcTransport): ApiConnection;
  dispose(): void;
}

/** One served connection: events can be sent to it alone (for example a menu command). */
export interface ApiConnection {
  emit: RpcServer<ApiContract>['emit'];
  close(): void;
}

function sectionsByUse(drafts: ReadonlyArray<{ section: string }>): string[] {
  const counts = new Map<string, number>();
  for (const { section } of drafts) if (section.trim()) counts.set(section.trim(), (counts.get(section.trim()) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'ar')).map(([section]) => section);
}

export function createAppServices(options: AppServicesOptions): AppServices {
  const libraryFolder = join(options.userDataFolder, 'library');
  const draftStore = new DraftStore(libraryFolder);
  const settingsStore = new SettingsStore(options.userDataFolder);

  const handlers: RpcHandlers<ApiContract> = {
    'app.info': () => ({ appVersion: options.appVersion, libraryFolder }),
    'drafts.list': async () => ({ drafts: await draftStore.list() }),
    'drafts.get': ({ id }) => draftStore.get(id),
    'drafts.create': ({ content }) => draftStore.create(content),
    'drafts.sections': async () => ({ sections: sectionsByUse(await draftStore.list()) }),
    'drafts.save': (input) => draftStore.save(input),
    'settings.get': () => settingsStore.get(),
    'settings.update': (change) => settingsStore.update(change),
  };

  const connections = new Set<() => void>();

  return {
    draftStore,
    settingsStore,
    serve(transport) {
      const server = serveRpc(apiContract, handlers, transport, {
        onInternalError: (method, error) => options.logger.error(`API call ${method} failed`, error),
      });
      const stopDraftEvents = draftStore.onChange((ids) => server.emit('drafts.changed', { ids }));
      const stopSettingsEvents = settingsStore.onChange((settings) => server.emit('settings.changed', settings));
      const end = (): void => {
        if (!connections.delete(end)) return;
        stopDraftEvents();
        stopSettingsEvents();
        server.dispose();
      };
      connections.add(end);
      transport.onClose?.(end);
      return { emit: (name, payload) => server.emit(name, payload), close: end };
    },
    dispose() {
      for (const end of [...connections]) end();
    },
  };
}
