import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The packaging itself cannot run here (Electron's download is blocked), so this test checks the
// configuration with electron-builder's own validator, and the facts the desk relies on.
const require = createRequire(import.meta.url);
const config = require('./electron-builder.config.cjs');
const requireFromBuilder = createRequire(require.resolve('app-builder-lib/package.json'));
const { validateConfiguration } = requireFromBuilder('./out/util/config/config.js');
const { DebugLogger } = requireFromBuilder('builder-util/out/DebugLogger.js');

describe('electron-builder configuration', () => {
  it('passes electron-builder’s own schema validation', async () => {
    await expect(validateConfiguration(structuredClone(config), new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('rejects a broken configuration (the validator is really checking)', async () => {
    await expect(
      validateConfiguration({ ...structuredClone(config), unknownOption: true, nsis: { oneClick: 'sometimes' } }, new DebugLogger(false)),
    ).rejects.toThrow();
  });

  it('names the app in Latin and Arabic and targets every desktop platform', () => {
    expect(config.appId).toBe('org.midad.newsroom');
    expect(config.productName).toBe('Midad');
    expect(config.linux.desktop.entry['Name[ar]']).toBe('مداد');
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.win.target).toEqual(['nsis']);
    expect(config.mac.target).toEqual(['dmg']);
  });

  it('ships the built app and an icon that exists', () => {
    expect(config.files).toContain('out/**/*');
    expect(existsSync(config.icon)).toBe(true);
  });
});
