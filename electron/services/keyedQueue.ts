/**
 * Runs tasks of one key one after another, in the order they came, and tasks of different keys
 * at the same time: the saves of one draft, the changes to one records file. A failed task does
 * not stop the ones after it; its failure goes to its own caller.
 */
export class KeyedQueue {
  private readonly tails = new Map<string, Promise<unknown>>();

  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const result = previous.then(task, task);
    const tail = result.then(
      () => undefined,
      () => undefined,
    );
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return result;
  }

  /** How many keys have tasks waiting or running (for tests). */
  get size(): number {
    return this.tails.size;
  }
}
