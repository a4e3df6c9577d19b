/**
 * The per-user data folder, computed the way Electron's `app.getPath('userData')` does, so the
 * desktop app and the browser host (which has no Electron) use the same folder by default.
 */
import { join } from 'node:path';

export const appFolderName = 'Midad';

export interface PlatformFacts {
  platform: NodeJS.Platform;
  env: Readonly<Record<string, string | undefined>>;
  homeFolder: string;
}

/** `%APPDATA%\Midad` on Windows, `~/Library/Application Support/Midad` on macOS, `$XDG_CONFIG_HOME/Midad` elsewhere. */
export function defaultUserDataFolder({ platform, env, homeFolder }: PlatformFacts): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homeFolder, 'AppData', 'Roaming'), appFolderName);
  if (platform === 'darwin') return join(homeFolder, 'Library', 'Application Support', appFolderName);
  return join(env.XDG_CONFIG_HOME || join(homeFolder, '.config'), appFolderName);
}
