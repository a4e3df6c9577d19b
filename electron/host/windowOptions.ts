/**
 * The main window's options and navigation policy, as plain data and pure functions so a unit
 * test can assert them without Electron. The window is locked down: isolated, sandboxed, no Node,
 * no webviews, web security on; it may show only the app's own pages.
 */
import type { BrowserWindowConstructorOptions, Rectangle } from 'electron';

/** The origin the desktop app's pages are served from (a privileged, standard, secure scheme). */
export const appScheme = 'app';
export const appHost = 'midad';
export const appOrigin = `${appScheme}://${appHost}`;
export const appEntryUrl = `${appOrigin}/index.html`;

export function mainWindowOptions(preloadPath: string, bounds: Partial<Rectangle>): BrowserWindowConstructorOptions {
  return {
    ...bounds,
    width: bounds.width ?? 1280,
    height: bounds.height ?? 860,
    minWidth: 760,
    minHeight: 520,
    show: false,
    title: 'مداد',
    backgroundColor: '#fbfaf7',
    autoHideMenuBar: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: true,
      devTools: true,
    },
  };
}

/** Whether `url` is one of the app's own pages (the only thing the window may show). */
export function isAppUrl(url: string): boolean {
  try {
    // WHATWG URL gives custom schemes an opaque origin, so compare scheme and host instead.
    const parsed = new URL(url);
    return parsed.protocol === `${appScheme}:` && parsed.host === appHost;
  } catch {
    return false;
  }
}

/** The URL to hand to the OS browser for a link the page tried to open, or undefined: only http(s). */
export function externalUrlToOpen(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}
