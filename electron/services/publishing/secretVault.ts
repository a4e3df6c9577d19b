/**
 * Where site passwords are kept. Never in plain files by default: the desktop app passes a vault
 * that encrypts with the operating system's keychain (Electron's safeStorage, in electron/host);
 * the browser host keeps them in memory for the session, or — only when the user opts in for a
 * site — in a file that only this user may read (mode 0600), which the interface warns about.
 */
import { chmod, mkdir, readFile, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { SecretStorage } from '../../../shared/publishing/site';
import { writeFileAtomic } from '../atomicFile';

export interface SecretVault {
  readonly storage: SecretStorage;
  get(key: string): Promise<string | undefined>;
  /** Keeps `secret`; `isRemembered` asks for it to outlive the session (always so when encrypted). */
  set(key: string, secret: string, isRemembered: boolean): Promise<void>;
  /** Whether the secret for `key` is on disk. */
  isRemembered(key: string): Promise<boolean>;
  delete(key: string): Promise<void>;
}

/** Encrypts and decrypts with a key the operating system holds (Electron's safeStorage). */
export interface Cipher {
  encrypt(text: string): Buffer;
  decrypt(data: Buffer): string;
}

/** Secrets encrypted by `cipher`, in one file of base64 ciphertexts. */
export class EncryptedSecretVault implements SecretVault {
  readonly storage = 'encrypted' as const;
  constructor(
    private readonly filePath: string,
    private readonly cipher: Cipher,
  ) {}

  async get(key: string): Promise<string | undefined> {
    const sealed = (await readSecretsFile(this.filePath))[key];
    if (sealed === undefined) return undefined;
    try {
      return this.cipher.decrypt(Buffer.from(sealed, 'base64'));
    } catch {
      // The keyring changed or the profile moved: the password must be given again.
      return undefined;
    }
  }
  async set(key: string, secret: string): Promise<void> {
    const secrets = await readSecretsFile(this.filePath);
    secrets[key] = this.cipher.encrypt(secret).toString('base64');
    await writeSecretsFile(this.filePath, secrets);
  }
  async isRemembered(key: string): Promise<boolean> {
    return (await readSecretsFile(this.filePath))[key] !== undefined;
  }
  async delete(key: string): Promise<void> {
    const secrets = await readSecretsFile(this.filePath);
    if (!(key in secrets)) return;
    delete secrets[key];
    await writeSecretsFile(this.filePath, secrets);
  }
}

/** Secrets for this session only, unless the user opts in per key to a file only they can read. */
export class SessionSecretVault implements SecretVault {
  readonly storage = 'session' as const;
  private readonly inMemory = new Map<string, string>();
  constructor(private readonly filePath: string) {}

  async get(key: string): Promise<string | undefined> {
    return this.inMemory.get(key) ?? (await readSecretsFile(this.filePath))[key];
  }
  async set(key: string, secret: string, isRemembered: boolean): Promise<void> {
    this.inMemory.set(key, secret);
    const secrets = await readSecretsFile(this.filePath);
    if (isRemembered) secrets[key] = secret;
    else if (key in secrets) delete secrets[key];
    else return;
    await writeSecretsFile(this.filePath, secrets);
  }
  async isRemembered(key: string): Promise<boolean> {
    return (await readSecretsFile(this.filePath))[key] !== undefined;
  }
  async delete(key: string): Promise<void> {
    this.inMemory.delete(key);
    const secrets = await readSecretsFile(this.filePath);
    if (!(key in secrets)) return;
    delete secrets[key];
    await writeSecretsFile(this.filePath, secrets);
  }
}

async function readSecretsFile(filePath: string): Promise<Record<string, string>> {
  let text: string;
  try {
    text = await readFile(filePath, 'utf8');
  } catch {
    return {};
  }
  try {
    const parsed: unknown = JSON.parse(text);
    if (!parsed || typeof parsed !== 'object') return {};
    return Object.fromEntries(Object.entries(parsed).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
  } catch {
    return {};
  }
}

async function writeSecretsFile(filePath: string, secrets: Record<string, string>): Promise<void> {
  if (Object.keys(secrets).length === 0) {
    await rm(filePath, { force: true });
    return;
  }
  await mkdir(dirname(filePath), { recursive: true });
  // writeFileAtomic creates the file 0600; chmod also tightens a file made by older versions.
  await writeFileAtomic(filePath, `${JSON.stringify(secrets)}\n`);
  await chmod(filePath, 0o600);
}
