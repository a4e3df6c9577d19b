/**
 * The desktop app's composition root: the only place that builds the services and wires them to
 * Electron. Nothing runs at import time; `main()` does everything, in order.
 */
import { app, BrowserWindow, Menu, session, shell } from 'electron';
import type { AppCommand } from '../shared/contract/appCommands';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createAppServices, type ApiConnection } from './services/appServices';
import { createConsoleLogger } from './services/logger';
import { EncryptedSecretVault, SessionSecretVault, type SecretVault } from './services/publishing/secretVault';
import { defaultUserDataFolder } from './services/userDataFolder';
import { applicationMenuTemplate } from './host/applicationMenu';
import { registerAppScheme, serveAppProtocol } from './host/appProtocol';
import { safeStorageCipher } from './host/safeStorageCipher';
import { ipcTransportFor } from './host/ipcTransport';
import { appEntryUrl, externalUrlToOpen, isAppUrl, mainWindowOptions } from './host/windowOptions';
import { WindowStateKeeper } from './host/windowState';
import type { Language } from '../shared/i18n/catalogue';

function main(): void {
  const logger = createConsoleLogger('midad');
  // The same folder the browser host uses by default, on every platform.
  app.setPath('userData', defaultUserDataFolder({ platform: process.platform, env: process.env, homeFolder: homedir() }));

  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  registerAppScheme();
  app.enableSandbox();

  const userDataFolder = app.getPath('userData');
  // safeStorage answers only once the app is ready: the vault is chosen then, and waited for.
  let vault: SecretVault | undefined;
  const vaultReady = app.whenReady().then(() => {
    const cipher = safeStorageCipher(process.platform);
    return (vault = cipher
      ? new EncryptedSecretVault(join(userDataFolder, 'site-secrets.enc.json'), cipher)
      : new SessionSecretVault(join(userDataFolder, 'site-secrets.json')));
  });
  const secretVault: SecretVault = {
    get storage() {
      return vault?.storage ?? 'encrypted';
    },
    get: async (key) => (await vaultReady).get(key),
    set: async (key, secret, isRemembered) => (await vaultReady).set(key, secret, isRemembered),
    isRemembered: async (key) => (await vaultReady).isRemembered(key),
    delete: async (key) => (await vaultReady).delete(key),
  };
  const services = createAppServices({ userDataFolder, appVersion: app.getVersion(), logger, secretVault });
  const rendererFolder = fileURLToPath(new URL('../renderer', import.meta.url));
  const preloadPath = fileURLToPath(new URL('../preload/preload.cjs', import.meta.url));
  let mainWindow: BrowserWindow | undefined;
  let mainConnection: ApiConnection | undefined;

  const setMenu = (language: Language): void => {
    const runCommand = (command: AppCommand): void => mainConnection?.emit('menu.command', { command });
    Menu.setApplicationMenu(Menu.buildFromTemplate(applicationMenuTemplate(language, runCommand, process.platform)));
  };

  const createMainWindow = (): void => {
    const windowState = new WindowStateKeeper();
    const window = new BrowserWindow(mainWindowOptions(preloadPath, windowState.savedBounds()));
    windowState.track(window);
    if (windowState.wasMaximized()) window.maximize();
    mainConnection = services.serve(ipcTransportFor(window.webContents));
    window.once('ready-to-show', () => window.show());
    // Closing waits for the page to save what was typed last (autosave waits for a pause), at most 5 s.
    let isSaved = false;
    window.on('close', (event) => {
      if (isSaved || !mainConnection) return;
      event.preventDefault();
      const finish = (): void => {
        clearTimeout(timer);
        stopWaiting();
        isSaved = true;
        if (!window.isDestroyed()) window.close();
      };
      const timer = setTimeout(finish, 5_000);
      const stopWaiting = services.onReadyToClose(finish);
      mainConnection.emit('app.closing', {});
    });
    window.on('closed', () => {
      mainConnection = undefined;
      mainWindow = undefined;
    });
    void window.loadURL(appEntryUrl);
    mainWindow = window;
  };

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  // Every page: no navigation away from the app, no new windows, no webviews; http(s) links go to the OS browser.
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      if (!isAppUrl(url)) event.preventDefault();
    });
    contents.on('will-redirect', (event, url) => {
      if (!isAppUrl(url)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      const external = externalUrlToOpen(url);
      if (external) void shell.openExternal(external);
      return { action: 'deny' };
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  // The windows close first (each saving its page); then the library writes its index, then the process ends.
  let isDisposed = false;
  app.on('will-quit', (event) => {
    if (isDisposed) return;
    event.preventDefault();
    isDisposed = true;
    void services.dispose().finally(() => app.quit());
  });

  void app.whenReady().then(async () => {
    session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
    session.defaultSession.setPermissionCheckHandler(() => false);
    serveAppProtocol(rendererFolder);
    setMenu((await services.settingsStore.get()).language);
    services.settingsStore.onChange((settings) => setMenu(settings.language));
    createMainWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) createMainWindow();
    });
  });
}

main();
