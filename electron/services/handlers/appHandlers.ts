/** The app's calls: what is running, the settings (a new library folder switches the library), the window's life. */
import type { appCalls } from '../../../shared/contract/appCalls';
import type { CallHandlers } from '../../../shared/rpc/rpcServer';
import type { ActiveLibrary } from '../activeLibrary';
import type { SettingsStore } from '../settingsStore';

export interface AppHandlersDependencies {
  appVersion: string;
  library: ActiveLibrary;
  settingsStore: SettingsStore;
  /** The page saved everything after `app.closing`: the window may close. */
  onReadyToClose: () => void;
}

export function appHandlers({
  appVersion,
  library,
  settingsStore,
  onReadyToClose,
}: AppHandlersDependencies): CallHandlers<typeof appCalls> {
  return {
    'app.info': async () => ({ appVersion, libraryFolder: (await library.store()).libraryFolder }),
    'app.readyToClose': () => {
      onReadyToClose();
      return {};
    },
    'settings.get': () => settingsStore.get(),
    'settings.update': async (change) => {
      const before = await settingsStore.get();
      const isNewFolder = change.libraryFolder !== undefined && change.libraryFolder !== before.libraryFolder;
      if (isNewFolder) await library.switchTo(change.libraryFolder!);
      const settings = await settingsStore.update(change);
      if (isNewFolder) await library.reopened();
      return settings;
    },
  };
}
