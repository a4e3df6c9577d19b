/**
 * Durable file replacement: the new bytes go to a temporary file beside the target, are flushed
 * to disk, renamed over the target and the folder entry is flushed too. A reader sees the old
 * file or the new one, never a mix, even if the process dies or the machine loses power.
 */
import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Writes `data` to `filePath` atomically and durably. The folder must exist. */
export async function writeFileAtomic(filePath: string, data: string | Uint8Array): Promise<void> {
  const folder = dirname(filePath);
  const temporaryPath = join(folder, `.${basename(filePath)}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(temporaryPath, 'wx', 0o600);
  try {
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporaryPath, filePath);
  } catch (error) {
    await rm(temporaryPath, { force: true });
    throw error;
  }
  await syncFolder(folder);
}

/** Flushes a folder's entries (the rename) to disk; a no-op where the platform cannot open folders. */
export async function syncFolder(folder: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await open(folder, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
