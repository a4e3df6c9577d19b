import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Result } from '../../shared/contract/apiError';
import { Autosaver, type SaveState } from './autosaver';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

describe('Autosaver', () => {
  it('saves once after the typing pauses, over the right version each time', async () => {
    const save = vi.fn(async (base: number): Promise<Result<{ version: number }>> => ({ ok: true, value: { version: base + 1 } }));
    const autosaver = new Autosaver({ baseVersion: 4, save, delayMs: 500 });
    for (let i = 0; i < 10; i++) {
      autosaver.markChanged();
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(save).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(500);
    expect(save).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenLastCalledWith(4);
    autosaver.markChanged();
    await vi.advanceTimersByTimeAsync(500);
    expect(save).toHaveBeenLastCalledWith(5);
    expect(autosaver.currentState).toEqual({ status: 'saved' });
  });

  it('never runs two saves at once, and saves again for changes made during a save', async () => {
    const answers: Array<ReturnType<typeof deferred<Result<{ version: number }>>>> = [];
    const save = vi.fn(() => {
      const answer = deferred<Result<{ version: number }>>();
      answers.push(answer);
      return answer.promise;
    });
    const autosaver = new Autosaver({ baseVersion: 1, save, delayMs: 100 });
    autosaver.markChanged();
    await vi.advanceTimersByTimeAsync(100);
    expect(save).toHaveBeenCalledTimes(1);
    autosaver.markChanged();
    const flushed = autosaver.flush();
    await vi.advanceTimersByTimeAsync(1000);
    expect(save).toHaveBeenCalledTimes(1);
    answers[0]!.resolve({ ok: true, value: { version: 2 } });
    await vi.advanceTimersByTimeAsync(0);
    expect(save).toHaveBeenCalledTimes(2);
    expect(save).toHaveBeenLastCalledWith(2);
    answers[1]!.resolve({ ok: true, value: { version: 3 } });
    await flushed;
    expect(autosaver.currentState).toEqual({ status: 'saved' });
  });

  it('tries a passing failure again by itself, waiting longer each time', async () => {
    const save = vi
      .fn<(base: number) => Promise<Result<{ version: number }>>>()
      .mockResolvedValueOnce({ ok: false, error: { code: 'storage.failed', messageKey: 'error.storage.failed' } })
      .mockResolvedValueOnce({ ok: false, error: { code: 'rpc.timeout', messageKey: 'error.rpc.timeout' } })
      .mockResolvedValueOnce({ ok: true, value: { version: 2 } });
    const autosaver = new Autosaver({ baseVersion: 1, save, delayMs: 100 });
    autosaver.markChanged();
    await vi.advanceTimersByTimeAsync(100);
    expect(save).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(save).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(3_000);
    expect(save).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(save).toHaveBeenCalledTimes(3);
    expect(autosaver.currentState).toEqual({ status: 'saved' });
    expect(autosaver.hasPendingChanges).toBe(false);
  });

  it('keeps changes marked unsaved when a save fails, and retries on the next change', async () => {
    const states: SaveState[] = [];
    const save = vi
      .fn<(base: number) => Promise<Result<{ version: number }>>>()
      .mockResolvedValueOnce({ ok: false, error: { code: 'storage.failed', messageKey: 'error.storage.failed' } })
      .mockResolvedValueOnce({ ok: true, value: { version: 2 } });
    const autosaver = new Autosaver({ baseVersion: 1, save, delayMs: 100 });
    autosaver.onState((state) => states.push(state));
    autosaver.markChanged();
    await vi.advanceTimersByTimeAsync(100);
    expect(autosaver.currentState).toMatchObject({ status: 'failed', error: { code: 'storage.failed' } });
    autosaver.markChanged();
    await vi.advanceTimersByTimeAsync(100);
    expect(save).toHaveBeenLastCalledWith(1);
    expect(autosaver.currentState).toEqual({ status: 'saved' });
    expect(states.map((state) => state.status)).toEqual(['pending', 'saving', 'failed', 'pending', 'saving', 'saved']);
  });

  it('flushes immediately on request and does nothing when all is saved', async () => {
    const save = vi.fn(async (): Promise<Result<{ version: number }>> => ({ ok: true, value: { version: 2 } }));
    const autosaver = new Autosaver({ baseVersion: 1, save, delayMs: 10_000 });
    await autosaver.flush();
    expect(save).not.toHaveBeenCalled();
    autosaver.markChanged();
    await autosaver.flush();
    expect(save).toHaveBeenCalledOnce();
  });
});

describe('Autosaver around a workflow move', () => {
  it('saves what was typed first, holds saves during the move, then saves over the version it left', async () => {
    const save = vi.fn(async (base: number): Promise<Result<{ version: number }>> => ({ ok: true, value: { version: base + 1 } }));
    const autosaver = new Autosaver({ baseVersion: 3, save, delayMs: 100 });
    autosaver.markChanged();
    const answer = deferred<Result<{ version: number }>>();
    const moved = autosaver.between(() => answer.promise);
    await vi.advanceTimersByTimeAsync(0);
    expect(save).toHaveBeenCalledExactlyOnceWith(3);
    // Typed while the move is on its way: not saved over the version the move is about to replace.
    autosaver.markChanged();
    await vi.advanceTimersByTimeAsync(500);
    expect(save).toHaveBeenCalledTimes(1);
    answer.resolve({ ok: true, value: { version: 9 } });
    await expect(moved).resolves.toEqual({ ok: true, value: { version: 9 } });
    await vi.advanceTimersByTimeAsync(500);
    expect(save).toHaveBeenCalledTimes(2);
    expect(save).toHaveBeenLastCalledWith(9);
    expect(autosaver.currentState).toEqual({ status: 'saved' });
  });

  it('keeps the version when the move is refused', async () => {
    const save = vi.fn(async (base: number): Promise<Result<{ version: number }>> => ({ ok: true, value: { version: base + 1 } }));
    const autosaver = new Autosaver({ baseVersion: 3, save, delayMs: 100 });
    const refused = await autosaver.between(async () => ({
      ok: false as const,
      error: { code: 'workflow.notAllowed', messageKey: 'error.rpc.internal' },
    }));
    expect(refused.ok).toBe(false);
    autosaver.markChanged();
    await vi.advanceTimersByTimeAsync(200);
    expect(save).toHaveBeenCalledExactlyOnceWith(3);
  });
});

describe('Autosaver after a conflict', () => {
  it('stops saving until the user decides, so one conflict is one conflict copy', async () => {
    const save = vi.fn(async (): Promise<Result<{ version: number }>> => ({
      ok: false,
      error: { code: 'draft.conflict', messageKey: 'error.draft.conflict' },
    }));
    const autosaver = new Autosaver({ baseVersion: 1, save, delayMs: 100 });
    autosaver.markChanged();
    await vi.advanceTimersByTimeAsync(100);
    expect(autosaver.currentState).toMatchObject({ status: 'failed', error: { code: 'draft.conflict' } });
    for (let key = 0; key < 5; key++) {
      autosaver.markChanged();
      await vi.advanceTimersByTimeAsync(200);
    }
    await autosaver.flush();
    expect(save).toHaveBeenCalledOnce();
    expect(autosaver.currentState).toMatchObject({ status: 'failed', error: { code: 'draft.conflict' } });
    expect(autosaver.isInConflict).toBe(true);
  });
});
