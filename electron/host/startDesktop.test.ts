import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

describe('npm start without the Electron binary', () => {
  it('exits with a short message naming the cause and both ways out, not a stack trace', () => {
    // An empty dist folder stands for a machine where Electron's download never happened.
    const emptyDist = mkdtempSync(join(tmpdir(), 'midad-no-electron-'));
    const result = spawnSync(process.execPath, ['electron/host/startDesktop.mjs'], {
      env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: emptyDist },
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('the Electron binary is not installed');
    expect(result.stderr).toContain('npm install');
    expect(result.stderr).toContain('npm run web');
    expect(result.stderr).not.toMatch(/^\s+at /m);
    expect(result.stderr.split('\n').length).toBeLessThan(12);
  });
});
