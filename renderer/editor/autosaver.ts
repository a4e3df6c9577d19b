/**
 * Autosave for one open draft: changes are saved a short pause after the typing stops, one save
 * at a time, each naming the version it was based on. A save that fails keeps the changes marked
 * unsaved (and the editor keeps them), so nothing typed is dropped.
 */
import type { ApiError, Result } from '../../shared/contract/apiError';

export type SaveState = { status: 'saved' } | { status: 'pending' } | { status: 'saving' } | { status: 'failed'; error: ApiError };

export interface AutosaverOptions {
  baseVersion: number;
  /** Performs one save over `baseVersion`; the content is read at that moment, not when it changed. */
  save: (baseVersion: number) => Promise<Result<{ version: number }>>;
  delayMs?: number;
}

export class Autosaver {
  private baseVersion: number;
  private readonly saveOnce: AutosaverOptions['save'];
  private readonly delayMs: number;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private inFlight: Promise<void> | undefined;
  private hasUnsavedChanges = false;
  private retryDelayMs = 0;
  /** After a conflict no save is tried again: the user decides what happens to the two versions. */
  private isBlocked = false;
  private state: SaveState = { status: 'saved' };
  private readonly listeners = new Set<(state: SaveState) => void>();

  constructor(options: AutosaverOptions) {
    this.baseVersion = options.baseVersion;
    this.saveOnce = options.save;
    this.delayMs = options.delayMs ?? 700;
  }

  get currentState(): SaveState {
    return this.state;
  }

  onState(listener: (state: SaveState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Call on every change; schedules a save after the pause. */
  markChanged(): void {
    this.hasUnsavedChanges = true;
    if (this.isBlocked) return;
    // Only a change of status re-renders anything: typing must not cost a React render per key.
    if (this.state.status === 'saved' || this.state.status === 'failed') this.setState({ status: 'pending' });
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), this.delayMs);
  }

  /** Stops all saving (the editor could not read the draft, so what it shows must not replace it). */
  block(): void {
    this.isBlocked = true;
    clearTimeout(this.timer);
  }

  /** Whether saving stopped because the draft changed elsewhere (a conflict to settle). */
  get isInConflict(): boolean {
    return this.isBlocked;
  }

  /** Saves now if anything is unsaved; resolves when everything known so far is saved or has failed. */
  async flush(): Promise<void> {
    clearTimeout(this.timer);
    while (this.inFlight) await this.inFlight;
    if (!this.hasUnsavedChanges || this.isBlocked) return;
    this.hasUnsavedChanges = false;
    this.setState({ status: 'saving' });
    this.inFlight = this.saveOnce(this.baseVersion).then(
      (result) => this.settle(result),
      () => this.settle({ ok: false, error: { code: 'rpc.internal', messageKey: 'error.rpc.internal' } }),
    );
    await this.inFlight;
    this.inFlight = undefined;
    // Changes made while the save was on its way need a save of their own.
    if (this.hasUnsavedChanges && this.state.status !== 'failed') await this.flush();
  }

  /**
   * Runs an operation on the draft as saved (a workflow move) with no save of this editor's in
   * between: everything typed so far is saved first, and what is typed meanwhile is saved after it,
   * over the version the operation left, so the editor stays open and nothing typed is lost.
   */
  async between<Value extends { version: number }>(operation: () => Promise<Result<Value>>): Promise<Result<Value>> {
    await this.flush();
    while (this.inFlight) await this.inFlight;
    const run = operation().then((result) => {
      if (result.ok) this.baseVersion = result.value.version;
      return result;
    });
    this.inFlight = run.then(
      () => undefined,
      () => undefined,
    );
    try {
      return await run;
    } finally {
      this.inFlight = undefined;
    }
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.listeners.clear();
  }

  /** Whether something typed is not on disk yet. */
  get hasPendingChanges(): boolean {
    return this.hasUnsavedChanges || this.inFlight !== undefined;
  }

  private settle(result: Result<{ version: number }>): void {
    if (result.ok) {
      this.baseVersion = result.value.version;
      this.retryDelayMs = 0;
      this.setState(this.hasUnsavedChanges ? { status: 'pending' } : { status: 'saved' });
      return;
    }
    this.hasUnsavedChanges = true;
    if (result.error.code === 'draft.conflict' || result.error.code === 'draft.notFound' || result.error.code === 'draft.invalid') {
      // Saving again cannot help: the user decides.
      this.isBlocked = result.error.code === 'draft.conflict' || this.isBlocked;
    } else {
      // A passing failure (a busy disk, a lost connection): try again, waiting longer each time.
      this.retryDelayMs = Math.min(30_000, this.retryDelayMs ? this.retryDelayMs * 2 : 2_000);
      clearTimeout(this.timer);
      this.timer = setTimeout(() => void this.flush(), this.retryDelayMs);
    }
    this.setState({ status: 'failed', error: result.error });
  }

  private setState(state: SaveState): void {
    this.state = state;
    for (const listener of this.listeners) listener(state);
  }
}
