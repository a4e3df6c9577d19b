import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EncryptedSecretVault, SessionSecretVault, type Cipher } from './secretVault';

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'midad-vault-'));
});
afterEach(() => rm(folder, { recursive: true, force: true }));

describe('SessionSecretVault', () => {
  it('keeps a secret in memory only, unless the user opts in to a file only they can read', async () => {
    const file = join(folder, 'site-secrets.json');
    const vault = new SessionSecretVault(file);
    await vault.set('site', 'abcd efgh', false);
    expect(await vault.get('site')).toBe('abcd efgh');
    expect(await vault.isRemembered('site')).toBe(false);
    await expect(stat(file)).rejects.toThrow();
    expect(await new SessionSecretVault(file).get('site')).toBeUndefined();

    await vault.set('site', 'abcd efgh', true);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(await new SessionSecretVault(file).get('site')).toBe('abcd efgh');

    // Opting out again removes it from disk.
    await vault.set('site', 'abcd efgh', false);
    await expect(stat(file)).rejects.toThrow();
    await vault.delete('site');
    expect(await vault.get('site')).toBeUndefined();
  });
});

describe('EncryptedSecretVault', () => {
  // A stand-in for the operating system's key (the real one is Electron's safeStorage, in electron/host).
  const cipher: Cipher = {
    encrypt: (text) => Buffer.from([...Buffer.from(text)].map((byte) => byte ^ 0x5a)),
    decrypt: (data) => Buffer.from([...data].map((byte) => byte ^ 0x5a)).toString(),
  };

  it('writes only ciphertext, readable back through the cipher', async () => {
    const file = join(folder, 'site-secrets.enc.json');
    await new EncryptedSecretVault(file, cipher).set('site', 'abcd efgh');
    expect(await readFile(file, 'utf8')).not.toContain('abcd');
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(await new EncryptedSecretVault(file, cipher).get('site')).toBe('abcd efgh');
    expect(await new EncryptedSecretVault(file, cipher).isRemembered('site')).toBe(true);
  });
});
