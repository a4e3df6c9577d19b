import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultUserDataFolder } from './userDataFolder';

describe('defaultUserDataFolder (the same folder Electron uses for userData)', () => {
  it('follows XDG on Linux, with ~/.config when unset', () => {
    expect(defaultUserDataFolder({ platform: 'linux', env: { XDG_CONFIG_HOME: '/x/config' }, homeFolder: '/home/r' })).toBe(
      join('/x/config', 'Midad'),
    );
    expect(defaultUserDataFolder({ platform: 'linux', env: {}, homeFolder: '/home/r' })).toBe(join('/home/r', '.config', 'Midad'));
  });
  it('uses Application Support on macOS and APPDATA on Windows', () => {
    expect(defaultUserDataFolder({ platform: 'darwin', env: {}, homeFolder: '/Users/r' })).toBe(
      join('/Users/r', 'Library', 'Application Support', 'Midad'),
    );
    expect(defaultUserDataFolder({ platform: 'win32', env: { APPDATA: 'C:/Users/r/AppData/Roaming' }, homeFolder: 'C:/Users/r' })).toBe(
      join('C:/Users/r/AppData/Roaming', 'Midad'),
    );
  });
});
