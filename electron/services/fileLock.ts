/**
 * A short-lived exclusive lock between processes (and machines on a shared folder): a lock file
 * created with O_EXCL. A lock older than `staleAfterMs` belongs to a process that died while
 * holding it and is broken, and so is one held by a process of this machine that no longer
 * exists (a crash). Used around a save's version check and write, so two writers can
 * never both pass the check.
 */
import { open, readFile, rm, stat } from 'node:fs/promises';
import { hostname } from 'node:os';

export async function withFileLock<T>(lockPath: string, task: () => Promise<T>, options: { staleAfterMs?: number; timeoutMs?: number } = {}): Promise<T> {
  const staleAfterMs = options.staleAfterMs ?? 10_000;
  const deadline = Date.now() + (options.timeoutMs ?? 15_000);
  for (let attempt = 0; ; attempt++) {
    try {
      const handle = await open(lockPath, 'wx');
      await handle.writeFile(`${process.pid} ${hostname()}\n`);
      await handle.close();
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const age = await stat(lockPath).then((info) => Date.now() - info.mtimeMs, () => 0);
      if (age > staleAfterMs || (await isHolderGone(lockPath))) await rm(lockPath, { force: true });
      else if (Date.now() > deadline) throw new Error(`lock ${lockPath} is held`);
      else await new Promise((resolve) => setTimeout(resolve, Math.min(50, 5 * (attempt + 1))));
    }
  }
  try {
    return await task();
  } finally {
    await rm(lockPath, { force: true });
  }
}

/** Whether the lock was taken by a process of this machine that has since died. */
async function isHolderGone(lockPath: string): Promise<boolean> {
  const [pid, host] = (await readFile(lockPath, 'utf8').catch(() => '')).trim().split(' ');
  if (!pid || host !== hostname() || Number(pid) === process.pid) return false;
  try {
    process.kill(Number(pid), 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}
