/**
 * A short-lived exclusive lock between processes (and machines on a shared folder): a lock file
 * created with O_EXCL, holding a random token. Only the holder of the token removes it. A lock
 * older than `staleAfterMs` (by the folder's own clock, the file's time) belongs to a holder that
 * died and is broken; so is one held by a process of this machine that no longer exists (a crash).
 * Breaking renames the stale file away first, so two processes breaking at once cannot remove a
 * lock that a third has just taken. Used around a save's version check and write.
 */
import { createHash, randomBytes } from 'node:crypto';
import { open, readFile, rename, rm, stat } from 'node:fs/promises';
import { hostname, networkInterfaces } from 'node:os';

/**
 * This machine, for telling its own dead processes from another machine's live ones: the host
 * name alone collides (many laptops share a default name), so the network addresses join it.
 */
let machineIdentity: string | undefined;
function thisMachine(): string {
  machineIdentity ??= createHash('sha256')
    .update(hostname())
    .update(
      Object.values(networkInterfaces())
        .flat()
        .filter((entry) => entry && !entry.internal && entry.mac !== '00:00:00:00:00:00')
        .map((entry) => entry!.mac)
        .sort()
        .join(','),
    )
    .digest('hex')
    .slice(0, 16);
  return machineIdentity;
}

export async function withFileLock<T>(
  lockPath: string,
  task: () => Promise<T>,
  options: { staleAfterMs?: number; timeoutMs?: number } = {},
): Promise<T> {
  const staleAfterMs = options.staleAfterMs ?? 30_000;
  const deadline = Date.now() + (options.timeoutMs ?? 15_000);
  const token = randomBytes(12).toString('hex');
  for (let attempt = 0; ; attempt++) {
    try {
      const handle = await open(lockPath, 'wx');
      await handle.writeFile(`${process.pid} ${thisMachine()} ${token}\n`);
      await handle.close();
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if ((await isStale(lockPath, staleAfterMs)) || (await isHolderGone(lockPath))) {
        const aside = `${lockPath}.stale-${token}`;
        // Only one breaker wins the rename; the others find the lock gone or new, and try again.
        if (
          await rename(lockPath, aside).then(
            () => true,
            () => false,
          )
        )
          await rm(aside, { force: true });
      } else if (Date.now() > deadline) {
        throw new Error(`lock ${lockPath} is held`);
      } else {
        await new Promise((resolve) => setTimeout(resolve, Math.min(50, 5 * (attempt + 1))));
      }
    }
  }
  try {
    return await task();
  } finally {
    const holder = await readFile(lockPath, 'utf8').catch(() => '');
    if (holder.trim().endsWith(token)) await rm(lockPath, { force: true });
  }
}

/**
 * Whether the lock is older than the threshold, comparing its time with the time the shared
 * folder's own clock gives a file touched now (so a machine whose clock runs ahead breaks nothing).
 */
async function isStale(lockPath: string, staleAfterMs: number): Promise<boolean> {
  const lockTime = await stat(lockPath).then(
    (info) => info.mtimeMs,
    () => undefined,
  );
  if (lockTime === undefined) return false;
  const probe = `${lockPath}.clock-${randomBytes(4).toString('hex')}`;
  try {
    const handle = await open(probe, 'w');
    await handle.close();
    const folderNow = (await stat(probe)).mtimeMs;
    return folderNow - lockTime > staleAfterMs;
  } catch {
    return false;
  } finally {
    await rm(probe, { force: true });
  }
}

/** Whether the lock was taken by a process of this machine that has since died. */
async function isHolderGone(lockPath: string): Promise<boolean> {
  const [pid, host] = (await readFile(lockPath, 'utf8').catch(() => '')).trim().split(' ');
  if (!pid || host !== thisMachine() || Number(pid) === process.pid) return false;
  try {
    process.kill(Number(pid), 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}
