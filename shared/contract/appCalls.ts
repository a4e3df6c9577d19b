/**
 * The app itself: what is running, the user's settings, and the desktop window's life (the page
 * saves everything before the window closes).
 */
import { appCommands } from './appCommands';
import { z } from 'zod';
import { settingsSchema, settingsUpdateSchema } from '../model/settings';
import { defineCall } from '../rpc/rpcContract';
import { noInput } from './noInput';

export const appCalls = {
  /** The running app: version and where its library lives. */
  'app.info': defineCall({
    input: noInput,
    output: z.object({ appVersion: z.string(), libraryFolder: z.string() }),
  }),
  /** The page has saved everything after `app.closing`: the window may close. */
  'app.readyToClose': defineCall({ input: noInput, output: z.object({}) }),
  /** The user's settings. */
  'settings.get': defineCall({ input: noInput, output: settingsSchema }),
  /** Changes some settings; returns them all. */
  'settings.update': defineCall({ input: settingsUpdateSchema, output: settingsSchema }),
} as const;

export const appEvents = {
  /** The settings changed, in this window or another. */
  'settings.changed': settingsSchema,
  /** The desktop window is about to close: save everything, then call `app.readyToClose`. */
  'app.closing': z.object({}),
  /** A command chosen in the desktop app's native menu. */
  'menu.command': z.object({ command: z.enum(appCommands) }),
} as const;
