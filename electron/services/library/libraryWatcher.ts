/**
 * Watches a library's drafts folder for other processes' changes (another window, another
 * instance, another machine on a shared folder) and tells which drafts to read again. Changes
 * are gathered for 100 ms, so a burst of writes is read once. Watching misses changes on some
 * network folders, so a periodic rescan catches up: every minute while watching works, every
 * two seconds when it cannot.
 */
import { watch, type FSWatcher } from 'node:fs';
import { draftIdSchema } from '../../../shared/model/draft';

export interface LibraryWatcherOptions {
  /** The drafts named changed on disk; read them again. */
  onChanged: (ids: string[]) => Promise<void>;
  /** Compare everything with the disk. */
  onRescan: () => Promise<void>;
  onProblem?: (message: string, error?: unknown) => void;
  gatherMs?: number;
  rescanMs?: number;
  rescanWithoutWatchingMs?: number;
}

export class LibraryWatcher {
  private watcher: FSWatcher | undefined;
  private rescanTimer: ReturnType<typeof setInterval> | undefined;
  private gatherTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly pending = new Set<string>();
  private isDisposed = false;

  constructor(
    private readonly draftsFolder: string,
    private readonly options: LibraryWatcherOptions,
  ) {}

  /** Starts watching (once). */
  start(): void {
    if (this.watcher || this.rescanTimer || this.isDisposed) return;
    try {
      this.watcher = watch(this.draftsFolder, { recursive: true }, (_event, fileName) => {
        const id = fileName?.toString().split(/[\\/]/)[0];
        if (id && draftIdSchema.safeParse(id).success) this.gather(id);
      });
      this.watcher.on('error', (error) => this.options.onProblem?.('watching the library stopped; rescanning periodically', error));
    } catch (error) {
      this.options.onProblem?.('cannot watch the library folder; rescanning periodically', error);
    }
    const every = this.watcher ? (this.options.rescanMs ?? 60_000) : (this.options.rescanWithoutWatchingMs ?? 2_000);
    this.rescanTimer = setInterval(() => {
      this.options.onRescan().catch((error: unknown) => this.options.onProblem?.('rescanning the library failed', error));
    }, every);
    this.rescanTimer.unref?.();
  }

  dispose(): void {
    this.isDisposed = true;
    this.watcher?.close();
    clearInterval(this.rescanTimer);
    clearTimeout(this.gatherTimer);
  }

  private gather(id: string): void {
    this.pending.add(id);
    clearTimeout(this.gatherTimer);
    this.gatherTimer = setTimeout(() => {
      if (this.isDisposed) return;
      const ids = [...this.pending];
      this.pending.clear();
      this.options.onChanged(ids).catch((error: unknown) => this.options.onProblem?.('reading changed drafts failed', error));
    }, this.options.gatherMs ?? 100);
  }
}
