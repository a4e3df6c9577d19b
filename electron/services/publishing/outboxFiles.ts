/**
 * The outbox's items on disk: one file an item, `<folder>/<item id>.json`, written atomically,
 * the writes of one item in order and each of its latest state. Opening reads what a restart
 * left: a damaged file is kept aside (renamed `.damaged-<ms>`), finished items past their time are
 * forgotten, and an item cut off while being sent is queued again.
 */
import { mkdir, readdir, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { outboxItemSchema, type OutboxItem } from '../../../shared/publishing/outboxItem';
import { writeFileAtomic } from '../atomicFile';
import { KeyedQueue } from '../keyedQueue';

const itemFileName = /^[0-9a-f-]{36}\.json$/;
const finishedStates = new Set<OutboxItem['state']>(['done', 'cancelled']);

export class OutboxFiles {
  private readonly writes = new KeyedQueue();
  private readonly pending = new Set<Promise<unknown>>();

  constructor(
    private readonly folder: string,
    private readonly now: () => Date,
    private readonly onProblem?: (message: string, error: unknown) => void,
  ) {}

  /** The items left from before; finished ones updated before `keepFinishedAfter` are removed. */
  async readAll(keepFinishedAfter: Date): Promise<OutboxItem[]> {
    await mkdir(this.folder, { recursive: true });
    const items: OutboxItem[] = [];
    for (const name of await readdir(this.folder)) {
      if (!itemFileName.test(name)) continue;
      const path = join(this.folder, name);
      let item: OutboxItem;
      try {
        item = outboxItemSchema.parse(JSON.parse(await readFile(path, 'utf8')));
      } catch (error) {
        this.onProblem?.(`outbox item ${name} is damaged; kept aside`, error);
        await rename(path, `${path}.damaged-${this.now().getTime()}`).catch(() => undefined);
        continue;
      }
      if (finishedStates.has(item.state) && Date.parse(item.updatedAt) < keepFinishedAfter.getTime()) {
        await rm(path, { force: true });
        continue;
      }
      // Cut off mid-attempt by a restart: try again (the create marker prevents a double).
      items.push(item.state === 'sending' ? { ...item, state: 'queued', step: undefined } : item);
    }
    return items;
  }

  /** Writes the item's state as `latest()` gives it when its turn comes (so a burst of changes writes the last one). */
  write(id: string, latest: () => OutboxItem): Promise<void> {
    const write = this.writes.run(id, () => writeFileAtomic(join(this.folder, `${id}.json`), JSON.stringify(latest())));
    const settled = write.catch(() => undefined);
    this.pending.add(settled);
    void settled.then(() => this.pending.delete(settled));
    return write;
  }

  /** Waits for the writes under way. */
  async flush(): Promise<void> {
    await Promise.all([...this.pending]);
  }
}
