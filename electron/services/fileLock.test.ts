import { mkdtemp, readFile, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withFileLock } from './fileLock';

describe('withFileLock', () => {
  it('lets one holder at a time in', async () => {
    const lock = join(await mkdtemp(join(tmpdir(), 'midad-lock-')), 'x.lock');
    const order: string[] = [];
    const hold = (name: string) =>
      withFileLock(lock, async () => {
        order.push(`${name} in`);
        await new Promise((resolve) => setTimeout(resolve, 20));
        order.push(`${name} out`);
      });
    await Promise.all([hold('a'), hold('b'), hold('c')]);
    for (let index = 0; index < order.length; index += 2) expect(order[index + 1]).toBe(order[index]!.replace('in', 'out'));
  });

  it('breaks a stale lock and one left by a dead process, but waits for a live one', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'midad-lock-'));
    const stale = join(folder, 'stale.lock');
    await writeFile(stale, '1 another-machine token\n');
    await utimes(stale, new Date(Date.now() - 120_000), new Date(Date.now() - 120_000));
    await expect(withFileLock(stale, async () => 'done', { timeoutMs: 2000 })).resolves.toBe('done');

    const live = join(folder, 'live.lock');
    await writeFile(live, '1 another-machine token\n');
    await expect(withFileLock(live, async () => 'done', { timeoutMs: 300 })).rejects.toThrow(/held/);
    expect(await readFile(live, 'utf8')).toBe('1 another-machine token\n');
  });

  it('removes only its own lock', async () => {
    const lock = join(await mkdtemp(join(tmpdir(), 'midad-lock-')), 'x.lock');
    await withFileLock(lock, async () => {
      // Someone broke this lock and took it meanwhile: releasing must leave theirs alone.
      await writeFile(lock, '1 another-machine their-token\n');
    });
    expect(await readFile(lock, 'utf8')).toBe('1 another-machine their-token\n');
  });
});
